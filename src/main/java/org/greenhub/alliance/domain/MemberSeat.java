package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person holding a seat for their organisation (representative or contact) over a period. Ending a seat never
 * touches the membership: the organisation stays the member whoever represents it.
 */
@Entity
@Table(name = "alliance_member_seat")
public class MemberSeat extends CreatedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "membership_id")
    private Membership membership;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SeatRole role;

    @Column(nullable = false)
    private LocalDate since;

    private LocalDate until;

    protected MemberSeat() {
    }

    public MemberSeat(Membership membership, UserAccount person, SeatRole role, LocalDate since, Instant now) {
        if (role == null) {
            throw DomainException.invalid("seatRole", "platform.validation.required");
        }
        this.membership = membership;
        this.person = person;
        this.role = role;
        this.since = since;
        setCreatedAt(now);
    }

    public void end(LocalDate on) {
        if (until != null) {
            throw DomainException.conflict(null, "alliance.seat.alreadyEnded");
        }
        until = on.isBefore(since) ? since : on;
    }

    /** {@code until} is the first day without the seat. */
    public boolean isCurrent(LocalDate today) {
        return until == null || until.isAfter(today);
    }

    public Membership getMembership() { return membership; }
    public UserAccount getPerson() { return person; }
    public SeatRole getRole() { return role; }
    public LocalDate getSince() { return since; }
    public LocalDate getUntil() { return until; }
}
