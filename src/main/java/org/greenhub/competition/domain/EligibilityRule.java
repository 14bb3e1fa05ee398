package org.greenhub.competition.domain;

/** The eligibility rules checked automatically for every entry, each with a reason the applicant can read. */
public enum EligibilityRule {
    /** START_UP group: founded on or after the edition's date; GROWTH: before it. */
    FOUNDING_DATE_FOR_GROUP,
    /** Previous year's revenue at most the edition's cap (no cap: always passes). */
    REVENUE_CAP,
    /** The applicant declares undisputed ownership of the core IP. */
    IP_OWNERSHIP,
    /** No first, second or third prize in an earlier edition of the same series. */
    NO_EARLIER_PRIZE_IN_SERIES,
    /** Fewer than the edition's maximum number of awards over all editions of the series. */
    MAX_AWARDS_PER_ORGANISATION,
    /** The organisation's sector is not on the restricted list. */
    SECTOR_NOT_RESTRICTED;

    public String messageKey() {
        return "competition.rule." + name();
    }
}
