package org.greenhub.zone.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.platform.i18n.LocalisedName;

/** Zones, by code; the zones a person administers; the names of their administrators. */
public interface ZoneRepository {

    List<Zone> all();

    /** Every zone's name in the four languages, by its code in upper case (one statement, no administrators). */
    Map<String, LocalisedName> namesByCode();

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
