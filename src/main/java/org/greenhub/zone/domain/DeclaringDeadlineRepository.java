package org.greenhub.zone.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Each zone's declaring deadlines, one per year. */
public interface DeclaringDeadlineRepository {

    Optional<DeclaringDeadline> find(long zoneId, int year);

    /** A zone's deadlines, newest year first. */
    List<DeclaringDeadline> ofZone(long zoneId);

    /** Deadlines due on or after this date (every zone, or one), for the reminder run. */
    List<DeclaringDeadline> dueFrom(LocalDate from, Long zoneId);

    /** Stores a new deadline and flushes, so that a second one for the same zone and year fails here. */
    void add(DeclaringDeadline deadline);

    void flush();
}
