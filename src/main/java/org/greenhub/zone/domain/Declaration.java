package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * One version of an enterprise's annual energy and environment declaration to its zone. The enterprise files it
 * (submitted), the zone accepts it or returns it with a reason; a returned version is corrected and filed again. A
 * correction after acceptance is a new version (number + 1): the accepted one is kept as it was.
 */
@Entity
@Table(name = "zone_declaration")
public class Declaration extends VersionedEntity {

    public static final int MAX_REASON_LENGTH = 2000;

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(nullable = false)
    private int year;

    /** The version of this enterprise-year's declaration, from 1. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeclarationStatus status;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "filed_by")
    private Long filedBy;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    /** The figures as declared, each in its own unit, onto the columns {@link DeclarationFigures} names. */
    @Embedded
    private DeclarationFigures figures;

    protected Declaration() {}

    private Declaration(long zoneId, long organisationId, int year, int number, Instant now) {
        this.zoneId = zoneId;
        this.organisationId = organisationId;
        this.year = year;
        this.number = number;
        this.status = DeclarationStatus.DRAFT;
        setCreatedAt(now);
    }

    /** The first version of an enterprise-year, filed now. The year is a past or the current one. */
    public static Declaration file(
            long zoneId,
            long organisationId,
            int year,
            int currentYear,
            DeclarationFigures figures,
            long filedBy,
            Instant now) {
        if (year < 2000 || year > currentYear) {
            // a year as text: a number argument would be written with a thousands separator
            throw DomainException.invalid("year", "zone.declaration.year", String.valueOf(currentYear));
        }
        Declaration declaration = new Declaration(zoneId, organisationId, year, 1, now);
        declaration.refile(figures, filedBy, now);
        return declaration;
    }

    /**
     * The first version of an enterprise-year, saved as a draft: the enterprise's own, not filed, so the zone does
     * not see it; nothing is required yet.
     */
    public static Declaration draft(
            long zoneId, long organisationId, int year, int currentYear, DeclarationFigures figures, Instant now) {
        if (year < 2000 || year > currentYear) {
            throw DomainException.invalid("year", "zone.declaration.year", String.valueOf(currentYear));
        }
        Declaration declaration = new Declaration(zoneId, organisationId, year, 1, now);
        declaration.take(figures.checkDraft());
        return declaration;
    }

    /**
     * Saves the figures as typed over a draft, or over a returned version the enterprise is correcting (which becomes
     * its draft again, the zone's reason kept until it is filed).
     */
    public void saveDraft(DeclarationFigures figures) {
        if (status != DeclarationStatus.DRAFT && status != DeclarationStatus.RETURNED) {
            throw DomainException.conflict(null, "zone.declaration.notOpen");
        }
        take(figures.checkDraft());
        this.status = DeclarationStatus.DRAFT;
    }

    /** A correction of this accepted version started as a draft: the next version; this one stays as accepted. */
    public Declaration correctionDraft(DeclarationFigures figures, Instant now) {
        if (status != DeclarationStatus.ACCEPTED) {
            throw DomainException.conflict(null, "zone.declaration.notOpen");
        }
        Declaration next = new Declaration(zoneId, organisationId, year, number + 1, now);
        next.take(figures.checkDraft());
        return next;
    }

    /** Files the figures again: a first filing, a filed draft, or a correction of a returned version. */
    public void refile(DeclarationFigures figures, long filedBy, Instant now) {
        if (status != DeclarationStatus.DRAFT && status != DeclarationStatus.RETURNED) {
            throw DomainException.conflict(null, "zone.declaration.notOpen");
        }
        take(figures.check());
        this.status = DeclarationStatus.SUBMITTED;
        this.filedBy = filedBy;
        this.filedAt = now;
    }

    /** A correction of this accepted version: the next version, filed now; this one stays as accepted. */
    public Declaration correction(DeclarationFigures figures, long filedBy, Instant now) {
        if (status != DeclarationStatus.ACCEPTED) {
            throw DomainException.conflict(null, "zone.declaration.notOpen");
        }
        Declaration next = new Declaration(zoneId, organisationId, year, number + 1, now);
        next.refile(figures, filedBy, now);
        return next;
    }

    public void accept(long reviewer, Instant now) {
        requireInReview();
        this.status = DeclarationStatus.ACCEPTED;
        this.returnReason = null;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    /** Sends the version back for correction; the reason is what the enterprise reads. */
    public void returnForCorrection(String reason, long reviewer, Instant now) {
        requireInReview();
        String checked = TextRules.optionalProse("reason", reason, MAX_REASON_LENGTH);
        if (checked == null) {
            throw DomainException.invalid("reason", "zone.declaration.reasonRequired");
        }
        this.status = DeclarationStatus.RETURNED;
        this.returnReason = checked;
        this.reviewedBy = reviewer;
        this.reviewedAt = now;
    }

    private void requireInReview() {
        if (status != DeclarationStatus.SUBMITTED) {
            throw DomainException.conflict(null, "zone.declaration.notInReview");
        }
    }

    private void take(DeclarationFigures f) {
        figures = f;
    }

    public DeclarationFigures figures() {
        return figures;
    }

    /** The audited state: which enterprise-year and version, and the reason it was returned. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", organisationId);
        state.put("year", year);
        state.put("declarationVersion", number);
        // the status is what the audited action says (filed, accepted, returned)
        state.put("reason", returnReason);
        return state;
    }

    public long getZoneId() {
        return zoneId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Long getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
