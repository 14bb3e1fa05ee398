package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.evaluation.application.ProgrammeDetails;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ListingDecisions;
import org.greenhub.reserve.application.ListingLapseJob;
import org.greenhub.reserve.application.ReserveCallQueries;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.application.ReserveReview;
import org.greenhub.reserve.application.ReserveStewards;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ReserveReviewFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A reserve call from its creation to its listings: an administrator creates the call and names its manager; the
 * manager adds the call's evaluation round and starts review of the submitted projects; judges' scores propose
 * grades through the call's bands; the manager lists, returns and rejects, and the owners are mailed in their
 * language; a listing lapses when its last day has ended in the call's zone, and is renewed after a new review.
 * Another manager is told "not found" for the call, its projects and its decisions.
 */
class ReserveReviewIT extends InServerTest {

    @Inject
    EvaluationFixtures people;

    @Inject
    CompetitionFixtures scores;

    @Inject
    JudgingFixtures judging;

    @Inject
    ReserveReviewFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    ReserveCalls calls;

    @Inject
    ReserveReview review;

    @Inject
    ListingDecisions decisions;

    @Inject
    ListingLapseJob lapse;

    @Inject
    ReserveStewards stewards;

    @Inject
    RoundSetupService roundSetup;

    @Inject
    ProgrammeDetails programmeDetails;

    @Inject
    UserAccountRepository accounts;

    @Inject
    org.greenhub.reserve.application.ProjectDeclaring declaring;

    private record Call(long id, long manager, long owner, long organisation) {}

    /** A call created by an administrator, managed by a new manager; an organisation whose founder reads Thai. */
    private Call call(String name) {
        long admin = people.person("Reserve admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Reserve manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long owner = people.person("Somchai", Language.THAI, Role.APPLICANT);
        long organisation = people.organisation(TestData.unique("Solar owner"));
        people.affiliate(
                owner, organisation, AffiliationRole.FOUNDER, TestTime.today().minusYears(1), null);
        actingAs.user(admin);
        long id = calls.create(ReserveReviewFixtures.settings(TestData.unique(name)), people.email(manager));
        return new Call(id, manager, owner, organisation);
    }

    private long roundOf(Call call) {
        actingAs.user(call.manager());
        return review.addRound(
                call.id(),
                "Reserve review",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
    }

    @Test
    void the_manager_reviews_through_the_engine_and_lists_returns_and_rejects_with_mails_in_the_owners_language() {
        Call call = call("Review call");
        long best = fixtures.submittedProject(call.id(), call.organisation(), "屋顶光伏 4.2 MW");
        long good = fixtures.submittedProject(call.id(), call.organisation(), "Heat recovery");
        long unclear = fixtures.submittedProject(call.id(), call.organisation(), "Biogas");
        long weak = fixtures.submittedProject(call.id(), call.organisation(), "Diesel backup");
        long judge = people.person("Reserve judge", Language.ENGLISH, Role.JUDGE);

        actingAs.user(call.manager());
        assertEquals(
                "reserve.review.round.missing",
                assertThrows(DomainException.class, () -> review.startReview(call.id()))
                        .messageKey());
        long round = roundOf(call);
        assertEquals("reserve:" + call.id(), roundSetup.view(round).getProgrammeKey());
        assertEquals(4, review.startReview(call.id()));
        assertEquals(ProjectStatus.IN_REVIEW, fixtures.project(best).status());
        assertEquals(
                Set.of("R-" + best, "R-" + good, "R-" + unclear, "R-" + weak),
                Set.copyOf(roundSetup.entries(round).stream()
                        .map(EvaluationSubject::getReference)
                        .toList()));
        assertEquals(4L, calls.view(call.id()).counts().get(ProjectStatus.IN_REVIEW), "the call page counts by status");
        List<ReserveCallQueries.ProjectLine> page =
                calls.projects(call.id(), ProjectStatus.IN_REVIEW, 0, 2, "title", true);
        assertEquals(
                List.of("Biogas", "Diesel backup"),
                page.stream().map(ReserveCallQueries.ProjectLine::title).toList());
        assertEquals(4, calls.countProjects(call.id(), null));
        assertEquals(4, calls.projects(call.id(), null, 0, 20, null, true).size(), "unsorted: in submission order");

        // judges read the project on the scoring page through the reserve's SubjectDetails
        long bestSubject = fixtures.project(best).subjectId();
        assertTrue(
                programmeDetails.of("reserve:" + call.id()).forJudge(bestSubject, false, Language.CHINESE).stream()
                        .anyMatch(d -> d.text().contains("Rooftop solar")),
                "the judge reads the summary");
        assertFalse(
                programmeDetails.of("reserve:" + call.id()).forJudge(bestSubject, true, Language.ENGLISH).stream()
                        .anyMatch(d -> d.text().contains("Suzhou Industrial Park")),
                "a blind round leaves out the place");

        // the round's result proposes the grade through the call's bands (0-10 on every criterion: x10 on 0-100)
        long goodSubject = fixtures.project(good).subjectId();
        judging.assign(round, bestSubject, judge);
        judging.assign(round, goodSubject, judge);
        scores.scoreEveryCriterion(round, bestSubject, judge, new BigDecimal("9"));
        scores.scoreEveryCriterion(round, goodSubject, judge, new BigDecimal("7.5"));
        actingAs.user(call.manager());
        ListingDecisions.DecisionView bestView = decisions.view(best);
        assertEquals(90.0, bestView.proposal().score(), 1e-9);
        assertEquals(Grade.A, bestView.proposal().grade());
        assertNull(decisions.view(unclear).proposal(), "no sheet yet: nothing to propose");

        decisions.list(best, Grade.A, null, fixtures.version(best));
        ReserveReviewFixtures.Stored listed = fixtures.project(best);
        LocalDate decided = LocalDate.now(TestTime.clock().withZone(ZoneId.of("Asia/Shanghai")));
        assertEquals(ProjectStatus.LISTED, listed.status());
        assertEquals(Grade.A, listed.grade());
        assertEquals(Period.of(decided, decided.minusDays(1).plusYears(2)), listed.validity(), "two years by default");
        TestData.Mail mail = data.lastMail(people.email(call.owner()));
        assertTrue(mail.subject().contains("คลังโครงการสีเขียว"), mail.subject());
        assertTrue(mail.body().startsWith("เรียน Somchai"), mail.body());
        assertTrue(mail.body().contains("ระดับ A"), mail.body());
        assertEquals(1, data.auditEventsOn("RESERVE_PROJECT_LISTED", "ReserveProject", best));

        // another grade than the proposed one needs a reason, and nothing changes without it
        long goodVersion = fixtures.version(good);
        DomainException noReason =
                assertThrows(DomainException.class, () -> decisions.list(good, Grade.A, " ", goodVersion));
        assertEquals("reason", noReason.field());
        assertEquals(ProjectStatus.IN_REVIEW, fixtures.project(good).status());
        decisions.list(good, Grade.A, "Storage pilot already running at two sites", goodVersion);
        assertEquals(Grade.A, fixtures.project(good).grade());

        decisions.returnForInformation(unclear, "Attach the feedstock contracts.", fixtures.version(unclear));
        assertEquals(ProjectStatus.RETURNED, fixtures.project(unclear).status());
        assertTrue(data.lastMail(people.email(call.owner())).body().contains("Attach the feedstock contracts."));
        assertEquals(
                "reason",
                assertThrows(DomainException.class, () -> decisions.reject(weak, "", fixtures.version(weak)))
                        .field(),
                "a rejection says why");
        decisions.reject(weak, "Fossil backup is not a green project.", fixtures.version(weak));
        assertEquals(ProjectStatus.REJECTED, fixtures.project(weak).status());
        assertEquals(1, data.auditEventsOn("RESERVE_PROJECT_REJECTED", "ReserveProject", weak));
        assertEquals(
                "reserve.review.decision.changedElsewhere",
                assertThrows(DomainException.class, () -> decisions.reject(best, "late", 0L))
                        .messageKey(),
                "a decision on what the manager saw, not on what changed since");
    }

    @Test
    void another_manager_is_told_not_found_for_the_call_its_projects_and_its_decisions() {
        Call call = call("Private call");
        long project = fixtures.submittedProject(call.id(), call.organisation(), "Wind retrofit");
        roundOf(call);
        review.startReview(call.id());
        long other = people.person("Other reserve manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long version = fixtures.version(project);

        actingAs.user(other);
        assertNotFound(() -> calls.view(call.id()));
        assertNotFound(() -> calls.projects(call.id(), null, 0, 10, null, true));
        assertNotFound(() -> decisions.view(project));
        assertNotFound(() -> decisions.list(project, Grade.A, "mine now", version));
        assertNotFound(() -> decisions.reject(project, "mine now", version));
        assertNotFound(() -> review.startReview(call.id()));
        assertFalse(calls.mine().stream().anyMatch(c -> c.id() == call.id()), "not in the other manager's list");
        assertFalse(stewards.mayManage(accounts.find(other).orElseThrow(), "reserve:" + call.id()));
        assertFalse(stewards.keysManagedBy(accounts.find(other).orElseThrow()).contains("reserve:" + call.id()));
        assertEquals(ProjectStatus.IN_REVIEW, fixtures.project(project).status(), "nothing changed");

        actingAs.user(call.manager());
        assertTrue(calls.mine().stream().anyMatch(c -> c.id() == call.id()));
        assertTrue(stewards.mayManage(accounts.find(call.manager()).orElseThrow(), "reserve:" + call.id()));
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> calls.addManager(call.id(), people.email(other)))
                        .kind(),
                "administrators name the managers");
    }

    @Test
    void a_listing_lapses_when_its_last_day_ends_in_the_calls_zone_and_is_renewed_after_a_new_review() {
        Call call = call("Lapsing call");
        long project = fixtures.submittedProject(call.id(), call.organisation(), "Waste heat to district heating");
        roundOf(call);
        review.startReview(call.id());
        decisions.list(project, Grade.B, "Reviewed on site", fixtures.version(project));
        // listed two years ago: its last day was ten days ago
        LocalDate lastDay = TestTime.today().minusDays(10);
        fixtures.listedDays(project, lastDay.plusDays(1).minusYears(2), lastDay);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        lapse.lapseAsOf(LocalDateTime.of(lastDay, java.time.LocalTime.of(23, 30))
                .atZone(shanghai)
                .toInstant());
        assertEquals(ProjectStatus.LISTED, fixtures.project(project).status(), "its last day is not over in Shanghai");

        lapse.lapseAsOf(LocalDateTime.of(lastDay.plusDays(1), java.time.LocalTime.of(0, 30))
                .atZone(shanghai)
                .toInstant());
        assertEquals(ProjectStatus.LAPSED, fixtures.project(project).status());
        assertTrue(
                data.lastMail(people.email(call.owner())).body().contains("สิ้นสุดแล้ว"), "the owner is told, in Thai");
        assertEquals(1, data.auditEventsOn("RESERVE_PROJECT_LAPSED", "ReserveProject", project));
        lapse.lapseAsOf(LocalDateTime.of(lastDay.plusDays(1), java.time.LocalTime.of(1, 0))
                .atZone(shanghai)
                .toInstant());
        assertEquals(1, data.auditEventsOn("RESERVE_PROJECT_LAPSED", "ReserveProject", project), "once only");

        actingAs.user(call.manager());
        DomainException unreviewed = assertThrows(
                DomainException.class,
                () -> decisions.renew(project, Grade.A, "Still a good project", fixtures.version(project)));
        assertEquals("reserve.renewal.reviewFirst", unreviewed.messageKey(), "no renewal without a review");
        assertEquals(ProjectStatus.LAPSED, fixtures.project(project).status(), "nothing was extended");

        actingAs.user(call.owner());
        declaring.requestRenewal(project);
        assertEquals(
                "reserve.renewal.alreadyRequested",
                assertThrows(DomainException.class, () -> declaring.requestRenewal(project))
                        .messageKey());
        actingAs.user(call.manager());
        assertEquals(
                "reserve.renewal.roundMissing",
                assertThrows(DomainException.class, () -> review.startRenewalReview(call.id()))
                        .messageKey());
        long renewalRound = review.addRenewalRound(
                call.id(),
                "Renewal review",
                TestTime.now().minus(Duration.ofHours(1)),
                TestTime.now().plus(Duration.ofDays(7)),
                1);
        assertEquals(1, review.startRenewalReview(call.id()));
        assertEquals(
                "reserve.renewal.notScoredYet",
                assertThrows(
                                DomainException.class,
                                () -> decisions.renew(project, Grade.A, "Scores pending", fixtures.version(project)))
                        .messageKey(),
                "the decision waits for the renewal review's scores");

        long renewalSubject = fixtures.renewalSubject(project);
        long judge = people.person("Renewal judge", Language.ENGLISH, Role.JUDGE);
        judging.assign(renewalRound, renewalSubject, judge);
        scores.scoreEveryCriterion(renewalRound, renewalSubject, judge, new BigDecimal("9"));
        assertTrue(
                programmeDetails.of("reserve:" + call.id()).forJudge(renewalSubject, false, Language.ENGLISH).stream()
                        .anyMatch(d -> d.text().contains("Rooftop solar")),
                "judges of the renewal read the project");

        decisions.renew(project, Grade.A, "Second review: savings confirmed by the meters", fixtures.version(project));
        ReserveReviewFixtures.Stored renewed = fixtures.project(project);
        LocalDate decided = LocalDate.now(TestTime.clock().withZone(shanghai));
        assertEquals(ProjectStatus.LISTED, renewed.status());
        assertEquals(Grade.A, renewed.grade());
        assertEquals(decided, renewed.validity().since());
        assertEquals(
                "reserve.renewal.reviewFirst",
                assertThrows(
                                DomainException.class,
                                () -> decisions.renew(project, Grade.A, "Again", fixtures.version(project)))
                        .messageKey(),
                "the next renewal needs a review of its own");
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable action) {
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, action).kind());
    }
}
