package org.greenhub.zone.application;

import java.util.Collection;
import java.util.Map;

/** The organisations of a zone by the code on their record (unified social credit code or registration number). */
public interface ZoneEnterprises {

    /** Of these codes (upper case), those of organisations pointing at the zone, with the organisation's id. */
    Map<String, Long> byCode(long zoneId, Collection<String> codes);
}
