package org.greenhub.evaluation.domain;

import java.util.List;

/** The decisions that confirm a round's advancement. */
public interface AdvancementDecisionRepository {

    long countFor(long roundId);

    /** Stores the decisions and writes them now (a second confirmation surfaces as a lost race). */
    void addAllNow(List<AdvancementDecision> decisions);

    /** The round's decisions, subjects fetched, by scope, rank and reference. */
    List<AdvancementDecision> ofRound(long roundId);
}
