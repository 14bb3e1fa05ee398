package org.greenhub.organisation.application;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the zone reads of organisations (ids, names, sectors, registration codes), published by organisation so that
 * the zone's queries stay on the zone's own tables. Each call is one statement per thousand ids or codes.
 */
public interface ZoneOrganisations {

    /** An organisation as the zone's lists name it: its legal name and its sector as its record has them. */
    record Named(long id, String name, String sector) implements Serializable {}

    /** These organisations by id; an id without a record is left out. */
    Map<Long, Named> byIds(Collection<Long> ids);

    /** The ids of the organisations whose record points at the zone. */
    List<Long> idsInZone(long zoneId);

    /** Of these codes (upper case), those of organisations pointing at the zone, with the organisation's id. */
    Map<String, Long> byCode(long zoneId, Collection<String> codes);
}
