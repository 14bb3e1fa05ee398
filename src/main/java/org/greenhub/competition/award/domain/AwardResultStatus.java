package org.greenhub.competition.award.domain;

/**
 * PROPOSED by one manager → APPROVED by a different manager → PUBLISHED (provisional, public, notice period running)
 * → FINAL (period over and every objection decided). A proposal may be discarded before it is published.
 */
public enum AwardResultStatus {
    PROPOSED,
    APPROVED,
    PUBLISHED,
    FINAL;

    public String messageKey() {
        return "award.resultStatus." + name();
    }
}
