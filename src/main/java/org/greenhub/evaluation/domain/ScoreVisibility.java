package org.greenhub.evaluation.domain;

/** When a judge may see the other judges' scores of an entry. */
public enum ScoreVisibility {
    NEVER, AFTER_OWN_SUBMISSION, AFTER_ROUND_CLOSES
}
