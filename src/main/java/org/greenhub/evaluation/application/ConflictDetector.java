package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.evaluation.domain.conflict.ConflictWindow;
import org.greenhub.evaluation.domain.conflict.Conflicts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Feeds the conflict rules ({@link Conflicts}) from the database in bulk: four queries for any number of judges and
 * subjects (declarations, profile ties, affiliations, waivers), never one query per pair.
 */
@ApplicationScoped
public class ConflictDetector {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** The subjects of a round with the organisation that submitted each. */
    public List<Conflicts.Subject> subjectsOf(long roundId) {
        return em.createQuery("select e.subject.id, e.subject.organisation.id from RoundEntry e where e.round.id = :round", Object[].class)
                .setParameter("round", roundId).getResultList().stream()
                .map(row -> new Conflicts.Subject((Long) row[0], (Long) row[1])).toList();
    }

    /** Conflicts between the judges and every subject of the round, the round's waivers applied. */
    public Conflicts forRound(long roundId, Collection<Long> judgeIds) {
        return among(roundId, judgeIds, subjectsOf(roundId));
    }

    /**
     * Conflicts between the judges and the subjects.
     *
     * @param roundId whose waivers apply; null for none (lists outside a round)
     */
    public Conflicts among(Long roundId, Collection<Long> judgeIds, Collection<Conflicts.Subject> subjects) {
        if (judgeIds.isEmpty() || subjects.isEmpty()) {
            return Conflicts.none();
        }
        Set<Long> judges = Set.copyOf(judgeIds);
        Set<Long> subjectIds = subjects.stream().map(Conflicts.Subject::id).collect(Collectors.toSet());
        Set<Long> organisations = subjects.stream().map(Conflicts.Subject::organisationId).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate cutoff = ConflictWindow.cutoff(today);

        List<Conflicts.Declaration> declarations = em.createQuery(
                        "select d.judge.id, d.subject.id, d.organisation.id from ConflictDeclaration d "
                                + "where d.judge.id in :judges and (d.subject.id in :subjects or d.organisation.id in :organisations)", Object[].class)
                .setParameter("judges", judges).setParameter("subjects", subjectIds).setParameter("organisations", organisations)
                .getResultList().stream()
                .map(row -> new Conflicts.Declaration((Long) row[0], (Long) row[1], (Long) row[2])).toList();
        List<Conflicts.Relation> ties = em.createQuery(
                        "select t.judge.id, t.organisation.id, t.period.until from JudgeTie t where t.judge.id in :judges "
                                + "and t.organisation.id in :organisations and (t.period.until is null or t.period.until >= :cutoff)", Object[].class)
                .setParameter("judges", judges).setParameter("organisations", organisations).setParameter("cutoff", cutoff)
                .getResultList().stream()
                .map(row -> new Conflicts.Relation((Long) row[0], (Long) row[1], (LocalDate) row[2])).toList();
        List<Conflicts.Relation> affiliations = em.createQuery(
                        "select a.person.id, a.organisation.id, a.period.until from Affiliation a where a.person.id in :judges "
                                + "and a.organisation.id in :organisations and (a.period.until is null or a.period.until >= :cutoff)", Object[].class)
                .setParameter("judges", judges).setParameter("organisations", organisations).setParameter("cutoff", cutoff)
                .getResultList().stream()
                .map(row -> new Conflicts.Relation((Long) row[0], (Long) row[1], (LocalDate) row[2])).toList();
        List<Conflicts.Pair> waivers = roundId == null ? List.of() : em.createQuery(
                        "select w.judge.id, w.subject.id from ConflictWaiver w where w.round.id = :round and w.judge.id in :judges", Object[].class)
                .setParameter("round", roundId).setParameter("judges", judges)
                .getResultList().stream()
                .map(row -> new Conflicts.Pair((Long) row[0], (Long) row[1])).toList();
        return Conflicts.detect(subjects, declarations, ties, affiliations, waivers, today);
    }
}
