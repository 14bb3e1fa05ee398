package org.greenhub.evaluation.domain.conflict;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.platform.domain.BaseEntity;

/**
 * A manager's recorded decision that a conflict GreenHub detected (affiliation, profile tie) does not prevent the
 * judge from judging the subject in this round. Never used for a conflict the judge declared: the service refuses.
 */
@Entity
@Table(name = "conflict_waiver")
public class ConflictWaiver extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    private UserAccount judge;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @Column(nullable = false)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "waived_by")
    private UserAccount waivedBy;

    @Column(name = "waived_at", nullable = false)
    private Instant waivedAt;

    protected ConflictWaiver() {}

    public ConflictWaiver(
            EvaluationRound round,
            UserAccount judge,
            EvaluationSubject subject,
            String reason,
            UserAccount waivedBy,
            Instant now) {
        this.round = round;
        this.judge = judge;
        this.subject = subject;
        this.reason = ConflictTexts.reason(reason);
        this.waivedBy = waivedBy;
        this.waivedAt = now;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("round", round.getId());
        state.put("judge", judge.getId());
        state.put("subject", subject.getId());
        state.put("reason", reason);
        return state;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public UserAccount getJudge() {
        return judge;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public String getReason() {
        return reason;
    }

    public UserAccount getWaivedBy() {
        return waivedBy;
    }

    public Instant getWaivedAt() {
        return waivedAt;
    }
}
