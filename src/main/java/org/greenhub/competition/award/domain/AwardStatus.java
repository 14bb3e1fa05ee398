package org.greenhub.competition.award.domain;

/** An award as it stands: as proposed, changed to another tier after an upheld objection, or taken away. */
public enum AwardStatus {
    ACTIVE,
    REVISED,
    REVOKED;

    public boolean stands() {
        return this != REVOKED;
    }

    public String messageKey() {
        return "award.status." + name();
    }
}
