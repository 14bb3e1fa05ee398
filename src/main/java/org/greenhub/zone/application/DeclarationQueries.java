package org.greenhub.zone.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.zone.domain.DeclarationStatus;

/** What the zone's review list reads: one line per declaration version, a page at a time. */
public interface DeclarationQueries {

    record Line(long id, String organisation, int year, int number, DeclarationStatus status, Instant filedAt)
            implements Serializable {}

    /** A zone's declarations with this status (null: every status), newest filing first. */
    List<Line> page(long zoneId, DeclarationStatus status, int first, int size);

    long count(long zoneId, DeclarationStatus status);
}
