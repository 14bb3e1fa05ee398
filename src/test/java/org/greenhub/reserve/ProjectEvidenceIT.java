package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.Duration;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ProjectEvidence;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.IntakeFixtures;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ReserveDeclareFixtures;
import org.greenhub.testsupport.server.ReserveReviewFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A project's evidence files are downloaded, with their checked type and name, by the project's owner, its call's
 * managers and administrators, and the reviewers assigned to it in the call's round; a reviewer of other projects, a
 * manager of another call, a former member of the organisation and a stranger are told "not found", as for a file
 * that does not exist, and a draft's files are its owner's alone.
 */
class ProjectEvidenceIT extends InServerTest {

    @Inject
    ProjectEvidence evidence;

    @Inject
    ReserveCalls calls;

    @Inject
    ReserveReview review;

    @Inject
    ReserveReviewFixtures fixtures;

    @Inject
    EvaluationFixtures people;

    @Inject
    JudgingFixtures judging;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ActingAs actingAs;

    @Inject
    ReserveDeclareFixtures declare;

    @Test
    void theOwnerTheCallsManagersAndItsAssignedReviewersDownloadEveryoneElseIsToldNotFound() {
        long admin = people.person("Evidence admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Evidence manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Evidence owner", Language.CHINESE, Role.APPLICANT);
        long former = people.person("Former member", Language.ENGLISH, Role.APPLICANT);
        long organisation = people.organisation(TestData.unique("Evidence owner org"));
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(1), null);
        people.affiliate(
                former,
                organisation,
                AffiliationRole.EMPLOYEE,
                TestTime.today().minusYears(1),
                TestTime.today().minusDays(3));
        actingAs.user(admin);
        long call =
                calls.create(ReserveReviewFixtures.settings(TestData.unique("Evidence call")), people.email(manager));
        long project = fixtures.submittedProject(call, organisation, "储能电站");
        long other = fixtures.submittedProject(call, organisation, "Heat pumps");
        fixtures.evidence(project, EvidenceKind.FEASIBILITY_STUDY, "可行性研究报告.pdf");

        actingAs.user(manager);
        long round = review.addRound(
                call,
                "Evidence review",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
        review.startReview(call);
        long reviewer = people.person("Assigned reviewer", Language.ENGLISH, Role.JUDGE);
        long otherReviewer = people.person("Other reviewer", Language.ENGLISH, Role.JUDGE);
        judging.assign(round, fixtures.project(project).subjectId(), reviewer);
        judging.assign(round, fixtures.project(other).subjectId(), otherReviewer);
        competitions.publishAssignments(round);
        long otherManager = people.person("Other call's manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        actingAs.user(admin);
        calls.create(ReserveReviewFixtures.settings(TestData.unique("Other call")), people.email(otherManager));
        long stranger = people.person("Evidence stranger", Language.ENGLISH, Role.APPLICANT);

        for (long reader : new long[] {owner, manager, admin, reviewer}) {
            actingAs.user(reader);
            FileStore.Download file = evidence.download(project, "FEASIBILITY_STUDY");
            assertEquals("可行性研究报告.pdf", file.fileName(), "reader " + reader);
            assertEquals("application/pdf", file.contentType(), "the type found when the file was checked");
            assertArrayEquals(IntakeFixtures.PDF, file.content());
        }

        for (long outsider : new long[] {otherReviewer, otherManager, former, stranger}) {
            actingAs.user(outsider);
            assertNotFound(() -> evidence.download(project, "FEASIBILITY_STUDY"));
        }

        long draft = declare.draft(organisation, call, ReserveDeclareFixtures.solarRoofs("Draft roofs"));
        fixtures.evidence(draft, EvidenceKind.FEASIBILITY_STUDY, "draft-study.pdf");
        actingAs.user(manager);
        assertNotFound(() -> evidence.download(draft, "FEASIBILITY_STUDY"));

        actingAs.user(owner);
        assertEquals(
                "draft-study.pdf",
                evidence.download(draft, "FEASIBILITY_STUDY").fileName(),
                "a draft's files are its owner's");
        assertNotFound(() -> evidence.download(project, "ENVIRONMENTAL_IMPACT_APPROVAL"));
        assertNotFound(() -> evidence.download(project, "../../etc"));
        assertNotFound(() -> evidence.download(project + 1_000_000, "FEASIBILITY_STUDY"));
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable action) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind());
    }
}
