package org.greenhub.evaluation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.conflict.ConflictType;

/**
 * The read side of a judge's assignments as the API lists them: one page at a time from the database (a projection
 * and a count), filtered by round and by the state of the judge's own sheet, and their own conflict declarations.
 */
public interface JudgeAssignmentQueries {

    /** The state of the judge's own sheet a list may be filtered by. */
    enum SheetFilter {
        NOT_STARTED,
        DRAFT,
        SUBMITTED
    }

    /** One published assignment in an open round, with the state of the judge's own sheet (null: none yet). */
    record Line(
            long assignmentId,
            long roundId,
            String roundName,
            boolean blind,
            Instant closesAt,
            long subjectId,
            String reference,
            String title,
            String track,
            String groupName,
            long organisationId,
            ScoreSheet.Status status,
            String programmeKey) {}

    /** One of the judge's declarations: on an entry (its reference) or on an organisation (its legal name). */
    record Declaration(long id, String on, ConflictType type, String reason, Instant declaredAt) {}

    /** How many published assignments in open rounds the judge holds, as {@link #page} filters them. */
    long count(long judgeId, Long roundId, SheetFilter state);

    /** One page of them, by closing time, round and reference (the queue's order). */
    List<Line> page(long judgeId, Long roundId, SheetFilter state, int offset, int size);

    /** The round and subject of one of the judge's own published assignments ({@code [roundId, subjectId]}). */
    Optional<long[]> published(long assignmentId, long judgeId);

    long countDeclarations(long judgeId);

    /** One page of the judge's declarations, newest first. */
    List<Declaration> declarations(long judgeId, int offset, int size);
}
