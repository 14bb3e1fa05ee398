package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** The values zones enter themselves for their indicators. */
public interface EnteredValueRepository {

    Optional<EnteredValue> find(long zoneId, long indicatorId, int year);

    /** A zone's entered values for the years from {@code firstYear} to {@code lastYear}. */
    List<EnteredValue> values(long zoneId, int firstYear, int lastYear);

    /** The same for several zones, in one statement. */
    List<EnteredValue> values(java.util.Collection<Long> zoneIds, int firstYear, int lastYear);

    /** Stores a new value and flushes, so that a second value for the same key fails here, as a conflict. */
    void add(EnteredValue value);

    /** Writes a change at once, so a concurrent change surfaces in the use case. */
    void flush();
}
