package org.greenhub.incubation.domain;

/** A service an incubator offers its start-ups ("precision incubation"). */
public enum IncubatorServiceKind {
    SHARED_LAB,
    TESTING_INSPECTION,
    PILOT_LINE,
    OUTSOURCING,
    FINANCING,
    MENTORING;

    public String messageKey() {
        return "incubation.service." + name();
    }
}
