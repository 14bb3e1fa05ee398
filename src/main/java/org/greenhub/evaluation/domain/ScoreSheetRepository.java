package org.greenhub.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.error.DomainException;

/** Judges' score sheets and their change history. */
public interface ScoreSheetRepository {

    Optional<ScoreSheet> find(long id);

    default ScoreSheet require(long id) {
        return find(id).orElseThrow(DomainException::notFound);
    }

    /** One judge's sheet for one subject in one round. */
    Optional<ScoreSheet> find(long roundId, long subjectId, long judgeId);

    void add(ScoreSheet sheet);

    void addChange(ScoreChange change);

    /**
     * Writes pending changes now rather than at commit, so that losing a race (another transaction created or changed
     * the same rows first) surfaces in the use case, which answers it as a conflict.
     */
    void flush();

    /** The other judges' submitted sheets for a subject, judges fetched, in order of submission. */
    List<ScoreSheet> submittedByOthers(long roundId, long subjectId, long judgeId);

    /** A sheet's history, oldest first, authors fetched. */
    List<ScoreChange> history(ScoreSheet sheet);

    /** Every submitted sheet of a subject with its round, by round. */
    List<ScoreSheet> submittedFor(long subjectId);

    /** "subject id:judge id" of every sheet of the round (the import refuses to overwrite them). */
    Set<String> subjectJudgePairs(EvaluationRound round);
}
