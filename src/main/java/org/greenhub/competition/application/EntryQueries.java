package org.greenhub.competition.application;

import java.util.Collection;
import java.util.List;
import org.greenhub.competition.domain.Competition;

/** The read side of entries: the managers' list paged in the database, applicants' own entries, the export rows. */
public interface EntryQueries {

    /** A page of the edition's submitted entries, filtered; {@code order} is a path of the list's sort columns. */
    List<EntryReview.Row> page(
            long competitionId, EntryReview.Filter filter, int first, int size, String order, boolean ascending);

    long count(long competitionId, EntryReview.Filter filter);

    /** Entries of the organisations, last changed first, at most {@code max}. */
    List<EntryService.MyEntry> ofOrganisations(Collection<Long> organisationIds, int max);

    /** One page of the organisations' entries, last changed first (the API's "my entries"). */
    List<EntryService.MyEntry> ofOrganisations(Collection<Long> organisationIds, int offset, int size);

    long countOfOrganisations(Collection<Long> organisationIds);

    /** The export's columns per submitted entry, by entry. */
    /** The submitted entries' export columns, by id; {@code only}: just those ids ({@code null}: all). */
    List<Object[]> exportRows(Competition competition, java.util.Collection<Long> only);
}
