package org.greenhub.incubation.domain;

/** Where an application to an intake call stands, as the start-up sees it. */
public enum ApplicationStatus {
    /** Sent and eligible; being screened. */
    SUBMITTED,
    /** Admitted: an offer waits for the start-up's answer until its deadline. */
    OFFERED,
    /** Waiting for a place that an admitted start-up leaves free. */
    WAIT_LISTED,
    REJECTED,
    /** The start-up accepted its offer. */
    ACCEPTED,
    /** The start-up declined its offer. */
    DECLINED,
    /** The offer's deadline passed without an answer; the place went to the wait-list. */
    OFFER_EXPIRED,
    WITHDRAWN;

    public String messageKey() {
        return "incubation.status." + name();
    }

    /** Still holding or waiting for a place. */
    public boolean holdsPlace() {
        return this == OFFERED || this == ACCEPTED;
    }

    /** A manager may still decide on it (first decision, or moving a wait-listed one). */
    public boolean decidable() {
        return this == SUBMITTED || this == WAIT_LISTED;
    }
}
