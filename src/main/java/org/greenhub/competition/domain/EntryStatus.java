package org.greenhub.competition.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an entry stands. The timeline (table {@code competition_entry_status_change}) records every change.
 *
 * <pre>
 * DRAFT ──submit (window open)──▶ SUBMITTED ──manager: ask──▶ INFO_REQUESTED ──applicant answers──▶ SUBMITTED
 * SUBMITTED ──manager review──▶ ELIGIBLE | INELIGIBLE  (INELIGIBLE ──manager override──▶ ELIGIBLE and back)
 * ELIGIBLE ──moved into round 1──▶ IN_ROUND ──not advanced──▶ ELIMINATED
 * IN_ROUND ──advanced to the last round──▶ FINALIST ──awards final──▶ AWARDED | NOT_AWARDED
 * DRAFT, SUBMITTED, INFO_REQUESTED, ELIGIBLE, IN_ROUND, FINALIST ──applicant withdraws──▶ WITHDRAWN
 * </pre>
 * (Add values, never rename: other features store these names.)
 */
public enum EntryStatus {
    DRAFT,
    SUBMITTED,
    INFO_REQUESTED,
    ELIGIBLE,
    INELIGIBLE,
    IN_ROUND,
    ELIMINATED,
    FINALIST,
    AWARDED,
    NOT_AWARDED,
    WITHDRAWN;

    private static final Set<EntryStatus> WITHDRAWABLE =
            EnumSet.of(DRAFT, SUBMITTED, INFO_REQUESTED, ELIGIBLE, IN_ROUND, FINALIST);

    public boolean mayWithdraw() {
        return WITHDRAWABLE.contains(this);
    }

    /** The applicant may still change the entry's content. */
    public boolean isEditableByApplicant() {
        return this == DRAFT || this == INFO_REQUESTED;
    }

    /** Submitted and not withdrawn: counts as an entry of the edition. */
    public boolean isSubmitted() {
        return this != DRAFT && this != WITHDRAWN;
    }

    public String messageKey() {
        return "competition.entryStatus." + name();
    }
}
