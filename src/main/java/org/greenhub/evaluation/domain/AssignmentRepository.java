package org.greenhub.evaluation.domain;

import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;

/** Who scores what in a round. */
public interface AssignmentRepository {

    void add(Assignment assignment);

    /** One assignment to store in bulk: the subject, the judge, and the panel it came through (null for none). */
    record NewAssignment(long subjectId, long judgeId, Long panelId) {}

    /**
     * Stores many assignments of one round at once, all from {@code source} at {@code createdAt}, without loading or
     * tracking them (automatic plans: thousands of rows). Answers how many were stored.
     */
    int addAll(long roundId, Assignment.Source source, java.time.Instant createdAt, List<NewAssignment> assignments);

    void remove(Assignment assignment);

    /** A judge known to exist, without loading them (to assign in bulk). */
    UserAccount judgeReference(long judgeId);

    /** Writes pending changes now (a duplicate surfaces in the use case, answered as "already assigned"). */
    void flush();

    Optional<Assignment> find(long roundId, long subjectId, long judgeId);

    /** Every assignment of the round, subjects and judges fetched, by reference then judge. */
    List<Assignment> ofRound(long roundId);

    /** Deletes the round's automatic assignments; returns how many. */
    int removeAutomatic(long roundId);

    /** (subject id, judge id) of the round's manual assignments. */
    List<long[]> manualPairs(long roundId);

    /** A judge's assignments in rounds whose assignments are published, subjects fetched, by round and reference. */
    List<Assignment> publishedOf(long judgeId);

    /** Every judge assigned in the round. */
    List<Long> judgeIds(long roundId);

    /** The organisation of the subject when the judge holds a published assignment for it in the round. */
    Optional<Long> publishedSubjectOrganisation(long roundId, long subjectId, long judgeId);
}
