package org.greenhub.incubation.residency.domain;

/** What the incubator gives the resident to work in. */
public enum SpaceKind {
    OFFICE,
    WORKSTATIONS,
    LABORATORY,
    VIRTUAL;

    public String messageKey() {
        return "residency.space." + name();
    }
}
