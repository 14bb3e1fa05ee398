package org.greenhub.evaluation.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.error.DomainException;

/** Rounds with what belongs to them: their entries, panels and advancement quotas. */
public interface RoundRepository {

    Optional<EvaluationRound> find(long id);

    /** The round, or "not found" (an unknown id answers as a round the caller may not see). */
    default EvaluationRound require(long id) {
        return find(id).orElseThrow(DomainException::notFound);
    }

    void add(EvaluationRound round);

    /**
     * Counts a change to what belongs to the round (its assignments) as a change of the round: its pending changes are
     * written and its version goes up now, under a row lock held to the end of the transaction, so the round's
     * {@code getVersion()} is already the one the commit leaves.
     */
    void changedWith(EvaluationRound round);

    void addEntry(RoundEntry entry);

    long entryCount(long roundId);

    /** The ids of the subjects entered in the round. */
    Set<Long> subjectIdsIn(long roundId);

    /** The subjects entered in the round (no order). */
    List<EvaluationSubject> subjectsIn(long roundId);

    /** The round's subjects with their organisations, by reference (the manager's list). */
    List<EvaluationSubject> subjectsByReference(long roundId);

    /** The subject if it is entered in the round. */
    Optional<EvaluationSubject> subjectIn(long roundId, long subjectId);

    Optional<Panel> findPanel(long panelId);

    default Panel requirePanel(long panelId) {
        return findPanel(panelId).orElseThrow(DomainException::notFound);
    }

    void addPanel(Panel panel);

    /** The round's panels, oldest first, judges fetched. */
    List<Panel> panels(long roundId);

    /** Whether the judge sits on a panel of some round the subject is entered in. */
    boolean onPanelOfSubject(long judgeId, long subjectId);

    Optional<RoundQuota> findQuota(long roundId, String scopeValue);

    void addQuota(RoundQuota quota);

    List<RoundQuota> quotas(long roundId);
}
