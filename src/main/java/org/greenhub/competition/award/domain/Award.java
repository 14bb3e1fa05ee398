package org.greenhub.competition.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/** One award of a result: an entry, the tier it won from its place in the ranking, and what became of it. */
@Entity
@Table(name = "award")
public class Award extends BaseEntity {

    @Column(name = "result_id", nullable = false)
    private long resultId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_code", nullable = false)
    private CompetitionGroup group;

    @Column(name = "tier_track")
    private String tierTrack;

    @Column(nullable = false)
    private String track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardTierCode tier;

    @Column(name = "tier_order", nullable = false)
    private int tierOrder;

    @Column(name = "ranking_rank", nullable = false)
    private int rankingRank;

    @Column(nullable = false)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardStatus status;

    @Column(name = "awardee_name", nullable = false)
    private String awardeeName;

    @Column(name = "entry_title", nullable = false)
    private String entryTitle;

    @Column(name = "verification_code", nullable = false, unique = true)
    private String verificationCode;

    @Version
    private long version;

    protected Award() {}

    public Award(
            long resultId,
            AwardAllocation.Allocated allocated,
            String awardeeName,
            String entryTitle,
            String verificationCode) {
        this.resultId = resultId;
        this.entryId = allocated.entryId();
        this.group = allocated.group();
        this.tierTrack = allocated.tierTrack();
        this.track = allocated.track();
        this.tier = allocated.tier();
        this.tierOrder = tierOrder(allocated.tier());
        this.rankingRank = allocated.rank();
        this.score = BigDecimal.valueOf(allocated.score());
        this.awardeeName = awardeeName;
        this.entryTitle = entryTitle;
        this.verificationCode = verificationCode;
        this.status = AwardStatus.ACTIVE;
    }

    static int tierOrder(AwardTierCode tier) {
        return tier.ordinal() + 1;
    }

    /** An upheld objection moves the award to another tier; the change itself is public ({@link AwardChange}). */
    public void revise(AwardTierCode newTier) {
        requireStanding();
        if (newTier == null) {
            throw DomainException.invalid("newTier", "platform.validation.required");
        }
        if (newTier == tier) {
            throw DomainException.invalid("newTier", "award.objection.sameTier");
        }
        this.tier = newTier;
        this.tierOrder = tierOrder(newTier);
        this.status = AwardStatus.REVISED;
    }

    public void revoke() {
        requireStanding();
        this.status = AwardStatus.REVOKED;
    }

    private void requireStanding() {
        if (!status.stands()) {
            throw DomainException.conflict("status", "award.alreadyRevoked");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("entry", entryId);
        s.put("tier", tier);
        s.put("status", status);
        return s;
    }

    public long getResultId() {
        return resultId;
    }

    public long getEntryId() {
        return entryId;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public String getTierTrack() {
        return tierTrack;
    }

    public String getTrack() {
        return track;
    }

    public AwardTierCode getTier() {
        return tier;
    }

    public int getRankingRank() {
        return rankingRank;
    }

    public BigDecimal getScore() {
        return score;
    }

    public AwardStatus getStatus() {
        return status;
    }

    public String getAwardeeName() {
        return awardeeName;
    }

    public String getEntryTitle() {
        return entryTitle;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public long getVersion() {
        return version;
    }
}
