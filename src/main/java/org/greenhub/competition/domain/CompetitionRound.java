package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.text.TextRules;

/**
 * A round of an edition (1 = online preliminary review, 2 = semi-final, ...): the edition's order and name for an
 * evaluation round of the engine, which holds rules, panels, scores and advancement.
 */
@Entity
@Table(name = "competition_round")
public class CompetitionRound extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    @Column(nullable = false)
    private int position;

    @Column(name = "evaluation_round_id", nullable = false)
    private long evaluationRoundId;

    @Column(nullable = false)
    private String name;

    protected CompetitionRound() {}

    CompetitionRound(Competition competition, int position, long evaluationRoundId, String name) {
        this.competition = competition;
        this.position = position;
        this.evaluationRoundId = evaluationRoundId;
        this.name = TextRules.name("name", name, 200);
    }

    public boolean isFirst() {
        return position == 1;
    }

    public Competition getCompetition() {
        return competition;
    }

    public int getPosition() {
        return position;
    }

    public long getEvaluationRoundId() {
        return evaluationRoundId;
    }

    public String getName() {
        return name;
    }
}
