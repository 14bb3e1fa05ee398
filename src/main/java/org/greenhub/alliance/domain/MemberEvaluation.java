package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A member's activity score for one year: four part scores (0-100) weighted by the alliance's weights, an
 * adjustment with its reason, the final score and its band. Members see it once published.
 */
@Entity
@Table(name = "alliance_member_evaluation")
public class MemberEvaluation extends BaseEntity {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_ADJUSTMENT = BigDecimal.valueOf(20);

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(name = "alliance_id", nullable = false)
    private Long allianceId;

    @Column(nullable = false)
    private int year;

    @Column(name = "attendance_score", nullable = false)
    private BigDecimal attendanceScore;

    @Column(name = "reports_score", nullable = false)
    private BigDecimal reportsScore;

    @Column(name = "projects_score", nullable = false)
    private BigDecimal projectsScore;

    @Column(name = "dues_score", nullable = false)
    private BigDecimal duesScore;

    @Column(name = "computed_score", nullable = false)
    private BigDecimal computedScore;

    @Column(nullable = false)
    private BigDecimal adjustment = BigDecimal.ZERO;

    @Column(name = "adjustment_reason")
    private String adjustmentReason;

    @Column(name = "final_score", nullable = false)
    private BigDecimal finalScore;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActivityBand band;

    @Column(nullable = false)
    private boolean published;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Version
    private long version;

    protected MemberEvaluation() {}

    public MemberEvaluation(Membership membership, int year, Instant now) {
        this.membership = membership;
        this.allianceId = membership.getAlliance().getId();
        this.year = year;
        this.evaluatedAt = now;
    }

    /** Sets the part scores and recomputes; an adjustment already made is kept. */
    public void score(Parts parts, EvaluationWeights weights, Instant now) {
        parts.validate();
        weights.validate();
        this.attendanceScore = parts.attendance();
        this.reportsScore = parts.reports();
        this.projectsScore = parts.projects();
        this.duesScore = parts.dues();
        this.computedScore = parts.attendance()
                .multiply(BigDecimal.valueOf(weights.attendance()))
                .add(parts.reports().multiply(BigDecimal.valueOf(weights.reports())))
                .add(parts.projects().multiply(BigDecimal.valueOf(weights.projects())))
                .add(parts.dues().multiply(BigDecimal.valueOf(weights.dues())))
                .divide(HUNDRED, 2, RoundingMode.HALF_UP);
        this.evaluatedAt = now;
        settle();
    }

    public void adjust(BigDecimal by, String reason) {
        if (by == null) {
            throw DomainException.invalid("adjustment", "platform.validation.required");
        }
        if (by.abs().compareTo(MAX_ADJUSTMENT) > 0) {
            throw DomainException.invalid(
                    "adjustment", "alliance.evaluation.adjustmentRange", MAX_ADJUSTMENT.negate(), MAX_ADJUSTMENT);
        }
        String why = TextRules.optionalName("adjustmentReason", reason, 2000);
        if (by.signum() != 0 && why == null) {
            throw DomainException.invalid("adjustmentReason", "alliance.evaluation.reasonRequired");
        }
        this.adjustment = by.setScale(2, RoundingMode.HALF_UP);
        this.adjustmentReason = by.signum() == 0 ? null : why;
        settle();
    }

    private void settle() {
        BigDecimal total = computedScore.add(adjustment);
        finalScore = total.max(BigDecimal.ZERO).min(HUNDRED);
        band = ActivityBand.of(finalScore);
    }

    public void publish() {
        published = true;
    }

    public Membership getMembership() {
        return membership;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAttendanceScore() {
        return attendanceScore;
    }

    public BigDecimal getReportsScore() {
        return reportsScore;
    }

    public BigDecimal getProjectsScore() {
        return projectsScore;
    }

    public BigDecimal getDuesScore() {
        return duesScore;
    }

    public BigDecimal getComputedScore() {
        return computedScore;
    }

    public BigDecimal getAdjustment() {
        return adjustment;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public BigDecimal getFinalScore() {
        return finalScore;
    }

    public ActivityBand getBand() {
        return band;
    }

    public boolean isPublished() {
        return published;
    }

    /** The four part scores, each 0-100. */
    public record Parts(BigDecimal attendance, BigDecimal reports, BigDecimal projects, BigDecimal dues)
            implements java.io.Serializable {
        void validate() {
            check("attendanceScore", attendance);
            check("reportsScore", reports);
            check("projectsScore", projects);
            check("duesScore", dues);
        }

        private static void check(String field, BigDecimal value) {
            if (value == null) {
                throw DomainException.invalid(field, "platform.validation.required");
            }
            if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
                throw DomainException.invalid(field, "alliance.evaluation.partRange", 0, 100);
            }
        }
    }
}
