package org.greenhub.incubation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.BaseEntity;

/** A call's invitation to a competition award winner: the organisation may apply with its entry's data carried over. */
@Entity
@Table(name = "intake_invitation")
public class IntakeInvitation extends BaseEntity {

    @Column(name = "call_id", nullable = false)
    private long callId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "entry_id", nullable = false)
    private long entryId;

    @Column(name = "invited_by")
    private Long invitedBy;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected IntakeInvitation() {}

    public IntakeInvitation(long callId, long organisationId, long entryId, Long invitedBy, Instant now) {
        this.callId = callId;
        this.organisationId = organisationId;
        this.entryId = entryId;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    public long getCallId() {
        return callId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getEntryId() {
        return entryId;
    }

    public Long getInvitedBy() {
        return invitedBy;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }
}
