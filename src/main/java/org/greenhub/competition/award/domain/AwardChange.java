package org.greenhub.competition.award.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.platform.domain.BaseEntity;

/** A published change to an award (revised or revoked after an upheld objection), shown in the public record and feed. */
@Entity
@Table(name = "award_change")
public class AwardChange extends BaseEntity {

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "objection_id")
    private Long objectionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AwardChangeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_tier", nullable = false)
    private AwardTierCode fromTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_tier")
    private AwardTierCode toTier;

    @Column(nullable = false)
    private String reason;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "actor_id")
    private Long actorId;

    protected AwardChange() {}

    public AwardChange(
            long awardId,
            Long objectionId,
            AwardChangeKind kind,
            AwardTierCode fromTier,
            AwardTierCode toTier,
            String reason,
            Instant at,
            Long actorId) {
        this.awardId = awardId;
        this.objectionId = objectionId;
        this.kind = kind;
        this.fromTier = fromTier;
        this.toTier = toTier;
        this.reason = reason;
        this.at = at;
        this.actorId = actorId;
    }

    public long getAwardId() {
        return awardId;
    }

    public Long getObjectionId() {
        return objectionId;
    }

    public AwardChangeKind getKind() {
        return kind;
    }

    public AwardTierCode getFromTier() {
        return fromTier;
    }

    public AwardTierCode getToTier() {
        return toTier;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }
}
