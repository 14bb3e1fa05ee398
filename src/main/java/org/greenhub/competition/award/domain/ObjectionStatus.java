package org.greenhub.competition.award.domain;

/** FILED → UNDER_INVESTIGATION (the manager recorded findings) → DISMISSED or UPHELD. */
public enum ObjectionStatus {
    FILED,
    UNDER_INVESTIGATION,
    DISMISSED,
    UPHELD;

    public boolean isOpen() {
        return this == FILED || this == UNDER_INVESTIGATION;
    }

    public String messageKey() {
        return "award.objectionStatus." + name();
    }
}
