package org.greenhub.alliance.domain;

/** Kinds of alliance activity. */
public enum EventKind {
    CAPITAL_MATCHING,
    TECHNOLOGY_TRANSFER,
    FORUM,
    TRAINING,
    OTHER;

    public String messageKey() {
        return "alliance.eventKind." + name();
    }
}
