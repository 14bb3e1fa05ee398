package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.platform.domain.BaseEntity;

/** One change of a membership's state: who, when, from what to what, why, and the council vote if one decided it. */
@Entity
@Table(name = "alliance_membership_change")
public class MembershipChange extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private MembershipStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private MembershipStatus toStatus;

    private String reason;

    /** The vote that decided; null when none did. */
    @Embedded
    private CouncilDecision councilDecision;

    protected MembershipChange() {}

    MembershipChange(
            Membership membership,
            Instant at,
            Actor actor,
            MembershipStatus from,
            MembershipStatus to,
            String reason,
            CouncilDecision decision) {
        this.membership = membership;
        this.changedAt = at;
        this.actorId = actor == null ? null : actor.id();
        this.actorEmail = actor == null ? null : actor.email();
        this.fromStatus = from;
        this.toStatus = to;
        this.reason = reason;
        this.councilDecision = decision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public MembershipStatus getFromStatus() {
        return fromStatus;
    }

    public MembershipStatus getToStatus() {
        return toStatus;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getCouncilDecidedOn() {
        return councilDecision == null ? null : councilDecision.decidedOn();
    }

    public Integer getVotesFor() {
        return councilDecision == null ? null : councilDecision.votesFor();
    }

    public Integer getVotesAgainst() {
        return councilDecision == null ? null : councilDecision.votesAgainst();
    }

    public Integer getVotesAbstaining() {
        return councilDecision == null ? null : councilDecision.abstaining();
    }

    /** Who made a change; null for the scheduled renewal job. */
    public record Actor(Long id, String email) implements java.io.Serializable {}
}
