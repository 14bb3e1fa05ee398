package org.greenhub.zone.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.greenhub.zone.domain.DeclarationStatus;

/** What the zone's review list reads: one line per declaration version, a page at a time. */
public interface DeclarationQueries {

    record Line(long id, String organisation, int year, int number, DeclarationStatus status, Instant filedAt)
            implements Serializable {}

    /** A zone's declarations with this status (null: every status), newest filing first. */
    List<Line> page(long zoneId, DeclarationStatus status, int first, int size);

    long count(long zoneId, DeclarationStatus status);

    /** A version of one of an enterprise's declarations, as its own people list them (drafts included). */
    record OwnLine(
            long id,
            long organisationId,
            String organisation,
            long zoneId,
            int year,
            int number,
            DeclarationStatus status,
            Instant filedAt,
            String returnReason)
            implements Serializable {}

    /**
     * These organisations' declaration versions in every zone, of one year when {@code year} is given, the latest
     * year first and, within a year, the newest version first.
     */
    List<OwnLine> ofOrganisations(Collection<Long> organisationIds, Integer year, int first, int size);

    long countOfOrganisations(Collection<Long> organisationIds, Integer year);
}
