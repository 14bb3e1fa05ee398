package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeQueueQuery.QueueRow;
import org.greenhub.evaluation.application.JudgeQueueQuery.SheetState;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.testsupport.ThreadStatements;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.JudgingFixtures;
import org.greenhub.testsupport.server.ScoringFixtures;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;
import org.junit.jupiter.api.Test;

/** The judge's queue inside the real server: what it lists, and that it costs the same few statements for any size. */
class JudgeQueueIT extends InServerTest {

    /** One projection, three conflict look-ups, one for waivers. */
    private static final int MAX_STATEMENTS = 5;

    @Inject
    JudgeQueueQuery queue;

    @Inject
    JudgeScoring scoring;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    JudgingFixtures judging;

    @Inject
    ActingAs actingAs;

    private static List<String> references(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> String.format("%s-%03d", prefix, i))
                .toList();
    }

    @Test
    void aQueueOf200EntriesTakesTheSameSmallNumberOfStatementsAsOneOf20() {
        Fixture small = fixtures.create(Spec.of(references("S", 20), 1));
        Fixture large = fixtures.create(Spec.of(references("L", 200), 1));
        long smallJudge = small.judgeIds().get(0);
        long largeJudge = large.judgeIds().get(0);
        // Some sheets and a conflict, so the measured read has every kind of row to deal with.
        actingAs.user(largeJudge);
        scoring.saveDraft(
                scoring.mySheet(large.roundId(), large.subjectIds().get(0)).shown(),
                Map.of("tech", new SheetValue(BigDecimal.ONE, "weak")),
                null);
        judging.declareConflict(largeJudge, large.subjectIds().get(1));
        judging.declareConflict(smallJudge, small.subjectIds().get(1));

        // conflicted entries are listed too (marked, not openable)
        long forSmall = statementsFor(smallJudge, 20);
        long forLarge = statementsFor(largeJudge, 200);
        System.out.printf("JudgeQueueQuery statements: %d for 20 assigned entries, %d for 200%n", forSmall, forLarge);
        assertTrue(forLarge <= MAX_STATEMENTS, "statements for 200 entries: " + forLarge);
        assertEquals(forSmall, forLarge, "the number of statements must not grow with the number of rows");

        // The score form's reads (the entry, the own sheet, the others', the queue for its progress): one access
        // check, and as few statements beside a queue of 200 as beside one of 20.
        long formSmall = formStatementsFor(
                smallJudge, small.roundId(), small.subjectIds().get(2));
        long formLarge = formStatementsFor(
                largeJudge, large.roundId(), large.subjectIds().get(2));
        System.out.printf(
                "Score form statements: %d beside 20 assigned entries, %d beside 200%n", formSmall, formLarge);
        assertEquals(formSmall, formLarge, "the score form's statements must not grow with the queue");
        assertTrue(formLarge <= 25, "statements for the score form: " + formLarge);
        // The form's progress line counts the round's entries alone, in as few statements for 200 as for 20: the
        // judge's assignments in the round, three conflict look-ups, the waivers.
        ThreadStatements.reset();
        JudgeQueueQuery.Progress progress = queue.progress(largeJudge, large.roundId());
        assertEquals(5, ThreadStatements.prepared(), "statements for the form's progress line");
        assertEquals(new JudgeQueueQuery.Progress(0, 199), progress, "200 assigned, one conflicted, none submitted");
    }

    private long formStatementsFor(long judgeId, long roundId, long subjectId) {
        actingAs.user(judgeId);
        // once before measuring: a round's first form also puts its rubric in the second-level cache
        scoring.open(roundId, subjectId, org.greenhub.platform.i18n.Language.ENGLISH);
        ThreadStatements.reset();
        JudgeScoring.Workspace workspace =
                scoring.open(roundId, subjectId, org.greenhub.platform.i18n.Language.ENGLISH);
        long statements = ThreadStatements.prepared();
        assertEquals(subjectId, workspace.entry().subjectId());
        assertEquals(
                scoring.mySheet(roundId, subjectId).shown(), workspace.sheet().shown(), "the same sheet");
        return statements;
    }

    /** Statements prepared on this thread alone, so the mail outbox's polling never counts. */
    private long statementsFor(long judgeId, int expectedRows) {
        ThreadStatements.reset();
        List<QueueRow> rows = queue.queue(judgeId);
        long statements = ThreadStatements.prepared();
        assertEquals(expectedRows, rows.size());
        return statements;
    }

    @Test
    void theQueueShowsSheetStatesHidesTitlesInBlindRoundsMarksConflictedEntriesAndNeverListsUnpublishedOnes() {
        Fixture f = fixtures.create(Spec.of(List.of("Q-1", "Q-2", "Q-3", "Q-4"), 1));
        Fixture blind = fixtures.create(Spec.of(List.of("B-1"), 1));
        Fixture unpublished = fixtures.create(Spec.of(List.of("U-1"), 1).unpublished());
        long judge = f.judgeIds().get(0);
        judging.blind(blind.roundId());
        judging.assign(blind.roundId(), blind.subjectIds().get(0), judge);
        judging.assign(unpublished.roundId(), unpublished.subjectIds().get(0), judge);
        judging.declareConflict(judge, f.subjectIds().get(3));

        actingAs.user(judge);
        scoring.saveDraft(
                scoring.mySheet(f.roundId(), f.subjectIds().get(1)).shown(),
                Map.of("tech", new SheetValue(BigDecimal.valueOf(5), null)),
                null);
        Map<String, SheetValue> complete = Map.of(
                "tech",
                new SheetValue(BigDecimal.valueOf(8), null),
                "market",
                new SheetValue(BigDecimal.valueOf(6), null),
                "team",
                new SheetValue(BigDecimal.valueOf(4), null),
                "green",
                new SheetValue(BigDecimal.valueOf(70), null),
                "finance",
                new SheetValue(BigDecimal.valueOf(12), null));
        scoring.submit(scoring.mySheet(f.roundId(), f.subjectIds().get(2)).shown(), complete, null);

        List<QueueRow> rows = queue.queue(judge);
        List<String> listed = rows.stream().map(QueueRow::reference).toList();
        assertEquals(5, rows.size(), listed.toString());
        QueueRow conflicted = row(rows, f.roundId(), "Q-4");
        assertEquals(
                SheetState.CONFLICT, conflicted.state(), "a conflicted entry is listed as such, by reference only");
        assertNull(conflicted.title());
        assertFalse(conflicted.toDo());
        assertFalse(listed.contains("U-1"), "unpublished assignment listed");
        QueueRow q1 = row(rows, f.roundId(), "Q-1");
        assertEquals(SheetState.NOT_STARTED, q1.state());
        assertEquals("Entry Q-1", q1.title());
        assertFalse(q1.closed());
        assertEquals(SheetState.DRAFT, row(rows, f.roundId(), "Q-2").state());
        assertEquals(SheetState.SUBMITTED, row(rows, f.roundId(), "Q-3").state());
        QueueRow b1 = row(rows, blind.roundId(), "B-1");
        assertTrue(b1.blind());
        assertNull(b1.title(), "a blind round's title must not reach the page");

        // The score form's "submitted of scorable" for each round: the queue's own figures for that round.
        assertEquals(
                new JudgeQueueQuery.Progress(1, 3),
                queue.progress(judge, f.roundId()),
                "Q-1 to Q-3 can be scored, Q-3 is submitted; the conflicted Q-4 does not count");
        assertEquals(
                new JudgeQueueQuery.Progress(1, 3),
                scoring.open(f.roundId(), f.subjectIds().get(0), org.greenhub.platform.i18n.Language.ENGLISH)
                        .progress(),
                "the form shows the same figures");
        assertEquals(new JudgeQueueQuery.Progress(0, 1), queue.progress(judge, blind.roundId()));
        assertEquals(
                new JudgeQueueQuery.Progress(0, 0),
                queue.progress(judge, unpublished.roundId()),
                "an unpublished assignment counts nowhere, as it is listed nowhere");
        assertEquals(33, queue.progress(judge, f.roundId()).percent());
    }

    private static QueueRow row(List<QueueRow> rows, long roundId, String reference) {
        return rows.stream()
                .filter(r -> r.roundId() == roundId && r.reference().equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + rows));
    }
}
