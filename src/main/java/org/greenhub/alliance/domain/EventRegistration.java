package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.BaseEntity;

/** A person registered for an event on behalf of their member organisation; attendance is marked afterwards. */
@Entity
@Table(name = "alliance_event_registration")
public class EventRegistration extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private AllianceEvent event;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private boolean attended;

    protected EventRegistration() {}

    public EventRegistration(AllianceEvent event, Membership membership, UserAccount person, Instant now) {
        this.event = event;
        this.membership = membership;
        this.person = person;
        this.registeredAt = now;
    }

    public void markAttended(boolean attended) {
        this.attended = attended;
    }

    public AllianceEvent getEvent() {
        return event;
    }

    public Membership getMembership() {
        return membership;
    }

    public UserAccount getPerson() {
        return person;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isAttended() {
        return attended;
    }
}
