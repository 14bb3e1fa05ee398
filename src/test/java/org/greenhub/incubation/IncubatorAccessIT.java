package org.greenhub.incubation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.IncubatorAccess;
import org.greenhub.incubation.application.IncubatorService;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.domain.Mentor;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** The incubator record and who may manage it, in the real server and database. */
class IncubatorAccessIT extends InServerTest {

    @Inject
    IncubatorService incubators;

    @Inject
    IncubatorAccess access;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    ActingAs actingAs;

    private IncubatorService.IncubatorDraft draft(long operator, String name, BigDecimal floorArea) {
        return new IncubatorService.IncubatorDraft(
                operator,
                IncubatorKind.GREEN_PROFESSIONAL_INCUBATOR,
                Map.of(Language.ENGLISH, name, Language.CHINESE, "绿色孵化器 " + name),
                Set.of(GreenFocusArea.CLEAN_ENERGY),
                "Suzhou SND",
                floorArea,
                120,
                Set.of(IncubatorServiceKind.SHARED_LAB, IncubatorServiceKind.MENTORING),
                List.of(new Mentor("Dr. Li Wei", "Photovoltaics", "li.wei@example.test")));
    }

    @Test
    void onlyTheNamedManagersAndAdministratorsManageAnIncubator() {
        long operator = fixtures.organisation(TestData.unique("Operator"));
        long manager = fixtures.person("Incubator Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long otherManager = fixtures.person("Other Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long applicant = fixtures.person("Founder", Language.ENGLISH, Role.APPLICANT);

        actingAs.user(data.adminId());
        long incubator = incubators.create(draft(operator, TestData.unique("Incubator"), new BigDecimal("2500.5")));
        incubators.addManager(incubator, fixtures.email(manager));
        DomainException notAManager =
                assertThrows(DomainException.class, () -> incubators.addManager(incubator, fixtures.email(applicant)));
        assertEquals("incubation.incubator.managerNotProgrammeManager", notAManager.messageKey());
        assertTrue(access.mayManage(incubator));

        actingAs.user(manager);
        assertEquals(incubator, access.requireManager(incubator).getId());
        assertTrue(access.managedIncubatorIds().contains(incubator));
        Incubator loaded = access.requireManager(incubator);
        assertEquals(new BigDecimal("2500.50"), loaded.getFloorAreaM2());
        assertEquals(Set.of(GreenFocusArea.CLEAN_ENERGY), loaded.getSpecialisation());
        assertEquals(1, loaded.getMentors().size());

        actingAs.user(otherManager);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> access.requireManager(incubator))
                        .kind());
        assertFalse(access.managedIncubatorIds().contains(incubator));
        assertThrows(
                DomainException.class,
                () -> incubators.update(incubator, draft(operator, "Taken over", null), loaded.getVersion()));

        actingAs.user(applicant);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> access.requireManager(incubator))
                        .kind());
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> access.requireManager(Long.MAX_VALUE))
                        .kind());
    }

    @Test
    void absurdFiguresAreRefusedAndNothingIsStored() {
        long operator = fixtures.organisation(TestData.unique("Operator"));
        actingAs.user(data.adminId());
        long before = data.count("Incubator");
        DomainException negative = assertThrows(
                DomainException.class,
                () -> incubators.create(draft(operator, TestData.unique("Negative"), new BigDecimal("-5"))));
        assertEquals("incubation.incubator.floorAreaInvalid", negative.messageKey());
        assertEquals(before, data.count("Incubator"));
    }
}
