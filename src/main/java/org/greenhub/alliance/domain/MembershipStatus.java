package org.greenhub.alliance.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a membership stands. An application goes SUBMITTED -> (INFO_REQUESTED ->) COUNCIL_REVIEW -> APPROVED
 * (agreement and first dues outstanding) -> ACTIVE; then GRACE after expiry, LAPSED after the grace period.
 */
public enum MembershipStatus {
    SUBMITTED,
    INFO_REQUESTED,
    COUNCIL_REVIEW,
    APPROVED,
    ACTIVE,
    GRACE,
    LAPSED,
    SUSPENDED,
    EXIT_NOTIFIED,
    REJECTED,
    WITHDRAWN,
    LEFT,
    EXPELLED,
    DEEMED_LEFT;

    /** Applications still being decided. */
    public static final Set<MembershipStatus> APPLICATION_STAGES =
            EnumSet.of(SUBMITTED, INFO_REQUESTED, COUNCIL_REVIEW, APPROVED);

    /** Members the public directory lists. */
    public static final Set<MembershipStatus> LISTED = EnumSet.of(ACTIVE, GRACE, EXIT_NOTIFIED);

    /** Memberships that count as belonging to the alliance (events, needs board, evaluation). */
    public static final Set<MembershipStatus> MEMBERS = EnumSet.of(ACTIVE, GRACE, LAPSED, SUSPENDED, EXIT_NOTIFIED);

    /** Ended for good: the organisation may apply again. Kept in step with alliance_membership_open_uk. */
    public static final Set<MembershipStatus> CLOSED = EnumSet.of(REJECTED, WITHDRAWN, LEFT, EXPELLED, DEEMED_LEFT);

    public boolean closed() {
        return CLOSED.contains(this);
    }

    public String messageKey() {
        return "alliance.status." + name();
    }
}
