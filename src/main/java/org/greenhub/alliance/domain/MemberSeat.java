package org.greenhub.alliance.domain;

import jakarta.persistence.AttributeOverride;
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
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;

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

    // the seat's columns are since/until; until holds the day the seat was ended, the first day without it
    @Embedded
    @AttributeOverride(name = "since", column = @Column(name = "since", nullable = false))
    @AttributeOverride(name = "until", column = @Column(name = "until"))
    private Period period;

    protected MemberSeat() {}

    public MemberSeat(Membership membership, UserAccount person, SeatRole role, LocalDate since, Instant now) {
        if (role == null) {
            throw DomainException.invalid("seatRole", "platform.validation.required");
        }
        this.membership = membership;
        this.person = person;
        this.role = role;
        this.period = Period.startingOn(since);
        setCreatedAt(now);
    }

    public void end(LocalDate on) {
        if (period.isEnded()) {
            throw DomainException.conflict(null, "alliance.seat.alreadyEnded");
        }
        period = period.endedOn(period.canEndOn(on) ? on : period.since());
    }

    /** {@code until} is the first day without the seat, so the seat is held today when it is still open tomorrow. */
    public boolean isCurrent(LocalDate today) {
        return period.isOpenOn(today.plusDays(1));
    }

    public Membership getMembership() {
        return membership;
    }

    public UserAccount getPerson() {
        return person;
    }

    public SeatRole getRole() {
        return role;
    }

    public Period getPeriod() {
        return period;
    }

    public LocalDate getSince() {
        return period.since();
    }

    public LocalDate getUntil() {
        return period.until();
    }
}
