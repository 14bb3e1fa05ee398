package org.greenhub.incubation.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * One period a resident (or graduate) reports on. The row exists as EXPECTED from the moment the period is owed;
 * filing it stores the figures once (a second filing for the same period is refused); the manager may comment.
 */
@Entity
@Table(name = "residency_report")
public class PeriodicReport extends BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TEXT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "residency_id")
    private Residency residency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportKind kind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Embedded
    private ReportMetrics metrics = new ReportMetrics();

    private String note;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "manager_comment")
    private String managerComment;

    @Column(name = "commented_at")
    private Instant commentedAt;

    @Column(name = "commented_by")
    private Long commentedBy;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Version
    private long version;

    protected PeriodicReport() {}

    public PeriodicReport(Residency residency, ReportPeriod period) {
        this.residency = residency;
        this.kind = period.kind();
        this.periodStart = period.start();
        this.periodEnd = period.end();
        this.dueDate = period.due();
        this.status = ReportStatus.EXPECTED;
    }

    /** Stores the figures ({@code userId} null: entered from a paper report); refused before the period has begun, when already filed, or with bad figures. */
    public void file(ReportMetrics figures, String remarks, Long userId, Instant now, LocalDate today) {
        if (status == ReportStatus.SUBMITTED) {
            throw DomainException.conflict(null, "residency.report.alreadyFiled");
        }
        if (today.isBefore(periodStart)) {
            throw DomainException.invalid(null, "residency.report.periodNotStarted", periodStart);
        }
        if (figures == null) {
            throw DomainException.invalid("revenue", "residency.metrics.required");
        }
        figures.validate();
        this.note = text(remarks, "note");
        this.metrics = figures.copy();
        this.status = ReportStatus.SUBMITTED;
        this.submittedAt = now;
        this.submittedBy = userId;
    }

    public void comment(String text, long userId, Instant now) {
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict(null, "residency.report.notFiled");
        }
        String comment = text(text, "comment");
        if (comment == null) {
            throw DomainException.invalid("comment", "residency.report.commentRequired");
        }
        managerComment = comment;
        commentedAt = now;
        commentedBy = userId;
    }

    private static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw DomainException.invalid(field, "residency.textTooLong", MAX_TEXT);
        }
        return TextRules.optionalProse(field, stripped, MAX_TEXT);
    }

    /** An expected report's period moves with the residency's end (a shorter or longer stay, graduation, exit). */
    public void endPeriodOn(LocalDate end) {
        if (status == ReportStatus.EXPECTED && !end.isBefore(periodStart) && end.isBefore(dueDate.plusDays(1))) {
            periodEnd = end;
        }
    }

    public void reschedule(ReportPeriod period) {
        if (status == ReportStatus.EXPECTED && period.start().equals(periodStart)) {
            periodEnd = period.end();
            dueDate = period.due();
        }
    }

    public boolean isSubmitted() {
        return status == ReportStatus.SUBMITTED;
    }

    public boolean overdue(LocalDate today) {
        return status == ReportStatus.EXPECTED && today.isAfter(dueDate);
    }

    public void reminded(Instant now) {
        remindedAt = now;
    }

    public void overdueNotified(Instant now) {
        overdueNotifiedAt = now;
    }

    public Residency getResidency() {
        return residency;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public ReportMetrics getMetrics() {
        return metrics == null ? new ReportMetrics() : metrics;
    }

    public String getNote() {
        return note;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public String getManagerComment() {
        return managerComment;
    }

    public Instant getCommentedAt() {
        return commentedAt;
    }

    public Long getCommentedBy() {
        return commentedBy;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public long getVersion() {
        return version;
    }
}
