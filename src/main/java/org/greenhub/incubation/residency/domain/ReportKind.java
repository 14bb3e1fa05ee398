package org.greenhub.incubation.residency.domain;

/** A report during the residency, or one of the yearly reports a graduate files for five years. */
public enum ReportKind {
    PERIODIC,
    ALUMNI;

    public String messageKey() {
        return "residency.reportKind." + name();
    }
}
