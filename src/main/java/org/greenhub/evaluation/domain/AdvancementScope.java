package org.greenhub.evaluation.domain;

/** What the ranking and the advancement rule are applied to. */
public enum AdvancementScope {
    WHOLE_ROUND,
    PER_GROUP,
    PER_TRACK,
    PER_GROUP_AND_TRACK
}
