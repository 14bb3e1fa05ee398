package org.greenhub.competition.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/**
 * How many awards of one level an edition gives in a group, for one track or (track null) across tracks:
 * "start-up group, first prize x1". Rank order sorts tiers from the highest.
 */
@Entity
@Table(name = "competition_award_tier")
public class AwardTier extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competition_id")
    private Competition competition;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false)
    private CompetitionGroup group;

    /** A green focus area code, or null for the whole group. */
    private String track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardTierCode tier;

    @Column(name = "award_count", nullable = false)
    private int count;

    @Column(name = "rank_order", nullable = false)
    private int rankOrder;

    protected AwardTier() {}

    AwardTier(
            Competition competition,
            CompetitionGroup group,
            String track,
            AwardTierCode tier,
            int count,
            int rankOrder) {
        if (group == null) {
            throw DomainException.invalid("group", "platform.validation.required");
        }
        if (tier == null) {
            throw DomainException.invalid("tier", "platform.validation.required");
        }
        if (count < 1 || count > 500) {
            throw DomainException.invalid("count", "competition.tier.countRange", 1, 500);
        }
        this.competition = competition;
        this.group = group;
        this.track = track;
        this.tier = tier;
        this.count = count;
        this.rankOrder = rankOrder;
    }

    public void changeCount(int newCount) {
        if (newCount < 1 || newCount > 500) {
            throw DomainException.invalid("count", "competition.tier.countRange", 1, 500);
        }
        this.count = newCount;
    }

    public Competition getCompetition() {
        return competition;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public String getTrack() {
        return track;
    }

    public AwardTierCode getTier() {
        return tier;
    }

    public int getCount() {
        return count;
    }

    public int getRankOrder() {
        return rankOrder;
    }
}
