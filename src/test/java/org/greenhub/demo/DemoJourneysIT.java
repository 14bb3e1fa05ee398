package org.greenhub.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.application.CompetitionSubjectDetails;
import org.greenhub.competition.award.application.FinalRanking;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.SubjectDetails;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.platform.i18n.Language;
import org.greenhub.publication.application.Certificates;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo shows every journey a newcomer tries first, on whatever day the demo runs (here: the tests' clock). The
 * demo creates well-known accounts, so each test loads it inside a transaction that is rolled back: nothing stays in
 * the database the other tests share, and each test reads only what the demo made (by its accounts and series).
 */
class DemoJourneysIT extends InServerTest {

    @Inject
    DemoData demo;

    @Inject
    JudgeQueueQuery queues;

    @Inject
    CompetitionSubjectDetails details;

    @Inject
    FinalRanking ranking;

    @Inject
    PublicResults publicResults;

    @Inject
    Certificates certificates;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @BeforeEach
    void loadTheDemo() throws Exception {
        System.setProperty("GREENHUB_DEMO_DATA", "true");
        transaction.begin();
        demo.load(null);
        em.flush();
    }

    @AfterEach
    void forgetTheDemo() throws Exception {
        try {
            transaction.rollback();
        } finally {
            System.clearProperty("GREENHUB_DEMO_DATA");
        }
    }

    @Test
    void everyDemoJudgeHasAnOpenRoundWithSubmittedDraftAndUnstartedEntriesAndOneDeclaredConflict() {
        for (String email : List.of(
                "judge.tech@demo.greenhub.local",
                "judge.investor@demo.greenhub.local",
                "judge.vn@demo.greenhub.local")) {
            long judge = account(email).getId();
            List<JudgeQueueQuery.QueueRow> cup = queues.queue(judge).stream()
                    .filter(row -> !row.closed() && row.roundName().startsWith("Round 1"))
                    .toList();
            assertEquals(
                    6,
                    cup.size(),
                    email + " sees the round's six entries, the one they declared a conflict with marked");
            assertEquals(
                    1,
                    cup.stream()
                            .filter(r -> r.state() == JudgeQueueQuery.SheetState.CONFLICT)
                            .count(),
                    email);
            Set<JudgeQueueQuery.SheetState> states =
                    cup.stream().map(JudgeQueueQuery.QueueRow::state).collect(Collectors.toSet());
            assertEquals(
                    Set.of(
                            JudgeQueueQuery.SheetState.SUBMITTED,
                            JudgeQueueQuery.SheetState.DRAFT,
                            JudgeQueueQuery.SheetState.NOT_STARTED,
                            JudgeQueueQuery.SheetState.CONFLICT),
                    states,
                    email);
            assertEquals(
                    2,
                    cup.stream()
                            .filter(r -> r.state() == JudgeQueueQuery.SheetState.SUBMITTED)
                            .count(),
                    email);
            long roundId = cup.get(0).roundId();
            EvaluationRound round = em.find(EvaluationRound.class, roundId);
            assertEquals(RoundStatus.OPEN, round.getStatus());
            assertTrue(round.isAssignmentsPublished());
            assertTrue(round.acceptsScoresAt(TestTime.now()), "round 1 takes scores today");
            long conflicts = em.createQuery(
                            "select count(d) from ConflictDeclaration d where d.judge.id = :j and d.subject.id in "
                                    + "(select e.subject.id from RoundEntry e where e.round.id = :r)",
                            Long.class)
                    .setParameter("j", judge)
                    .setParameter("r", roundId)
                    .getSingleResult();
            assertEquals(1L, conflicts, email);
        }
    }

    @Test
    void aJudgeReadsEachEntryWithItsTextsFiguresAndAPdfAndPngDocument() {
        long judge = account("judge.investor@demo.greenhub.local").getId();
        List<JudgeQueueQuery.QueueRow> cup = queues.queue(judge).stream()
                .filter(row -> row.roundName().startsWith("Round 1"))
                .toList();
        for (JudgeQueueQuery.QueueRow row : cup) {
            List<String> labels = details.forJudge(row.subjectId(), false, Language.ENGLISH).stream()
                    .map(SubjectDetails.Detail::label)
                    .toList();
            assertTrue(labels.size() >= 12, row.title() + ": " + labels);
            List<String> types = em.createQuery(
                            "select d.contentType from SubjectDocument d where d.subject.id = :s order by d.contentType",
                            String.class)
                    .setParameter("s", row.subjectId())
                    .getResultList();
            assertEquals(List.of("application/pdf", "image/png"), types, row.title());
        }
        byte[] pdf = em.createQuery(
                        "select d.content from SubjectDocument d where d.subject.id = :s and d.contentType = 'application/pdf'",
                        byte[].class)
                .setParameter("s", cup.get(0).subjectId())
                .getSingleResult();
        assertTrue(
                new String(pdf, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-") && pdf.length > 800,
                "a real one-page PDF");
    }

    @Test
    void lastYearsAwardsAreInTheirNoticePeriodWithAnObjectionAndCodesThatVerify() {
        AwardResult notice = result(CompetitionStatus.NOTICE);
        assertEquals(AwardResultStatus.PUBLISHED, notice.getStatus());
        assertTrue(notice.isNoticeRunningAt(TestTime.now()), "objections are still open");
        long objections = em.createQuery(
                        "select count(o) from AwardObjection o where o.awardId in "
                                + "(select a.id from Award a where a.resultId = :r)",
                        Long.class)
                .setParameter("r", notice.getId())
                .getSingleResult();
        assertEquals(1L, objections);
        List<String> codes = em.createQuery(
                        "select a.verificationCode from Award a where a.resultId = :r", String.class)
                .setParameter("r", notice.getId())
                .getResultList();
        assertEquals(3, codes.size(), "first, second and third prize of the start-up group");
        assertTrue(publicResults.verify(codes.get(0), Language.VIETNAMESE).isPresent(), "a provisional award verifies");
    }

    @Test
    void theEditionBeforeIsFinalWithItsAwardsOnTheEntriesAndCertificatesThatOpen() {
        AwardResult result = result(CompetitionStatus.FINAL);
        assertEquals(AwardResultStatus.FINAL, result.getStatus());
        long awarded = em.createQuery(
                        "select count(e) from Entry e where e.competition.id = :c and e.status = "
                                + "org.greenhub.competition.domain.EntryStatus.AWARDED",
                        Long.class)
                .setParameter("c", result.getCompetitionId())
                .getSingleResult();
        assertEquals(3L, awarded);
        String code = em.createQuery(
                        "select a.verificationCode from Award a where a.resultId = :r order by a.tierOrder",
                        String.class)
                .setParameter("r", result.getId())
                .setMaxResults(1)
                .getSingleResult();
        byte[] certificate = certificates.certificate(code, "zh-CN").pdf();
        assertEquals(
                "%PDF-",
                new String(certificate, 0, 5, StandardCharsets.US_ASCII), "the final award's certificate opens");
    }

    @Test
    void theZoneAdministratorAdministersTheZoneTheDemoStartUpsAreRegisteredIn() {
        UserAccount administrator = account("zone@demo.greenhub.local");
        assertTrue(administrator.hasRole(org.greenhub.account.domain.Role.ZONE_ADMINISTRATOR));
        List<org.greenhub.zone.domain.Zone> zones = em.createQuery(
                        "select z from Zone z where :user member of z.administratorIds",
                        org.greenhub.zone.domain.Zone.class)
                .setParameter("user", administrator.getId())
                .getResultList();
        assertEquals(1, zones.size());
        org.greenhub.zone.domain.Zone zone = zones.get(0);
        assertEquals("SIP", zone.getCode());
        // the demo's start-ups point at the zone record (not free text), so the zone's pages find them
        assertEquals(
                1L,
                em.createQuery(
                                "select count(o) from Organisation o where o.zoneId = :zone and o.legalName like 'Lvyuan%'",
                                Long.class)
                        .setParameter("zone", zone.getId())
                        .getSingleResult());
    }

    @Test
    void theBatteryStartUpsReserveProjectIsFinancedWithAYearOfResults() {
        org.greenhub.reserve.domain.ReserveProject project = em.createQuery(
                        "select p from ReserveProject p where p.title like '%Battery second-life%'",
                        org.greenhub.reserve.domain.ReserveProject.class)
                .getSingleResult();
        assertEquals(org.greenhub.reserve.domain.ProjectStatus.LISTED, project.getStatus());
        List<org.greenhub.reserve.domain.Financing> parts = em.createQuery(
                        "select f from Financing f where f.projectId = :p", org.greenhub.reserve.domain.Financing.class)
                .setParameter("p", project.getId())
                .getResultList();
        assertEquals(1, parts.size(), "a green loan");
        List<Integer> years = em.createQuery("select r.year from ProjectResult r where r.projectId = :p", Integer.class)
                .setParameter("p", project.getId())
                .getResultList();
        assertEquals(List.of(project.getValidity().since().getYear()), years, "the listing year's results");
    }

    @Test
    void anIntakeCallIsInScreeningWithScores() {
        Instant now = TestTime.now();
        List<IntakeCall> closed = em
                .createQuery(
                        "select c from IntakeCall c where c.incubator.operator.legalName = 'Suzhou Green Industry Incubator'",
                        IntakeCall.class)
                .getResultList()
                .stream()
                .filter(c -> c.getClosesAt().isBefore(now))
                .toList();
        assertEquals(1, closed.size(), "one call closed for applications, one still open");
        EvaluationRound screening = em.createQuery(
                        "select r from EvaluationRound r where r.programmeKey = :k", EvaluationRound.class)
                .setParameter("k", closed.get(0).programmeKey())
                .getSingleResult();
        assertTrue(screening.acceptsScoresAt(now));
        var standings = ranking.of(screening.getId()).entries();
        assertEquals(2, standings.size(), "two applications scored by all three judges so far");
        assertTrue(standings.get(0).score() > 0);
    }

    @Test
    void residentsHaveAReportOverdueAndAReportComingDue() {
        LocalDate today = TestTime.today();
        List<PeriodicReport> reports = em.createQuery(
                        "select p from PeriodicReport p where p.residency.organisation.legalName in "
                                + "('Green Energy Solutions Co., Ltd.', 'Viet Green Materials JSC') and p.status = "
                                + "org.greenhub.incubation.residency.domain.ReportStatus.EXPECTED",
                        PeriodicReport.class)
                .getResultList();
        assertTrue(
                reports.stream()
                        .anyMatch(p -> p.getResidency()
                                        .getOrganisation()
                                        .getLegalName()
                                        .startsWith("Green Energy")
                                && p.overdue(today)),
                "the Thai resident's report is overdue");
        assertTrue(
                reports.stream()
                        .anyMatch(p -> p.getResidency()
                                        .getOrganisation()
                                        .getLegalName()
                                        .startsWith("Viet")
                                && !p.overdue(today)
                                && !p.getPeriodStart().isAfter(today)),
                "the Vietnamese resident's current report is due next");
        assertFalse(
                reports.stream()
                        .anyMatch(p -> p.getResidency()
                                        .getOrganisation()
                                        .getLegalName()
                                        .startsWith("Viet")
                                && p.overdue(today)),
                "the Vietnamese resident is up to date");
    }

    @Test
    void allianceApplicationsStandAtEveryStage() {
        List<String> statuses = em.createQuery(
                        "select distinct cast(m.status as string) from Membership m where m.alliance.code = 'GEA'",
                        String.class)
                .getResultList();
        assertTrue(
                statuses.containsAll(Arrays.asList(
                        "SUBMITTED", "INFO_REQUESTED", "COUNCIL_REVIEW", "APPROVED", "ACTIVE", "REJECTED")),
                statuses.toString());
    }

    @Test
    void loadingAgainAddsNothing() {
        long accounts = em.createQuery(
                        "select count(u) from UserAccount u where u.email like '%@demo.greenhub.local'", Long.class)
                .getSingleResult();
        long competitions = em.createQuery(
                        "select count(c) from Competition c where c.seriesKey = 'green-innovation-cup'", Long.class)
                .getSingleResult();
        demo.load(null);
        assertEquals(
                accounts,
                em.createQuery(
                                "select count(u) from UserAccount u where u.email like '%@demo.greenhub.local'",
                                Long.class)
                        .getSingleResult());
        assertEquals(3L, competitions);
        assertEquals(
                competitions,
                em.createQuery(
                                "select count(c) from Competition c where c.seriesKey = 'green-innovation-cup'",
                                Long.class)
                        .getSingleResult());
    }

    private UserAccount account(String email) {
        return em.createQuery("select u from UserAccount u where u.email = :e", UserAccount.class)
                .setParameter("e", email)
                .getSingleResult();
    }

    private AwardResult result(CompetitionStatus status) {
        Competition edition = em.createQuery(
                        "select c from Competition c where c.seriesKey = 'green-innovation-cup' and c.status = :s",
                        Competition.class)
                .setParameter("s", status)
                .getSingleResult();
        return em.createQuery("select r from AwardResult r where r.competitionId = :c", AwardResult.class)
                .setParameter("c", edition.getId())
                .getSingleResult();
    }
}
