package org.greenhub.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days someone holds something (a role in an organisation, a seat in an alliance, a tie a judge declares):
 * from a first day to an end day, or open while {@code until} is {@code null}. Both days belong to the period.
 * Immutable: ending a period gives a new one. Invariant: {@code until} is {@code null} or not before {@code from}.
 * <p>
 * Embedded by each entity with {@code @AttributeOverride}s onto the columns it already had ({@code valid_from},
 * {@code valid_to}; {@code since}, {@code until}). The caller turns a broken invariant into its own message and field
 * ({@link #canEndOn}), since "ends before it starts" reads differently for a seat and for a tie.
 */
@Embeddable
public class Period implements Serializable {

    private static final long serialVersionUID = 1L;

    // the column names are each entity's (@AttributeOverride); these are only the defaults. Not "from": a JPQL keyword
    @Column(name = "valid_from", nullable = false)
    private LocalDate since;

    @Column(name = "valid_to")
    private LocalDate until;

    protected Period() {}

    private Period(LocalDate from, LocalDate until) {
        if (from == null) {
            throw new IllegalArgumentException("a period has a first day");
        }
        if (until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end (" + until + ") before it starts (" + from + ")");
        }
        this.since = from;
        this.until = until;
    }

    /** An open period starting on {@code from}. */
    public static Period startingOn(LocalDate from) {
        return new Period(from, null);
    }

    /** A period from {@code from} to {@code until} (both included); {@code until} may be {@code null} (open). */
    public static Period of(LocalDate from, LocalDate until) {
        return new Period(from, until);
    }

    /** Whether {@code until} would keep the invariant: on or after the first day. */
    public static boolean ordered(LocalDate from, LocalDate until) {
        return from == null || until == null || !until.isBefore(from);
    }

    /** Whether this period may be ended on that day: it is still open and the day is not before its first day. */
    public boolean canEndOn(LocalDate day) {
        return until == null && !day.isBefore(since);
    }

    /** The same period ended on that day (the last day that belongs to it). */
    public Period endedOn(LocalDate day) {
        if (until != null) {
            throw new IllegalStateException("the period has already ended on " + until);
        }
        return new Period(since, day);
    }

    public boolean isEnded() {
        return until != null;
    }

    /** Whether the day lies in the period, its first and last day included. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(since) && (until == null || !until.isBefore(day));
    }

    /** Whether the period has not ended before that day (its start does not matter: a future period is open too). */
    public boolean isOpenOn(LocalDate day) {
        return until == null || !until.isBefore(day);
    }

    /** Whether the two periods share at least one day. */
    public boolean overlaps(Period other) {
        return (other.until == null || !since.isAfter(other.until)) && (until == null || !other.since.isAfter(until));
    }

    /** The first day. */
    public LocalDate since() {
        return since;
    }

    /** The last day, or {@code null} while the period is open. */
    public LocalDate until() {
        return until;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Period that && Objects.equals(since, that.since) && Objects.equals(until, that.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(since, until);
    }

    @Override
    public String toString() {
        return since + "–" + (until == null ? "" : until);
    }
}
