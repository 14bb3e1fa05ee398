package org.greenhub.competition.domain;

/** The two groups of an edition: start-ups (founded on or after the edition's start-up date) and growth companies. */
public enum CompetitionGroup {
    START_UP,
    GROWTH;

    public String messageKey() {
        return "competition.group." + name();
    }
}
