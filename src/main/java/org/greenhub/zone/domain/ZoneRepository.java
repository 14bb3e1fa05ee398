package org.greenhub.zone.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Zones, by code; the zones a person administers; the names of their administrators. */
public interface ZoneRepository {

    List<Zone> all();

    List<Zone> administeredBy(long userId);

    Optional<Zone> find(long id);

    /** The zone with this code, whatever its case. */
    Optional<Zone> findByCode(String code);

    /** Whether a zone already has this code, whatever its case. */
    boolean codeTaken(String code);

    /** Stores a new zone and gives it its id. */
    void add(Zone zone);

    /** The display names of these accounts, alphabetically (a zone's administrators). */
    List<String> displayNames(Collection<Long> userIds);
}
