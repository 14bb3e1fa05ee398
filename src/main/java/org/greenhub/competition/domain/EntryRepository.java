package org.greenhub.competition.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.organisation.domain.Organisation;

/** Entries with what belongs to them: status changes, information requests, eligibility checks, attachments. */
public interface EntryRepository {

    Optional<Entry> find(long id);

    void add(Entry entry);

    /** Writes pending changes now, so that a unique key (one live entry per organisation) surfaces in the use case. */
    void flush();

    /** The organisation's entries in the edition that are not withdrawn. */
    long liveEntries(Competition competition, Organisation organisation);

    /** Per edition, its entries not in the excluded statuses (editions without any are absent). */
    Map<Long, Long> countsByCompetition(Collection<Long> competitionIds, Set<EntryStatus> excluded);

    /** The entry registered as the evaluation subject, if any. */
    Optional<Entry> bySubject(long subjectId);

    /** An organisation's entries with their editions, newest first, at most {@code max}. */
    List<Entry> ofOrganisation(long organisationId, int max);

    List<Entry> inStatus(long competitionId, EntryStatus status);

    /** The edition's entries in the status, organisations fetched, by id. */
    List<Entry> withOrganisations(Competition competition, EntryStatus status);

    /** The edition's entries among the ids, organisations fetched, by id. */
    List<Entry> withOrganisations(Competition competition, Collection<Long> entryIds);

    /** The edition's entries registered as the subjects, organisations fetched. */
    List<Entry> withOrganisationsBySubject(long competitionId, Collection<Long> subjectIds);

    /** The edition's entries that are subjects of the evaluation round (the final round's finalists). */
    List<Entry> inEvaluationRound(long competitionId, long evaluationRoundId);

    /** The edition's entries registered with the evaluation engine. */
    List<Entry> registered(Competition competition);

    /** (award tier, edition) the organisation won in the series' other editions, newest first. */
    List<Object[]> earlierAwards(Organisation organisation, String seriesKey, long currentCompetitionId);

    /** Per edition with winners, newest first: edition id and number of awarded entries. */
    List<long[]> winnerCounts();

    /** The edition's awarded entries: entry id and organisation id, by entry. */
    List<long[]> winners(long competitionId);

    List<EntryStatusChange> timeline(Entry entry);

    Optional<InformationRequest> findRequest(long requestId);

    void addRequest(InformationRequest request);

    /** The entry's information requests, oldest first. */
    List<InformationRequest> requests(Entry entry);

    void addCheck(EligibilityCheck check);

    /** The entry's stored eligibility checks, by id. */
    List<EligibilityCheck> checks(Entry entry);

    void addAttachment(EntryAttachment attachment);

    Optional<EntryAttachment> findAttachment(long attachmentId);

    /** Removes the link now, before its file is deleted. */
    void removeAttachmentNow(EntryAttachment attachment);

    List<EntryAttachment> attachments(Entry entry);

    long attachmentCount(Entry entry);

    /** (subject document id, attachment kind) of the attachments registered with the subject. */
    List<Object[]> registeredDocumentKinds(long subjectId);

    /** A fresh entry reference no entry has yet (joins the caller's transaction). */
    String newReference();
}
