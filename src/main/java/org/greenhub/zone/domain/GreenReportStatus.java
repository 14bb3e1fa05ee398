package org.greenhub.zone.domain;

/**
 * Where a version of a zone's annual green development report stands: written (draft, or returned with a reason), sent
 * for review with its figures frozen, approved by a second administrator, published (fixed from then on).
 */
public enum GreenReportStatus {
    DRAFT,
    IN_REVIEW,
    RETURNED,
    APPROVED,
    PUBLISHED;

    public String messageKey() {
        return "zone.report.status." + name();
    }

    /** Whether its narrative may still be written. */
    public boolean open() {
        return this == DRAFT || this == RETURNED;
    }
}
