package org.greenhub.evaluation.domain;

/** How entries advance from a round, declared before it opens. */
public enum AdvancementRule {
    /** Nobody advances automatically (e.g. a final round that only ranks). */
    NONE,
    /** The best N in each scope. */
    TOP_N,
    /** Every entry scoring at least the threshold. */
    THRESHOLD,
    /** The best N in each scope, where N is set per scope (group or track). */
    TOP_N_WITH_QUOTAS
}
