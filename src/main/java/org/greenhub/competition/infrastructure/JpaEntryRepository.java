package org.greenhub.competition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.EligibilityCheck;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryAttachment;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.competition.domain.EntryStatusChange;
import org.greenhub.competition.domain.InformationRequest;
import org.greenhub.organisation.domain.Organisation;

@ApplicationScoped
public class JpaEntryRepository implements EntryRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Entry> find(long id) {
        return Optional.ofNullable(em.find(Entry.class, id));
    }

    @Override
    public void add(Entry entry) {
        em.persist(entry);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long liveEntries(Competition competition, Organisation organisation) {
        return em.createQuery(
                        "select count(e) from Entry e where e.competition = :c and e.organisation = :o and e.status <> :withdrawn",
                        Long.class)
                .setParameter("c", competition)
                .setParameter("o", organisation)
                .setParameter("withdrawn", EntryStatus.WITHDRAWN)
                .getSingleResult();
    }

    @Override
    public Map<Long, Long> countsByCompetition(Collection<Long> competitionIds, Set<EntryStatus> excluded) {
        Map<Long, Long> entries = new HashMap<>();
        em.createQuery(
                        "select e.competition.id, count(e) from Entry e where e.competition.id in :ids and e.status not in :excluded "
                                + "group by e.competition.id",
                        Object[].class)
                .setParameter("ids", competitionIds)
                .setParameter("excluded", excluded)
                .getResultList()
                .forEach(row -> entries.put((Long) row[0], (Long) row[1]));
        return entries;
    }

    @Override
    public Optional<Entry> bySubject(long subjectId) {
        return em
                .createQuery("select e from Entry e where e.evaluationSubjectId = :subject", Entry.class)
                .setParameter("subject", subjectId)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public List<Entry> ofOrganisation(long organisationId, int max) {
        return em.createQuery(
                        "select e from Entry e join fetch e.competition where e.organisation.id = :org order by e.createdAt desc",
                        Entry.class)
                .setParameter("org", organisationId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Entry> inStatus(long competitionId, EntryStatus status) {
        return em.createQuery("select e from Entry e where e.competition.id = :c and e.status = :s", Entry.class)
                .setParameter("c", competitionId)
                .setParameter("s", status)
                .getResultList();
    }

    @Override
    public List<Entry> withOrganisations(Competition competition, EntryStatus status) {
        return em.createQuery(
                        "select e from Entry e join fetch e.organisation where e.competition = :c and e.status = :s order by e.id",
                        Entry.class)
                .setParameter("c", competition)
                .setParameter("s", status)
                .getResultList();
    }

    @Override
    public List<Entry> withOrganisations(Competition competition, Collection<Long> entryIds) {
        return em.createQuery(
                        "select e from Entry e join fetch e.organisation where e.competition = :c and e.id in :ids order by e.id",
                        Entry.class)
                .setParameter("c", competition)
                .setParameter("ids", entryIds)
                .getResultList();
    }

    @Override
    public List<Entry> withOrganisationsBySubject(long competitionId, Collection<Long> subjectIds) {
        return em.createQuery(
                        "select e from Entry e join fetch e.organisation where e.competition.id = :c and e.evaluationSubjectId in :s",
                        Entry.class)
                .setParameter("c", competitionId)
                .setParameter("s", subjectIds)
                .getResultList();
    }

    @Override
    public List<Entry> inEvaluationRound(long competitionId, long evaluationRoundId) {
        return em.createQuery("""
                        select e from Entry e where e.competition.id = :c and e.evaluationSubjectId in
                        (select re.subject.id from RoundEntry re where re.round.id = :round)""", Entry.class)
                .setParameter("c", competitionId)
                .setParameter("round", evaluationRoundId)
                .getResultList();
    }

    @Override
    public List<Entry> registered(Competition competition) {
        return em.createQuery(
                        "select e from Entry e where e.competition = :c and e.evaluationSubjectId is not null",
                        Entry.class)
                .setParameter("c", competition)
                .getResultList();
    }

    @Override
    public List<Object[]> earlierAwards(Organisation organisation, String seriesKey, long currentCompetitionId) {
        return em.createQuery(
                        "select e.awardTier, c.edition from Entry e join e.competition c "
                                + "where e.organisation = :org and c.seriesKey = :series and c.id <> :current and e.awardTier is not null "
                                + "order by c.createdAt desc",
                        Object[].class)
                .setParameter("org", organisation)
                .setParameter("series", seriesKey)
                .setParameter("current", currentCompetitionId)
                .getResultList();
    }

    @Override
    public List<long[]> winnerCounts() {
        return em.createQuery("""
                        select e.competition.id, count(e) from Entry e where e.awardTier is not null
                        group by e.competition.id order by e.competition.id desc""", Object[].class).getResultList().stream()
                .map(r -> new long[] {(Long) r[0], ((Number) r[1]).longValue()})
                .toList();
    }

    @Override
    public List<long[]> winners(long competitionId) {
        return em.createQuery("""
                        select e.id, e.organisation.id from Entry e
                        where e.competition.id = :c and e.awardTier is not null order by e.id""", Object[].class).setParameter("c", competitionId).getResultList().stream()
                .map(r -> new long[] {(Long) r[0], (Long) r[1]})
                .toList();
    }

    @Override
    public List<EntryStatusChange> timeline(Entry entry) {
        return em.createQuery(
                        "select c from EntryStatusChange c where c.entry = :entry order by c.at, c.id",
                        EntryStatusChange.class)
                .setParameter("entry", entry)
                .getResultList();
    }

    @Override
    public Optional<InformationRequest> findRequest(long requestId) {
        return Optional.ofNullable(em.find(InformationRequest.class, requestId));
    }

    @Override
    public void addRequest(InformationRequest request) {
        em.persist(request);
    }

    @Override
    public List<InformationRequest> requests(Entry entry) {
        return em.createQuery(
                        "select r from InformationRequest r where r.entry = :entry order by r.askedAt, r.id",
                        InformationRequest.class)
                .setParameter("entry", entry)
                .getResultList();
    }

    @Override
    public void addCheck(EligibilityCheck check) {
        em.persist(check);
    }

    @Override
    public List<EligibilityCheck> checks(Entry entry) {
        return em.createQuery(
                        "select c from EligibilityCheck c where c.entry = :entry order by c.id", EligibilityCheck.class)
                .setParameter("entry", entry)
                .getResultList();
    }

    @Override
    public void addAttachment(EntryAttachment attachment) {
        em.persist(attachment);
    }

    @Override
    public Optional<EntryAttachment> findAttachment(long attachmentId) {
        return Optional.ofNullable(em.find(EntryAttachment.class, attachmentId));
    }

    @Override
    public void removeAttachmentNow(EntryAttachment attachment) {
        em.remove(attachment);
        em.flush();
    }

    @Override
    public List<EntryAttachment> attachments(Entry entry) {
        return em.createQuery(
                        "select a from EntryAttachment a where a.entry = :entry order by a.id", EntryAttachment.class)
                .setParameter("entry", entry)
                .getResultList();
    }

    @Override
    public long attachmentCount(Entry entry) {
        return em.createQuery("select count(a) from EntryAttachment a where a.entry = :entry", Long.class)
                .setParameter("entry", entry)
                .getSingleResult();
    }

    @Override
    public List<Object[]> registeredDocumentKinds(long subjectId) {
        return em.createQuery(
                        "select a.subjectDocumentId, a.kind from EntryAttachment a where a.entry.evaluationSubjectId = :subject "
                                + "and a.subjectDocumentId is not null",
                        Object[].class)
                .setParameter("subject", subjectId)
                .getResultList();
    }

    @Override
    public String newReference() {
        return (String)
                em.createNativeQuery("select competition_entry_new_reference()").getSingleResult();
    }
}
