package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.BaseEntity;

/** A subject taking part in a round (moved in by its programme, or advanced from the previous round). */
@Entity
@Table(name = "round_entry")
public class RoundEntry extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected RoundEntry() {}

    public RoundEntry(EvaluationRound round, EvaluationSubject subject, Instant now) {
        this.round = round;
        this.subject = subject;
        this.addedAt = now;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
