package org.greenhub.competition.domain;

/** The award levels. FIRST to THIRD are "prizes" for the series rule that bars earlier prize winners. */
public enum AwardTierCode {
    FIRST,
    SECOND,
    THIRD,
    EXCELLENCE;

    public boolean isPrize() {
        return this != EXCELLENCE;
    }

    public String messageKey() {
        return "competition.tier." + name();
    }
}
