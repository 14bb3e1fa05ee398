package org.greenhub.incubation.residency.domain;

/** Why a resident left without graduating. */
public enum ExitReason {
    BUSINESS_CLOSED,
    MOVED_AWAY,
    MAXIMUM_PERIOD_REACHED,
    AGREEMENT_BREACHED,
    MERGED,
    OTHER;

    public String messageKey() {
        return "residency.exitReason." + name();
    }
}
