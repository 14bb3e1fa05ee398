package org.greenhub.evaluation.domain;

public enum RoundStatus {
    /** Being prepared: rules can change freely. */
    DRAFT,
    /** Judges score; rule changes need a recorded reason. */
    OPEN,
    /** Scoring is over; results and advancement. */
    CLOSED
}
