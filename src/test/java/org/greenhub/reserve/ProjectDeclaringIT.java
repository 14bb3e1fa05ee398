package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.application.ProjectQueries;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.Screening;
import org.greenhub.reserve.domain.ScreeningRefused;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.ReserveDeclareFixtures;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Owners declare in the real database: a draft with its evidence, submitted and screened (a flag kept for the
 * reviewers); a restricted sector, a category the call does not take and missing evidence refused all at once,
 * changing nothing; and another organisation's people, a closed call or an organisation not the caller's answer
 * "not found".
 */
class ProjectDeclaringIT extends InServerTest {

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ReserveDeclareFixtures reserve;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private static final List<ProjectDeclaring.Upload> STUDY = List.of(
            new ProjectDeclaring.Upload(EvidenceKind.FEASIBILITY_STUDY, "Nghiên cứu khả thi.pdf", IntakeFixtures.PDF));

    private record Owner(long person, long organisation) {}

    private Owner owner(String sector, Language language) {
        long person = people.person("Reserve owner", language, Role.APPLICANT);
        long organisation =
                competitions.startUp("Sunroof Works", TestTime.today().minusYears(3), sector, person);
        return new Owner(person, organisation);
    }

    private static ReserveProject.Declaration withCo2(ReserveProject.Declaration d, String co2) {
        return new ReserveProject.Declaration(
                d.title(),
                d.summary(),
                d.category(),
                d.zoneCode(),
                d.location(),
                d.stage(),
                d.totalInvestmentYuan(),
                d.financingSoughtYuan(),
                d.instruments(),
                new Benefits(d.expected().energySavedTce(), new BigDecimal(co2), null, null),
                d.estimateMethod(),
                d.contactForFunders());
    }

    private static ReserveProject.Declaration inCategory(ReserveProject.Declaration d, GreenCategory category) {
        return new ReserveProject.Declaration(
                d.title(),
                d.summary(),
                category,
                d.zoneCode(),
                d.location(),
                d.stage(),
                d.totalInvestmentYuan(),
                d.financingSoughtYuan(),
                d.instruments(),
                d.expected(),
                d.estimateMethod(),
                d.contactForFunders());
    }

    private static void assertNotFound(Executable action, String why) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind(),
                why);
    }

    @Test
    void aDraftWithItsStudyIsSubmittedScreenedAndFlaggedForTheReviewers() {
        Owner o = owner("solar power", Language.VIETNAMESE);
        long call = reserve.openCall("Solar reserve", ReserveDeclareFixtures.RULES);
        actingAs.user(o.person());

        ProjectDeclaring.Choices choices = declaring.choices();
        assertTrue(choices.calls().stream()
                .anyMatch(c -> c.id() == call && c.name().startsWith("Đợt tiếp nhận")));
        assertEquals(
                List.of(o.organisation()),
                choices.owners().stream()
                        .map(ProjectDeclaring.Owner::organisationId)
                        .toList());

        long id = declaring.saveDraft(
                null,
                null,
                o.organisation(),
                call,
                ReserveDeclareFixtures.solarRoofs("Mái nhà năng lượng mặt trời"),
                STUDY);
        ProjectDeclaring.Editable draft = declaring.editable(id);
        assertEquals(ProjectStatus.DRAFT, draft.status());
        assertEquals(
                List.of(new ProjectDeclaring.DocumentLine(EvidenceKind.FEASIBILITY_STUDY, "Nghiên cứu khả thi.pdf")),
                draft.documents());
        assertEquals(
                List.of(id),
                declaring.mine().stream().map(ProjectQueries.ProjectLine::id).toList());

        // 1,500 t a year on 2,000,000 yuan is 7.5 t per 10,000 yuan, above the call's ceiling of 5
        declaring.submit(
                id,
                draft.version(),
                o.organisation(),
                call,
                withCo2(ReserveDeclareFixtures.solarRoofs("Mái nhà năng lượng mặt trời"), "1500"),
                List.of());

        ProjectDeclaring.ProjectPage page = declaring.show(id);
        assertEquals(ProjectStatus.SUBMITTED, page.status());
        assertEquals(1, page.flags().size(), "the estimate above the ceiling is flagged, not refused");
        assertEquals("expected.co2AvoidedT", page.flags().get(0).field());
        assertTrue(
                page.flags().get(0).text().contains("7,5"),
                "the flag reads in Vietnamese, its number as Vietnamese writes it: "
                        + page.flags().get(0).text());
        assertTrue(!page.editable(), "a submitted project is with the reviewers");
        assertEquals(1, reserve.auditEvents("RESERVE_PROJECT_DRAFTED", id));
        assertEquals(1, reserve.auditEvents("RESERVE_PROJECT_EVIDENCE_ATTACHED", id));
        assertEquals(1, reserve.auditEvents("RESERVE_PROJECT_CHANGED", id));
        assertEquals(1, reserve.auditEvents("RESERVE_PROJECT_SUBMITTED", id));
        assertEquals(
                "reserve.project.notEditable",
                assertThrows(
                                DomainException.class,
                                () -> declaring.saveDraft(
                                        id,
                                        null,
                                        o.organisation(),
                                        call,
                                        ReserveDeclareFixtures.solarRoofs("Later"),
                                        List.of()))
                        .messageKey());
    }

    @Test
    void aRestrictedSectorAWrongCategoryAndAMissingStudyAreRefusedAtOnceAndNothingChanges() {
        Owner o = owner("coal-fired power generation", Language.ENGLISH);
        long call = reserve.openCall("Strict reserve", ReserveDeclareFixtures.RULES);
        actingAs.user(o.person());
        ReserveProject.Declaration outside = inCategory(
                ReserveDeclareFixtures.solarRoofs("Ash pond restoration"), GreenCategory.ECOLOGICAL_ENVIRONMENT);

        ScreeningRefused refused = assertThrows(
                ScreeningRefused.class, () -> declaring.submit(null, null, o.organisation(), call, outside, List.of()));
        assertEquals(
                List.of(
                        "reserve.screening.restricted",
                        "reserve.screening.categoryNotInCall",
                        "reserve.screening.evidenceMissing.FEASIBILITY_STUDY"),
                refused.reasons().stream().map(Screening.Finding::messageKey).toList());
        assertEquals(
                List.of("COAL_POWER", "Coal power"), refused.reasons().get(0).arguments());
        assertTrue(declaring.mine().isEmpty(), "a refused first submission leaves no draft behind");

        long id = declaring.saveDraft(null, null, o.organisation(), call, outside, List.of());
        long version = declaring.editable(id).version();
        assertThrows(
                ScreeningRefused.class,
                () -> declaring.submit(
                        id,
                        version,
                        o.organisation(),
                        call,
                        inCategory(ReserveDeclareFixtures.solarRoofs("Renamed"), GreenCategory.CLEAN_ENERGY),
                        STUDY));
        ProjectDeclaring.Editable after = declaring.editable(id);
        assertEquals("Ash pond restoration", after.declaration().title(), "the refused change is not kept");
        assertEquals(ProjectStatus.DRAFT, after.status());
        assertEquals(List.of(), after.documents(), "nor is the study uploaded with it");
        assertEquals(0, reserve.auditEvents("RESERVE_PROJECT_SUBMITTED", id));
    }

    @Test
    void anotherOrganisationsPeopleAClosedCallAndAnOrganisationNotTheirsAnswerNotFound() {
        Owner o = owner("solar power", Language.ENGLISH);
        long call = reserve.openCall("Guarded reserve", ReserveDeclareFixtures.RULES);
        actingAs.user(o.person());
        long id = declaring.saveDraft(
                null, null, o.organisation(), call, ReserveDeclareFixtures.solarRoofs("Guarded roofs"), List.of());

        Owner other = owner("wind power", Language.ENGLISH);
        actingAs.user(other.person());
        assertNotFound(() -> declaring.show(id), "another organisation's project is not shown");
        assertNotFound(() -> declaring.editable(id), "nor opened for editing");
        assertNotFound(
                () -> declaring.saveDraft(
                        id,
                        null,
                        other.organisation(),
                        call,
                        ReserveDeclareFixtures.solarRoofs("Taken over"),
                        List.of()),
                "nor changed");
        assertNotFound(
                () -> declaring.submit(
                        id, null, other.organisation(), call, ReserveDeclareFixtures.solarRoofs("X"), STUDY),
                "nor submitted");
        assertNotFound(
                () -> declaring.saveDraft(
                        null, null, o.organisation(), call, ReserveDeclareFixtures.solarRoofs("For them"), List.of()),
                "nobody declares for an organisation they are not with");
        assertTrue(declaring.mine().isEmpty(), "their list holds only their own organisation's projects");

        long closed = reserve.call(
                "Closed reserve",
                ReserveDeclareFixtures.RULES,
                TestTime.today().minusMonths(2),
                TestTime.today().minusDays(1));
        assertTrue(
                declaring.choices().calls().stream().noneMatch(c -> c.id() == closed), "a closed call is not offered");
        assertNotFound(
                () -> declaring.saveDraft(
                        null,
                        null,
                        other.organisation(),
                        closed,
                        ReserveDeclareFixtures.solarRoofs("Too late"),
                        List.of()),
                "a closed call takes no declaration");

        actingAs.user(o.person());
        assertEquals("Guarded roofs", declaring.show(id).declaration().title());
    }
}
