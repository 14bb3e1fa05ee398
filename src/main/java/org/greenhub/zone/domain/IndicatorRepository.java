package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** The indicator sets and their definitions (seeded), and the zones' targets. */
public interface IndicatorRepository {

    /** Every indicator, by set and then by its place in the set. */
    List<Indicator> indicators();

    Optional<Indicator> find(long indicatorId);

    /** A zone's targets for a year. */
    List<ZoneTarget> targets(long zoneId, int year);

    /** The targets of several zones for a year, in one statement. */
    List<ZoneTarget> targets(java.util.Collection<Long> zoneIds, int year);

    Optional<ZoneTarget> target(long zoneId, long indicatorId, int year);

    /** Stores a new target and gives it its id; a second target for the same key fails here, not at commit. */
    void add(ZoneTarget target);

    /** Writes a change at once, so a concurrent change surfaces in the use case. */
    void flush();
}
