package org.greenhub.zone.domain;

import java.util.List;
import java.util.Optional;

/** The versions of zones' annual green development reports. */
public interface GreenReportRepository {

    Optional<GreenReport> find(long id);

    /** Every version of a zone-year's report, oldest first. */
    List<GreenReport> versions(long zoneId, int year);

    /** A zone's reports, every version, newest year and version first. */
    List<GreenReport> ofZone(long zoneId);

    /** Adds and flushes, so that a second version started in another tab collides here (the unique key). */
    void add(GreenReport report);
}
