package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;

/**
 * A funder institution's interest in one listed project (once per institution and project), and the owner's answer:
 * contact accepted or declined. The dated thread is {@link MatchMessage}s; a declined match takes no more messages.
 */
@Entity
@Table(name = "reserve_match")
public class Match extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false)
    private long projectId;

    @Column(name = "funder_organisation_id", nullable = false)
    private long funderOrganisationId;

    @Column(name = "funder_user_id", nullable = false)
    private long funderUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatchStatus status = MatchStatus.INTERESTED;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    protected Match() {}

    public Match(long projectId, long funderOrganisationId, long funderUserId, Instant now) {
        setCreatedAt(now);
        this.projectId = projectId;
        this.funderOrganisationId = funderOrganisationId;
        this.funderUserId = funderUserId;
    }

    /** The owner's answer to the interest: once, while it waits. */
    public void answer(boolean accept, long ownerUserId, Instant now) {
        if (status != MatchStatus.INTERESTED) {
            throw DomainException.conflict(null, "reserve.match.alreadyAnswered");
        }
        this.status = accept ? MatchStatus.ACCEPTED : MatchStatus.DECLINED;
        this.answeredBy = ownerUserId;
        this.answeredAt = now;
    }

    /** A message on the thread; refused once the owner declined. */
    public MatchMessage write(MatchSide side, long authorId, String body, Instant now) {
        if (status == MatchStatus.DECLINED) {
            throw DomainException.conflict("message", "reserve.match.declinedThread");
        }
        return new MatchMessage(getId(), side, authorId, body, now);
    }

    public long getProjectId() {
        return projectId;
    }

    public long getFunderOrganisationId() {
        return funderOrganisationId;
    }

    public long getFunderUserId() {
        return funderUserId;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }
}
