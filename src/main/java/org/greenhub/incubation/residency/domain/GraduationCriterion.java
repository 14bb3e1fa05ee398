package org.greenhub.incubation.residency.domain;

/** The ways out of an incubator as a graduate; any one that the incubator enables is enough. */
public enum GraduationCriterion {
    HIGH_TECH_ENTERPRISE,
    INVESTMENT,
    REVENUE,
    ACQUIRED_OR_LISTED;

    public String messageKey() {
        return "residency.criterion." + name();
    }
}
