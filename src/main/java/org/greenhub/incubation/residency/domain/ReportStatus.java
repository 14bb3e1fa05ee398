package org.greenhub.incubation.residency.domain;

/** An expected report is a period still to be reported; a submitted one carries the figures. */
public enum ReportStatus {
    EXPECTED,
    SUBMITTED
}
