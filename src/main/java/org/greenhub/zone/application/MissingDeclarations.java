package org.greenhub.zone.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The enterprises of a zone (organisations pointing at its record) that have not declared a year: no version in
 * review or accepted. A version returned for correction and not filed again counts as missing. Also the reminders
 * sent about it, so each scheduled one goes once.
 */
public interface MissingDeclarations {

    /** One line of the overdue list. */
    record Line(
            long organisationId, String organisation, String registrationCode, boolean returned, Instant lastReminded)
            implements Serializable {}

    /** Someone mailed about an organisation's declaration, in their own language. */
    record Recipient(String email, String name, Locale locale) {}

    /** A page of the missing, by organisation name. */
    List<Line> page(long zoneId, int year, int first, int size);

    long count(long zoneId, int year);

    /** Of these organisations, those of the zone still missing the year. */
    List<Long> missingAmong(long zoneId, int year, Collection<Long> organisationIds);

    /** Missing organisations not yet reminded for this reminder day, at most {@code limit}, by id. */
    List<Long> unreminded(long zoneId, int year, int daysBefore, int limit);

    /**
     * Records a reminder; false when this scheduled reminder ({@code daysBefore} not null) was already recorded, by
     * this run or another node's, so it is not sent twice. "Remind now" ({@code daysBefore} null) is always recorded.
     */
    boolean markReminded(long zoneId, long organisationId, int year, Integer daysBefore, Instant now);

    /** The organisation's current founders, legal representatives, managers and contacts with an active account. */
    List<Recipient> people(long organisationId, LocalDate today);
}
