package org.greenhub.incubation.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Intake calls as stored. */
public interface IntakeCallRepository {

    Optional<IntakeCall> find(long id);

    /** The call read by a query rather than from the persistence context. */
    Optional<IntakeCall> read(long id);

    /**
     * The call under its row lock. Decisions, answers to offers and the expiry job lock the call first, then the
     * application, always in this order, so they never deadlock.
     */
    IntakeCall lock(long id);

    void add(IntakeCall call);

    /** An incubator's calls, latest opening first. */
    List<IntakeCall> ofIncubator(long incubatorId);

    /** The ids of the calls of these incubators. */
    List<Long> idsInIncubators(Collection<Long> incubatorIds);

    /** Published calls whose window is open at {@code now}, closing soonest first. */
    List<IntakeCall> openAt(Instant now);

    /** Where a published call's window stands at a given instant, as the public list filters it. */
    enum Window {
        /** Taking applications now. */
        OPEN,
        /** Published, opening later. */
        UPCOMING,
        /** Its window has closed. */
        CLOSED
    }

    /**
     * One page of the published calls, optionally only those in one window state ({@code null}: all) and of one
     * incubator ({@code null}: every incubator); closing soonest first, then by id.
     */
    List<IntakeCall> published(Window window, Long incubatorId, Instant now, int first, int max);

    long countPublished(Window window, Long incubatorId, Instant now);
}
