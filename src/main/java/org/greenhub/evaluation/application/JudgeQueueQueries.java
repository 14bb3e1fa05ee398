package org.greenhub.evaluation.application;

import java.time.Instant;
import java.util.List;
import org.greenhub.evaluation.domain.ScoreSheet;

/** The read side of a judge's queue: one projection, whatever the number of rows. */
public interface JudgeQueueQueries {

    /** One published assignment in an open round, with the state of the judge's own sheet (null: none yet). */
    record Line(
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

    /** The judge's published assignments in open rounds, by closing time, round and reference. */
    List<Line> publishedInOpenRounds(long judgeId);

    /** Where the judge's sheet stands on one of their entries: the entry, its organisation and the sheet (null: none). */
    record Standing(long subjectId, long organisationId, ScoreSheet.Status status) {}

    /** The judge's published assignments in one round, when it is open: the queue's rows of that round, unnamed. */
    List<Standing> standingInOpenRound(long judgeId, long roundId);
}
