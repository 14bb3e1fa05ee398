package org.greenhub.incubation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.AwardWinnerInvitations;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** A call's managers invite a competition's award winners; the winner applies with the entry carried over. */
class AwardWinnerInvitationIT extends InServerTest {

    @Inject
    AwardWinnerInvitations invitations;

    @Inject
    IntakeApplications applications;

    @Inject
    IntakeFixtures intake;

    @Inject
    EvaluationFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Test
    void winnersAreInvitedOnceAndApplyWithTheirEntryCarriedOver() {
        long manager = fixtures.person("Incubator Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long call = intake.openCall(
                intake.incubator(TestData.unique("Valley"), manager), TestData.unique("Winners' intake"), 5);
        long founder = fixtures.person("Winner", Language.CHINESE, Role.APPLICANT);
        long startUp = intake.startUp(founder, "Cold Chain", 8, IntakeFixtures.ZONE, "refrigeration");
        long entry = intake.awardWinningEntry(startUp, founder, "Solar cold storage");

        actingAs.user(manager);
        assertTrue(
                invitations.competitionsWithWinners(Language.ENGLISH).stream().anyMatch(c -> c.winners() >= 1));
        List<AwardWinnerInvitations.CompetitionChoice> ours = invitations.competitionsWithWinners(Language.ENGLISH);
        long competition = ours.get(0).id();
        assertEquals(1, invitations.invite(call, competition));
        assertTrue(
                fixtures.mailSubjects(fixtures.email(founder)).get(0).startsWith("入孵申请邀请"),
                "invited in the founder's language");
        assertEquals(0, invitations.invite(call, competition), "invited once");

        long otherManager = fixtures.person("Other Manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(otherManager);
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> invitations.invite(call, competition))
                        .kind());

        long stranger = fixtures.person("Stranger", Language.ENGLISH, Role.APPLICANT);
        long strangersStartUp = intake.startUp(stranger, "Other", 3, IntakeFixtures.ZONE, "software");
        assertTrue(
                invitations.carriedOver(call, entry, List.of(strangersStartUp)).isEmpty(),
                "nobody else reads the entry");

        actingAs.user(founder);
        AwardWinnerInvitations.CarriedOver data =
                invitations.carriedOver(call, entry, List.of(startUp)).orElseThrow();
        assertEquals("Solar cold storage", data.projectTitle());
        assertEquals(GreenFocusArea.CLEAN_ENERGY, data.focusArea());
        assertEquals(0, new BigDecimal("75.5").compareTo(data.metrics().getEmissionsAvoidedTco2ePerYear()));
        IntakeApplication application = applications.apply(new IntakeApplications.ApplicationForm(
                call,
                data.organisationId(),
                data.projectTitle(),
                data.summary(),
                data.focusArea(),
                false,
                data.metrics(),
                "plan.pdf",
                IntakeFixtures.PDF));
        assertEquals("SUBMITTED", intake.status(application.getId()));
        actingAs.user(manager);
        assertEquals(0, invitations.invite(call, competition), "an organisation that applied is not invited again");
    }
}
