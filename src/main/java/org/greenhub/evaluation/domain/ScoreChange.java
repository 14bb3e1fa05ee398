package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;

/**
 * One change to a score sheet, kept forever: who, when, the old and the new value. A change without a criterion
 * concerns the sheet as a whole (its submission, its reopening).
 */
@Entity
@Table(name = "score_change")
public class ScoreChange extends BaseEntity {

    public enum Kind {
        DRAFT_SAVE,
        SUBMIT,
        REOPEN,
        IMPORT
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sheet_id")
    private ScoreSheet sheet;

    @Column(name = "criterion_code")
    private String criterionCode;

    @Column(name = "old_value")
    private BigDecimal oldValue;

    @Column(name = "new_value")
    private BigDecimal newValue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "changed_by")
    private UserAccount changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    private String reason;

    protected ScoreChange() {}

    ScoreChange(
            ScoreSheet sheet,
            String criterionCode,
            BigDecimal oldValue,
            BigDecimal newValue,
            Kind kind,
            UserAccount changedBy,
            Instant changedAt,
            String reason) {
        this.sheet = sheet;
        this.criterionCode = criterionCode;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.kind = kind;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.reason = reason;
    }

    public ScoreSheet getSheet() {
        return sheet;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public BigDecimal getOldValue() {
        return oldValue;
    }

    public BigDecimal getNewValue() {
        return newValue;
    }

    public Kind getKind() {
        return kind;
    }

    public UserAccount getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getReason() {
        return reason;
    }
}
