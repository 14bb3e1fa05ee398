package org.greenhub.competition.award.domain;

/** What an upheld objection did to an award. */
public enum AwardChangeKind {
    REVISED,
    REVOKED;

    public String messageKey() {
        return "award.changeKind." + name();
    }
}
