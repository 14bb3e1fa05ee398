package org.greenhub.alliance;

import static org.greenhub.testsupport.server.AllianceSteps.refused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.alliance.application.AllianceRenewals;
import org.greenhub.alliance.application.MembershipQueries;
import org.greenhub.alliance.application.MembershipQueries.MembershipView;
import org.greenhub.alliance.application.MembershipService;
import org.greenhub.alliance.application.RenewalJob;
import org.greenhub.alliance.domain.CouncilDecision;
import org.greenhub.alliance.domain.DuesPayment;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.alliance.domain.SeatRole;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.AllianceFixtures;
import org.greenhub.testsupport.server.AllianceFixtures.AllianceSetup;
import org.greenhub.testsupport.server.AllianceFixtures.Member;
import org.greenhub.testsupport.server.AllianceSteps;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/** A membership from application to exit inside the real server: each step, each refusal, the renewal job. */
class MembershipLifecycleIT extends InServerTest {

    @Inject
    MembershipService memberships;

    @Inject
    MembershipQueries queries;

    @Inject
    RenewalJob renewals;

    @Inject
    AllianceRenewals scheduledRenewals;

    @Inject
    AllianceFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    AllianceSteps steps;

    private static Membership.Application application() {
        return new Membership.Application(
                "We build heat pumps for industrial parks.",
                new Membership.Contacts("office@example.test", "+86 512 6666 0000", true, false, true));
    }

    private MembershipView view(long id) {
        return queries.view(id, Language.ENGLISH);
    }

    @Test
    void applicationReviewCouncilAgreementDuesMakeAnActiveMemberAndEveryStepIsKept() {
        AllianceSetup alliance = fixtures.alliance("Lifecycle alliance");
        Member member = fixtures.member("Heat Pump Co", OrganisationKind.ENTERPRISE);
        long ordinary = alliance.categoryIds().get(3);

        actingAs.user(member.founderId());
        long id = memberships
                .apply(alliance.allianceId(), member.organisationId(), ordinary, application())
                .getId();
        assertEquals(MembershipStatus.SUBMITTED, view(id).status());
        // The same organisation cannot apply twice while one application is open: nothing new is stored.
        refused(
                "alliance.application.duplicate",
                () -> memberships.apply(alliance.allianceId(), member.organisationId(), ordinary, application()));
        assertEquals(
                1,
                fixtures.count(
                        "select count(*) from alliance_membership where organisation_id = ?1",
                        member.organisationId()));

        actingAs.user(alliance.coordinatorId());
        assertTrue(fixtures.mailSubjects(alliance.coordinatorEmail()).stream()
                .anyMatch(s -> s.contains(member.organisationName())));
        memberships.requestInformation(id, "Please describe your green products.");
        actingAs.user(member.founderId());
        assertEquals(MembershipStatus.INFO_REQUESTED, view(id).status());
        memberships.answerRequest(id, "Air-source heat pumps replacing coal boilers.");
        assertTrue(fixtures.mailSubjects(alliance.coordinatorEmail()).get(0).contains("answered"));
        actingAs.user(alliance.coordinatorId());
        memberships.forwardToCouncil(id, "Complete.");

        // 9 seats: 5 voting is no quorum (6 needed); nothing is recorded.
        refused(
                "alliance.council.noQuorum",
                () -> memberships.recordCouncilDecision(id, new CouncilDecision(TestTime.today(), 4, 1, 0), null));
        refused(
                "alliance.council.dateInFuture",
                () -> memberships.recordCouncilDecision(
                        id, new CouncilDecision(TestTime.today().plusDays(1), 7, 0, 0), null));
        refused(
                "alliance.council.tooManyVotes",
                () -> memberships.recordCouncilDecision(id, new CouncilDecision(TestTime.today(), 9, 1, 0), null));
        assertEquals(MembershipStatus.COUNCIL_REVIEW, view(id).status());
        memberships.recordCouncilDecision(id, new CouncilDecision(TestTime.today(), 5, 1, 1), null);
        assertEquals(MembershipStatus.APPROVED, view(id).status());

        refused(
                "alliance.dues.agreementFirst",
                () -> memberships.recordDues(
                        id, new DuesPayment.Dues(new BigDecimal("10000"), TestTime.today(), "BANK-1")));
        memberships.recordAgreementSigned(id, TestTime.today());
        refused(
                "alliance.dues.amountPositive",
                () -> memberships.recordDues(
                        id, new DuesPayment.Dues(new BigDecimal("-10000"), TestTime.today(), "BANK-1")));
        refused(
                "alliance.dues.dateInFuture",
                () -> memberships.recordDues(
                        id,
                        new DuesPayment.Dues(
                                new BigDecimal("10000"), TestTime.today().plusDays(3), "BANK-1")));
        assertEquals(0, fixtures.count("select count(*) from alliance_dues_payment where membership_id = ?1", id));
        memberships.recordDues(id, new DuesPayment.Dues(new BigDecimal("10000"), TestTime.today(), "BANK-1"));

        MembershipView active = view(id);
        assertEquals(MembershipStatus.ACTIVE, active.status());
        assertEquals(alliance.code() + "-" + TestTime.today().getYear() + "-0001", active.number());
        assertEquals(TestTime.today().plusYears(1).minusDays(1), active.validTo());
        assertEquals(5, active.votesFor());
        List<MembershipStatus> path =
                active.changes().stream().map(MembershipQueries.ChangeRow::to).toList();
        assertEquals(
                List.of(
                        MembershipStatus.SUBMITTED,
                        MembershipStatus.INFO_REQUESTED,
                        MembershipStatus.SUBMITTED,
                        MembershipStatus.COUNCIL_REVIEW,
                        MembershipStatus.APPROVED,
                        MembershipStatus.ACTIVE),
                path);
        assertEquals(alliance.coordinatorEmail(), active.changes().get(4).actor());
        assertEquals(member.founderEmail(), active.changes().get(0).actor());
        assertEquals(1, active.changes().get(4).votesAgainst());
        assertTrue(fixtures.mailSubjects(member.founderEmail()).stream().anyMatch(s -> s.contains("Active member")));

        // The member follows its own record.
        actingAs.user(member.founderId());
        assertEquals(
                List.of(id),
                queries.mine(Language.ENGLISH).stream()
                        .map(MembershipQueries.MyMembershipRow::id)
                        .toList());
        assertEquals(1, view(id).payments().size());
    }

    @Test
    void theSecretariatIsWarnedWhenTheApplicantsSectorIsOnTheRestrictedList() {
        AllianceSetup alliance = fixtures.alliance("Screening alliance");
        Member steel = fixtures.member("Steel Co", OrganisationKind.ENTERPRISE);
        fixtures.update("update organisation set sector = 'Steel' where id = ?1", steel.organisationId());
        actingAs.user(steel.founderId());
        long id = memberships
                .apply(
                        alliance.allianceId(),
                        steel.organisationId(),
                        alliance.categoryIds().get(3),
                        application())
                .getId();
        assertEquals(null, view(id).restrictedActivity(), "the applicant is not shown the screening");
        actingAs.user(alliance.coordinatorId());
        assertTrue(view(id).restrictedActivity() != null, "the secretariat is warned");
    }

    @Test
    void aCouncilVoteThatDoesNotCarryRejectsWithTheReasonAndTheOrganisationMayApplyAgain() {
        AllianceSetup alliance = fixtures.alliance("Rejecting alliance");
        Member member = fixtures.member("Rejected Co", OrganisationKind.START_UP);
        actingAs.user(member.founderId());
        long id = memberships
                .apply(
                        alliance.allianceId(),
                        member.organisationId(),
                        alliance.categoryIds().get(3),
                        application())
                .getId();
        actingAs.user(alliance.coordinatorId());
        memberships.forwardToCouncil(id, null);
        refused(
                "alliance.membership.reasonRequired",
                () -> memberships.recordCouncilDecision(id, new CouncilDecision(TestTime.today(), 2, 5, 0), " "));
        memberships.recordCouncilDecision(
                id, new CouncilDecision(TestTime.today(), 2, 5, 0), "Outside the alliance's focus.");
        MembershipView rejected = view(id);
        assertEquals(MembershipStatus.REJECTED, rejected.status());
        assertEquals("Outside the alliance's focus.", rejected.rejectionReason());

        actingAs.user(member.founderId());
        assertNotNull(memberships
                .apply(
                        alliance.allianceId(),
                        member.organisationId(),
                        alliance.categoryIds().get(3),
                        application())
                .getId());
    }

    @Test
    void renewalRemindsOnceThenGraceThenLapseAndDuesRenew() {
        AllianceSetup alliance = fixtures.alliance("Renewal alliance");
        Member member = fixtures.member("Renewing Co", OrganisationKind.UNIVERSITY);
        long id = steps.activeMember(alliance, member, application().contacts());
        LocalDate validTo = TestTime.today().plusYears(1).minusDays(1);
        int mailsBefore = fixtures.mailSubjects(member.founderEmail()).size();

        renewals.run(validTo.minusDays(30), alliance.allianceId());
        renewals.run(validTo.minusDays(29), alliance.allianceId());
        assertEquals(
                mailsBefore + 1,
                fixtures.mailSubjects(member.founderEmail()).size(),
                "one reminder, even when the job runs twice");
        assertTrue(fixtures.mailSubjects(member.founderEmail()).get(0).contains("renewal"));

        renewals.run(validTo.plusDays(1), alliance.allianceId());
        actingAs.user(alliance.coordinatorId());
        assertEquals(MembershipStatus.GRACE, view(id).status());
        renewals.run(validTo.plusDays(92), alliance.allianceId());
        assertEquals(MembershipStatus.LAPSED, view(id).status());
        MembershipView lapsed = view(id);
        assertTrue(lapsed.changes().get(lapsed.changes().size() - 1).actor() == null, "the job acts without a person");

        memberships.recordDues(id, new DuesPayment.Dues(new BigDecimal("10000"), TestTime.today(), "BANK-RENEW"));
        MembershipView renewed = view(id);
        assertEquals(MembershipStatus.ACTIVE, renewed.status());
        assertEquals(validTo.plusYears(1), renewed.validTo());
    }

    /**
     * The hourly run (every alliance, as of today) reaches every expired member in one run, beyond one batch.
     */
    @Test
    void theHourlyRunMovesEveryExpiredMemberToGraceInOneRun() {
        AllianceSetup alliance = fixtures.alliance("Crowded alliance");
        int expired = 2 * RenewalJob.BATCH + 7;
        fixtures.bulkMembers(
                alliance.allianceId(), alliance.categoryIds().get(0), expired, 1, TestData.unique("Expired"));
        fixtures.update(
                "update alliance_membership set valid_to = current_date - 1 where alliance_id = ?1",
                alliance.allianceId());

        scheduledRenewals.runNow();
        assertEquals(
                expired,
                fixtures.count(
                        "select count(*) from alliance_membership where alliance_id = ?1 and status = 'GRACE'",
                        alliance.allianceId()),
                "every expired member is in grace after one run");

        scheduledRenewals.runNow();
        assertEquals(
                expired,
                fixtures.count(
                        "select count(*) from alliance_membership where alliance_id = ?1 and status = 'GRACE'",
                        alliance.allianceId()),
                "members in grace stay there until their grace days have passed");
    }

    /** Two servers run the renewal job at the same moment: the member still gets one reminder and one change of state. */
    @Test
    void theRenewalJobOnTwoNodesAtOnceRemindsOnceAndChangesOnce() throws Exception {
        AllianceSetup alliance = fixtures.alliance("Two-node alliance");
        Member member = fixtures.member("Twice Co", OrganisationKind.ENTERPRISE);
        long id = steps.activeMember(alliance, member, application().contacts());
        LocalDate validTo = TestTime.today().plusYears(1).minusDays(1);
        int mailsBefore = fixtures.mailSubjects(member.founderEmail()).size();
        race(() -> renewals.run(validTo.minusDays(10), alliance.allianceId()));
        assertEquals(
                mailsBefore + 1, fixtures.mailSubjects(member.founderEmail()).size(), "one reminder from two nodes");
        race(() -> renewals.run(validTo.plusDays(1), alliance.allianceId()));
        actingAs.user(alliance.coordinatorId());
        assertEquals(
                1,
                view(id).changes().stream()
                        .filter(c -> c.to() == MembershipStatus.GRACE)
                        .count(),
                "one move to grace from two nodes");
    }

    /** Runs the step in two container threads (each its own transaction, like two servers) released together. */
    private static void race(Runnable step) throws Exception {
        jakarta.enterprise.concurrent.ManagedThreadFactory threads =
                (jakarta.enterprise.concurrent.ManagedThreadFactory)
                        new javax.naming.InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(2);
        List<Throwable> failures = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int node = 0; node < 2; node++) {
            threads.newThread(() -> {
                        try {
                            start.await();
                            step.run();
                        } catch (Throwable e) {
                            failures.add(e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        start.countDown();
        assertTrue(done.await(60, java.util.concurrent.TimeUnit.SECONDS), "the runs did not finish");
        assertTrue(failures.isEmpty(), failures.toString());
    }

    @Test
    void exitNeedsThirtyDaysNoticeAndTakesEffectThroughTheJob() {
        AllianceSetup alliance = fixtures.alliance("Exit alliance");
        Member member = fixtures.member("Leaving Co", OrganisationKind.RESEARCH_INSTITUTE);
        long id = steps.activeMember(alliance, member, application().contacts());
        actingAs.user(member.founderId());
        refused(
                "alliance.exit.noticeTooShort",
                () -> memberships.giveNotice(
                        id, TestTime.today(), TestTime.today().plusDays(10), "Restructuring"));
        refused(
                "alliance.membership.reasonRequired",
                () -> memberships.giveNotice(
                        id, TestTime.today(), TestTime.today().plusDays(30), null));
        assertEquals(MembershipStatus.ACTIVE, view(id).status());
        memberships.giveNotice(id, TestTime.today(), TestTime.today().plusDays(30), "Restructuring");
        assertEquals(MembershipStatus.EXIT_NOTIFIED, view(id).status());
        // The secretariat can act on a notice received on paper: here it is withdrawn and recorded again.
        actingAs.user(alliance.coordinatorId());
        memberships.withdrawNotice(id);
        assertEquals(MembershipStatus.ACTIVE, view(id).status());
        memberships.giveNotice(id, TestTime.today(), TestTime.today().plusDays(30), "Letter of 25 November");
        assertEquals(MembershipStatus.EXIT_NOTIFIED, view(id).status());
        renewals.run(TestTime.today().plusDays(29), alliance.allianceId());
        assertEquals(MembershipStatus.EXIT_NOTIFIED, view(id).status());
        renewals.run(TestTime.today().plusDays(30), alliance.allianceId());
        assertEquals(MembershipStatus.LEFT, view(id).status());
    }

    @Test
    void suspensionAndExpulsionNeedACarriedCouncilDecisionWithQuorumAndAReason() {
        AllianceSetup alliance = fixtures.alliance("Sanction alliance");
        Member member = fixtures.member("Sanctioned Co", OrganisationKind.ENTERPRISE);
        long id = steps.activeMember(alliance, member, application().contacts());
        actingAs.user(alliance.coordinatorId());
        refused(
                "alliance.council.noQuorum",
                () -> memberships.suspend(id, new CouncilDecision(TestTime.today(), 3, 0, 0), "Dues dispute"));
        refused(
                "alliance.council.notCarried",
                () -> memberships.suspend(id, new CouncilDecision(TestTime.today(), 3, 3, 0), "Dues dispute"));
        refused(
                "alliance.membership.reasonRequired",
                () -> memberships.suspend(id, new CouncilDecision(TestTime.today(), 6, 0, 0), ""));
        memberships.suspend(id, new CouncilDecision(TestTime.today(), 6, 0, 0), "Dues dispute");
        assertEquals(MembershipStatus.SUSPENDED, view(id).status());
        memberships.reinstate(id, new CouncilDecision(TestTime.today(), 6, 1, 0), "Settled");
        assertEquals(MembershipStatus.ACTIVE, view(id).status());
        memberships.expel(id, new CouncilDecision(TestTime.today(), 8, 1, 0), "False statements in the application");
        MembershipView expelled = view(id);
        assertEquals(MembershipStatus.EXPELLED, expelled.status());
        assertEquals(
                "False statements in the application",
                expelled.changes().get(expelled.changes().size() - 1).reason());
        assertEquals(8, expelled.changes().get(expelled.changes().size() - 1).votesFor());
    }

    @Test
    void twoSilentYearsAreProposedAsDeemedLeftAndTheCoordinatorConfirms() {
        AllianceSetup alliance = fixtures.alliance("Silent alliance");
        Member silent = fixtures.member("Silent Co", OrganisationKind.ENTERPRISE);
        Member paying = fixtures.member("Paying Co", OrganisationKind.ENTERPRISE);
        long silentId = steps.activeMember(alliance, silent, application().contacts());
        long payingId = steps.activeMember(alliance, paying, application().contacts());
        // both joined three years ago; only one has paid since (today's first dues count for it)
        fixtures.backdate(
                silentId, TestTime.today().minusYears(3), TestTime.today().minusYears(2));
        fixtures.backdate(
                payingId, TestTime.today().minusYears(3), TestTime.today().plusMonths(6));
        execute("update alliance_dues_payment set paid_on = current_date - 1000 where membership_id = ?1", silentId);

        renewals.run(TestTime.today(), alliance.allianceId());
        actingAs.user(alliance.coordinatorId());
        assertTrue(view(silentId).deemedLeftProposed());
        assertFalse(view(payingId).deemedLeftProposed());
        refused("alliance.membership.notProposed", () -> memberships.confirmDeemedLeft(payingId, "No activity"));
        memberships.confirmDeemedLeft(
                silentId, "No dues or participation since " + TestTime.today().minusYears(3));
        assertEquals(MembershipStatus.DEEMED_LEFT, view(silentId).status());
    }

    private void execute(String sql, long id) {
        fixtures.update(sql, id);
    }

    @Test
    void peopleLeavingTheOrganisationNeverBreakOrDuplicateItsMembership() {
        AllianceSetup alliance = fixtures.alliance("Seats alliance");
        Member member = fixtures.member("Seated Co", OrganisationKind.ENTERPRISE);
        long id = steps.activeMember(alliance, member, application().contacts());
        long colleague = fixtures.person("Colleague", Language.CHINESE, org.greenhub.account.domain.Role.APPLICANT);
        long outsider = fixtures.person("Outsider", Language.THAI, org.greenhub.account.domain.Role.APPLICANT);
        fixtures.affiliate(colleague, member.organisationId(), AffiliationRole.EMPLOYEE);

        actingAs.user(member.founderId());
        refused(
                "alliance.seat.notInOrganisation",
                () -> memberships.addSeat(id, fixtures.email(outsider), SeatRole.CONTACT));
        memberships.addSeat(id, fixtures.email(colleague), SeatRole.REPRESENTATIVE);
        refused(
                "alliance.seat.duplicate",
                () -> memberships.addSeat(id, fixtures.email(colleague), SeatRole.REPRESENTATIVE));
        MembershipView seated = view(id);
        assertEquals(
                1,
                seated.seats().stream()
                        .filter(s -> s.current() && s.role() == SeatRole.REPRESENTATIVE)
                        .count(),
                "a new representative replaces the previous one");

        // The founder leaves the organisation: the membership stays the organisation's, untouched.
        fixtures.endAffiliations(member.founderId(), member.organisationId());
        actingAs.user(colleague);
        MembershipView after = view(id);
        assertEquals(MembershipStatus.ACTIVE, after.status());
        assertEquals(
                1,
                fixtures.count(
                        "select count(*) from alliance_membership where organisation_id = ?1",
                        member.organisationId()));
        assertTrue(after.seats().stream()
                .anyMatch(s -> s.email().equals(member.founderEmail()) && !s.stillInOrganisation()));
        actingAs.user(member.founderId());
        refused("platform.error.notFound", () -> view(id));
    }
}
