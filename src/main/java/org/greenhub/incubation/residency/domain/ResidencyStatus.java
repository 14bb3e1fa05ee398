package org.greenhub.incubation.residency.domain;

/** A residency runs until the start-up graduates or leaves without graduating. */
public enum ResidencyStatus {
    ACTIVE,
    GRADUATED,
    EXITED;

    public String messageKey() {
        return "residency.status." + name();
    }
}
