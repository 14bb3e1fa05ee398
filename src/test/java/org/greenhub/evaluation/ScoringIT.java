package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.JudgeSheet;
import org.greenhub.evaluation.application.OtherJudgeSheet;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.ScoreChangeView;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ScoringFixtures;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** Judges scoring inside the real server and database: drafts, submission, history, permissions, races. */
class ScoringIT extends InServerTest {

    @Inject
    JudgeScoring scoring;

    @Inject
    JudgeScoring judgeScoring;

    @Inject
    RoundResultsService results;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    private static Map<String, SheetValue> values(int tech, int market, int team, int green, int finance) {
        Map<String, SheetValue> values = new LinkedHashMap<>();
        values.put("tech", new SheetValue(BigDecimal.valueOf(tech), null));
        values.put("market", new SheetValue(BigDecimal.valueOf(market), null));
        values.put("team", new SheetValue(BigDecimal.valueOf(team), null));
        values.put("green", new SheetValue(BigDecimal.valueOf(green), null));
        values.put("finance", new SheetValue(BigDecimal.valueOf(finance), null));
        return values;
    }

    @Test
    void draftThenSubmitKeepsEveryChange() {
        Fixture f = fixtures.create(Spec.of(List.of("A1"), 1));
        long subject = f.subjectIds().get(0);
        actingAs.user(f.judgeIds().get(0));

        JudgeSheet empty = scoring.mySheet(f.roundId(), subject);
        assertEquals(null, empty.version());

        Map<String, SheetValue> partial = new LinkedHashMap<>();
        partial.put("tech", new SheetValue(new BigDecimal("7"), null));
        JudgeSheet draft =
                scoring.saveDraft(scoring.mySheet(f.roundId(), subject).shown(), partial, "first look");
        assertEquals(ScoreSheet.Status.DRAFT, draft.status());
        assertEquals(0, new BigDecimal("7").compareTo(draft.values().get("tech").getValue()));

        JudgeSheet submitted =
                scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), values(8, 6, 4, 70, 12), "convincing");
        assertEquals(ScoreSheet.Status.SUBMITTED, submitted.status());

        List<ScoreChangeView> history = scoring.myHistory(f.roundId(), subject);
        // draft: tech null -> 7; submit: tech 7 -> 8 and four new values, then the submission itself
        assertEquals(7, history.size(), history.toString());
        assertEquals(ScoreChange.Kind.DRAFT_SAVE, history.get(0).kind());
        assertEquals(0, new BigDecimal("7").compareTo(history.get(1).oldValue()));
        assertEquals(0, new BigDecimal("8").compareTo(history.get(1).newValue()));
        assertEquals(ScoreChange.Kind.SUBMIT, history.get(6).kind());
        assertEquals(null, history.get(6).criterion());
        assertEquals(f.judgeEmails().get(0), history.get(6).changedBy());

        DomainException again = assertThrows(
                DomainException.class,
                () -> scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), values(9, 6, 4, 70, 12), null));
        assertEquals("evaluation.scoring.alreadySubmitted", again.messageKey());

        // The manager reopens it with a reason: history and audit trail keep it, and the judge can change it again.
        actingAs.user(f.managerId());
        long sheetId = fixtures.sheetId(f.roundId(), subject, f.judgeIds().get(0));
        assertEquals(
                "evaluation.scoring.reopenReasonRequired",
                assertThrows(DomainException.class, () -> scoring.reopen(sheetId, " "))
                        .messageKey());
        scoring.reopen(sheetId, "Judge asked to correct the green score");
        List<ScoreChangeView> managerView = scoring.history(sheetId);
        assertEquals(
                ScoreChange.Kind.REOPEN, managerView.get(managerView.size() - 1).kind());
        assertEquals(
                "Judge asked to correct the green score",
                managerView.get(managerView.size() - 1).reason());
        assertEquals(1, data.auditEvents("SCORE_SHEET_REOPENED", managerEmail(f)));

        actingAs.user(f.judgeIds().get(0));
        assertEquals(
                ScoreSheet.Status.SUBMITTED,
                scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), values(8, 6, 4, 75, 12), null)
                        .status());
        assertEquals(2, fixtures.sheetEvents(f.roundId(), subject, f.judgeIds().get(0), "SUBMIT"));
    }

    @Inject
    org.greenhub.account.domain.UserAccountRepository accounts;

    private String managerEmail(Fixture f) {
        return accounts.find(f.managerId()).orElseThrow().getEmail();
    }

    @Test
    void valuesOffTheScaleOffTheStepOrWithoutTheRequiredCommentAreRefused() {
        Fixture f = fixtures.create(Spec.of(List.of("B1"), 1));
        long subject = f.subjectIds().get(0);
        actingAs.user(f.judgeIds().get(0));

        DomainException outOfRange = assertThrows(
                DomainException.class,
                () -> scoring.saveDraft(
                        scoring.mySheet(f.roundId(), subject).shown(),
                        Map.of("tech", new SheetValue(new BigDecimal("11"), null)),
                        null));
        assertEquals("evaluation.scoring.valueNotAccepted", outOfRange.messageKey());
        assertEquals("tech", outOfRange.field());

        DomainException offStep = assertThrows(
                DomainException.class,
                () -> scoring.saveDraft(
                        scoring.mySheet(f.roundId(), subject).shown(),
                        Map.of("green", new SheetValue(new BigDecimal("50.5"), null)),
                        null));
        assertEquals("evaluation.scoring.valueNotAccepted", offStep.messageKey());

        DomainException incomplete = assertThrows(
                DomainException.class,
                () -> scoring.submit(
                        scoring.mySheet(f.roundId(), subject).shown(),
                        Map.of("tech", new SheetValue(new BigDecimal("5"), null)),
                        null));
        assertEquals("evaluation.scoring.incomplete", incomplete.messageKey());

        // tech below 3 needs a comment
        DomainException noComment = assertThrows(
                DomainException.class,
                () -> scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), values(2, 5, 3, 40, 10), null));
        assertEquals("evaluation.scoring.commentRequired", noComment.messageKey());
        assertEquals(0, fixtures.sheets(f.roundId(), subject, f.judgeIds().get(0)));

        Map<String, SheetValue> withComment = values(2, 5, 3, 40, 10);
        withComment.put("tech", new SheetValue(new BigDecimal("2"), "No working prototype yet"));
        assertEquals(
                ScoreSheet.Status.SUBMITTED,
                scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), withComment, null)
                        .status());
    }

    @Test
    void aFormLeftOpenElsewhereCannotOverwriteANewerDraft() {
        Fixture f = fixtures.create(Spec.of(List.of("T1"), 1));
        actingAs.user(f.judgeIds().get(0));
        long subject = f.subjectIds().get(0);
        // Two tabs open on an empty sheet; the first one saves.
        JudgeSheet opened = scoring.mySheet(f.roundId(), subject);
        JudgeSheet first = scoring.saveDraft(opened.shown(), values(5, 5, 3, 50, 10), null);
        // The second tab still shows "no sheet yet": its save is refused, not applied over the first.
        DomainException refusal = assertThrows(
                DomainException.class, () -> scoring.saveDraft(opened.shown(), values(1, 1, 1, 10, 1), null));
        assertEquals("evaluation.scoring.changedElsewhere", refusal.messageKey());
        assertEquals(
                new BigDecimal("5"),
                scoring.mySheet(f.roundId(), subject)
                        .values()
                        .get("tech")
                        .getValue()
                        .stripTrailingZeros());
        // A form that saw the current version saves normally.
        JudgeSheet second = scoring.saveDraft(first.shown(), values(6, 5, 3, 50, 10), null);
        assertEquals(new BigDecimal("6"), second.values().get("tech").getValue().stripTrailingZeros());
    }

    @Test
    void nothingCanBeSavedOrSubmittedAfterTheRoundCloses() {
        Fixture f = fixtures.create(Spec.of(List.of("C1"), 1).over());
        actingAs.user(f.judgeIds().get(0));
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> scoring.submit(
                        scoring.mySheet(f.roundId(), f.subjectIds().get(0)).shown(), values(5, 5, 3, 50, 10), null));
        assertEquals("evaluation.scoring.roundClosed", refusal.messageKey());
        assertEquals(DomainException.Kind.CONFLICT, refusal.kind());
        assertEquals(
                "evaluation.scoring.roundClosed",
                assertThrows(
                                DomainException.class,
                                () -> scoring.saveDraft(
                                        scoring.mySheet(
                                                        f.roundId(),
                                                        f.subjectIds().get(0))
                                                .shown(),
                                        values(5, 5, 3, 50, 10),
                                        null))
                        .messageKey());
    }

    @Test
    void judgesWithoutAPublishedAssignmentAndApplicantsSeeNothing() {
        Fixture unpublished = fixtures.create(Spec.of(List.of("D1"), 1).unpublished());
        actingAs.user(unpublished.judgeIds().get(0));
        assertNotFound(() ->
                scoring.mySheet(unpublished.roundId(), unpublished.subjectIds().get(0)));

        Fixture f = fixtures.create(Spec.of(List.of("D1"), 1));
        long outsider = fixtures.outsideJudge();
        actingAs.user(outsider);
        assertNotFound(() -> scoring.mySheet(f.roundId(), f.subjectIds().get(0)));
        assertNotFound(() -> scoring.submit(
                scoring.mySheet(f.roundId(), f.subjectIds().get(0)).shown(), values(5, 5, 3, 50, 10), null));
        assertNotFound(
                () -> scoring.otherJudgesScores(f.roundId(), f.subjectIds().get(0)));
        // a subject that does not exist answers exactly the same
        assertNotFound(() -> scoring.mySheet(f.roundId(), Long.MAX_VALUE));

        actingAs.user(f.judgeIds().get(0));
        scoring.submit(scoring.mySheet(f.roundId(), f.subjectIds().get(0)).shown(), values(5, 5, 3, 50, 10), null);

        actingAs.user(f.applicantId());
        assertNotFound(() -> scoring.mySheet(f.roundId(), f.subjectIds().get(0)));
        assertNotFound(
                () -> scoring.otherJudgesScores(f.roundId(), f.subjectIds().get(0)));
        assertNotFound(() -> scoring.myHistory(f.roundId(), f.subjectIds().get(0)));
        long sheetId = fixtures.sheetId(
                f.roundId(), f.subjectIds().get(0), f.judgeIds().get(0));
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> results.results(f.roundId()))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> scoring.history(sheetId))
                        .kind());
    }

    @Test
    void otherJudgesScoresStayHiddenUntilTheDeclaredMoment() {
        Fixture f = fixtures.create(Spec.of(List.of("E1"), 2).visibility(ScoreVisibility.AFTER_OWN_SUBMISSION));
        long subject = f.subjectIds().get(0);
        actingAs.user(f.judgeIds().get(1));
        Map<String, SheetValue> commented = new java.util.LinkedHashMap<>(values(6, 6, 3, 60, 10));
        commented.put("green", new SheetValue(BigDecimal.valueOf(60), "Real savings, measured"));
        scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), commented, "Convincing pilot");

        actingAs.user(f.judgeIds().get(0));
        assertNotFound(() -> scoring.otherJudgesScores(f.roundId(), subject));
        scoring.saveDraft(scoring.mySheet(f.roundId(), subject).shown(), values(5, 5, 3, 50, 10), null);
        assertNotFound(() -> scoring.otherJudgesScores(f.roundId(), subject));
        scoring.submit(scoring.mySheet(f.roundId(), subject).shown(), values(5, 5, 3, 50, 10), null);
        List<OtherJudgeSheet> others = scoring.otherJudgesScores(f.roundId(), subject);
        assertEquals(1, others.size());
        assertEquals("Judge 01", others.get(0).judgeName());
        assertEquals(0, BigDecimal.valueOf(60).compareTo(others.get(0).values().get("green")));
        assertEquals("Convincing pilot", others.get(0).overallComment(), "comments follow the same rule as scores");
        assertEquals(Map.of("green", "Real savings, measured"), others.get(0).comments());

        Fixture never = fixtures.create(Spec.of(List.of("E2"), 2).visibility(ScoreVisibility.NEVER));
        actingAs.user(never.judgeIds().get(0));
        scoring.submit(
                scoring.mySheet(never.roundId(), never.subjectIds().get(0)).shown(), values(5, 5, 3, 50, 10), null);
        assertNotFound(() ->
                scoring.otherJudgesScores(never.roundId(), never.subjectIds().get(0)));

        Fixture afterClose = fixtures.create(Spec.of(List.of("E3"), 2).visibility(ScoreVisibility.AFTER_ROUND_CLOSES));
        actingAs.user(afterClose.judgeIds().get(0));
        scoring.submit(
                scoring.mySheet(afterClose.roundId(), afterClose.subjectIds().get(0))
                        .shown(),
                values(5, 5, 3, 50, 10),
                null);
        assertNotFound(() -> scoring.otherJudgesScores(
                afterClose.roundId(), afterClose.subjectIds().get(0)));
    }

    @Test
    void fiftyConcurrentSubmissionsOfANewSheetLeaveExactlyOne() throws Exception {
        Fixture f = fixtures.create(Spec.of(List.of("F1"), 1));
        race(f, false);
    }

    @Test
    void fiftyConcurrentSubmissionsOfADraftLeaveExactlyOne() throws Exception {
        Fixture f = fixtures.create(Spec.of(List.of("F2"), 1));
        actingAs.user(f.judgeIds().get(0));
        scoring.saveDraft(scoring.mySheet(f.roundId(), f.subjectIds().get(0)).shown(), values(5, 5, 3, 50, 10), null);
        race(f, true);
    }

    /** 50 threads, each its own transaction, released at the same instant. */
    private void race(Fixture f, boolean draftExists) throws Exception {
        long subject = f.subjectIds().get(0);
        long judge = f.judgeIds().get(0);
        int attempts = 50;
        // Container-managed threads: each submission runs in its own JTA transaction, as concurrent requests would.
        ManagedThreadFactory threads = (ManagedThreadFactory)
                new javax.naming.InitialContext().lookup("java:comp/DefaultManagedThreadFactory");
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(attempts);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < attempts; i++) {
            int green = 50 + i;
            threads.newThread(() -> {
                        try {
                            start.await();
                            judgeScoring.submit(judge, f.roundId(), subject, values(6, 6, 3, green, 10), null);
                            accepted.incrementAndGet();
                        } catch (DomainException e) {
                            if (e.kind() == DomainException.Kind.CONFLICT) {
                                conflicts.incrementAndGet();
                            } else {
                                unexpected.add(e);
                            }
                        } catch (Throwable e) {
                            unexpected.add(e);
                        } finally {
                            done.countDown();
                        }
                    })
                    .start();
        }
        start.countDown();
        assertTrue(done.await(120, TimeUnit.SECONDS), "the submissions did not finish");
        assertTrue(unexpected.isEmpty(), "unexpected failures: " + unexpected);
        assertEquals(1, accepted.get(), "exactly one submission wins (draft existed: " + draftExists + ")");
        assertEquals(attempts - 1, conflicts.get());
        assertEquals(1, fixtures.sheets(f.roundId(), subject, judge));
        assertEquals(1, fixtures.sheetEvents(f.roundId(), subject, judge, "SUBMIT"));
    }

    private static void assertNotFound(org.junit.jupiter.api.function.Executable call) {
        DomainException refusal = assertThrows(DomainException.class, call);
        assertEquals(DomainException.Kind.NOT_FOUND, refusal.kind());
    }
}
