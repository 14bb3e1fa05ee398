package org.greenhub.incubation.domain;

/** What sort of incubator it is (the statistics incubators report yearly start with it). */
public enum IncubatorKind {
    GREEN_PROFESSIONAL_INCUBATOR,
    MAKER_SPACE,
    UNIVERSITY_SCIENCE_PARK,
    ACCELERATOR;

    public String messageKey() {
        return "incubation.kind." + name();
    }
}
