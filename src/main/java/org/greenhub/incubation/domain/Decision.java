package org.greenhub.incubation.domain;

/** What the incubator's managers decide on an application after screening. */
public enum Decision {
    ADMIT,
    WAIT_LIST,
    REJECT;

    public String messageKey() {
        return "incubation.decision." + name();
    }
}
