package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;

/**
 * Whether one entry advanced from a round, as confirmed by a manager: its rank in its scope, its score, and the
 * panel's note where a tie at the cut line had to be decided by people rather than by the declared rule.
 */
@Entity
@Table(name = "advancement_decision")
public class AdvancementDecision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @Column(name = "scope_value", nullable = false)
    private String scopeValue;

    @Column(nullable = false)
    private boolean advanced;

    @Column(nullable = false)
    private int rank;

    @Column(nullable = false)
    private BigDecimal score;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decided_by")
    private UserAccount decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    private String note;

    protected AdvancementDecision() {}

    public AdvancementDecision(
            EvaluationRound round,
            EvaluationSubject subject,
            String scopeValue,
            boolean advanced,
            int rank,
            BigDecimal score,
            UserAccount decidedBy,
            Instant decidedAt,
            String note) {
        this.round = round;
        this.subject = subject;
        this.scopeValue = scopeValue;
        this.advanced = advanced;
        this.rank = rank;
        this.score = score;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.note = note;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public boolean isAdvanced() {
        return advanced;
    }

    public int getRank() {
        return rank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public UserAccount getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
