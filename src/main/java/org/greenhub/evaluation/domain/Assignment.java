package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.CreatedEntity;

/** A judge's duty to score a subject in a round. Judges see it only once the round's assignments are published. */
@Entity
@Table(name = "assignment")
public class Assignment extends CreatedEntity {

    public enum Source {
        AUTO,
        MANUAL
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    private UserAccount judge;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "panel_id")
    private Panel panel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    protected Assignment() {}

    public Assignment(
            EvaluationRound round,
            EvaluationSubject subject,
            UserAccount judge,
            Panel panel,
            Source source,
            Instant now) {
        this.round = round;
        this.subject = subject;
        this.judge = judge;
        this.panel = panel;
        this.source = source;
        setCreatedAt(now);
    }

    public EvaluationRound getRound() {
        return round;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public UserAccount getJudge() {
        return judge;
    }

    public Panel getPanel() {
        return panel;
    }

    public Source getSource() {
        return source;
    }
}
