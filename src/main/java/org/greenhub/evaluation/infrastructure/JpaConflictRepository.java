package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.evaluation.domain.conflict.ConflictDeclaration;
import org.greenhub.evaluation.domain.conflict.ConflictRepository;
import org.greenhub.evaluation.domain.conflict.ConflictWaiver;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.evaluation.domain.conflict.JudgeTie;

/** The conflict look-ups are one statement each for any number of judges and subjects, never one per pair. */
@ApplicationScoped
public class JpaConflictRepository implements ConflictRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Conflicts.Subject> subjectsOf(long roundId) {
        return em
                .createQuery(
                        "select e.subject.id, e.subject.organisation.id from RoundEntry e where e.round.id = :round",
                        Object[].class)
                .setParameter("round", roundId)
                .getResultList()
                .stream()
                .map(row -> new Conflicts.Subject((Long) row[0], (Long) row[1]))
                .toList();
    }

    @Override
    public void addDeclaration(ConflictDeclaration declaration) {
        em.persist(declaration);
    }

    @Override
    public List<ConflictDeclaration> declarationsOf(long judgeId) {
        return em.createQuery(
                        "select d from ConflictDeclaration d left join fetch d.subject left join fetch d.organisation "
                                + "where d.judge.id = :judge order by d.declaredAt desc",
                        ConflictDeclaration.class)
                .setParameter("judge", judgeId)
                .getResultList();
    }

    @Override
    public void addTie(JudgeTie tie) {
        em.persist(tie);
    }

    @Override
    public Optional<JudgeTie> findTie(long tieId) {
        return Optional.ofNullable(em.find(JudgeTie.class, tieId));
    }

    @Override
    public List<JudgeTie> tiesOf(long judgeId) {
        return em.createQuery(
                        "select t from JudgeTie t join fetch t.organisation where t.judge.id = :judge "
                                + "order by t.period.until desc nulls first, t.period.since desc",
                        JudgeTie.class)
                .setParameter("judge", judgeId)
                .getResultList();
    }

    @Override
    public void addWaiver(ConflictWaiver waiver) {
        em.persist(waiver);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Conflicts.Declaration> declarations(Set<Long> judges, Set<Long> subjectIds, Set<Long> organisations) {
        return asDeclarations(em.createQuery(
                        "select d.judge.id, d.subject.id, d.organisation.id from ConflictDeclaration d "
                                + "where d.judge.id in :judges and (d.subject.id in :subjects or d.organisation.id in :organisations)",
                        Object[].class)
                .setParameter("judges", judges)
                .setParameter("subjects", subjectIds)
                .setParameter("organisations", organisations));
    }

    @Override
    public List<Conflicts.Relation> ties(Set<Long> judges, Set<Long> organisations, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select t.judge.id, t.organisation.id, t.period.until from JudgeTie t where t.judge.id in :judges "
                                + "and t.organisation.id in :organisations and (t.period.until is null or t.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("judges", judges)
                .setParameter("organisations", organisations)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Relation> affiliations(Set<Long> judges, Set<Long> organisations, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select a.person.id, a.organisation.id, a.period.until from Affiliation a where a.person.id in :judges "
                                + "and a.organisation.id in :organisations and (a.period.until is null or a.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("judges", judges)
                .setParameter("organisations", organisations)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Pair> waivers(long roundId, Set<Long> judges) {
        return asPairs(em.createQuery(
                        "select w.judge.id, w.subject.id from ConflictWaiver w where w.round.id = :round and w.judge.id in :judges",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("judges", judges));
    }

    @Override
    public List<Conflicts.Declaration> declarationsOfJudge(long judgeId) {
        return asDeclarations(em.createQuery(
                        "select d.judge.id, d.subject.id, d.organisation.id from ConflictDeclaration d where d.judge.id = :judge",
                        Object[].class)
                .setParameter("judge", judgeId));
    }

    @Override
    public List<Conflicts.Relation> tiesOfJudge(long judgeId, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select t.judge.id, t.organisation.id, t.period.until from JudgeTie t where t.judge.id = :judge "
                                + "and (t.period.until is null or t.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Relation> affiliationsOfJudge(long judgeId, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select a.person.id, a.organisation.id, a.period.until from Affiliation a where a.person.id = :judge "
                                + "and (a.period.until is null or a.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Pair> waiversOfJudge(long roundId, long judgeId) {
        return asPairs(em.createQuery(
                        "select w.judge.id, w.subject.id from ConflictWaiver w where w.round.id = :round and w.judge.id = :judge",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("judge", judgeId));
    }

    private static final String PANEL_JUDGES = "(select j.id from Panel p join p.judges j where p.round.id = :round)";

    private static final String ENTRIES = "(select e.subject.id from RoundEntry e where e.round.id = :round)";

    private static final String ENTRY_ORGANISATIONS =
            "(select e.subject.organisation.id from RoundEntry e where e.round.id = :round)";

    @Override
    public List<Conflicts.Declaration> declarationsInRound(long roundId) {
        return asDeclarations(em.createQuery(
                        "select d.judge.id, d.subject.id, d.organisation.id from ConflictDeclaration d where d.judge.id in "
                                + PANEL_JUDGES + " and (d.subject.id in " + ENTRIES + " or d.organisation.id in "
                                + ENTRY_ORGANISATIONS + ")",
                        Object[].class)
                .setParameter("round", roundId));
    }

    @Override
    public List<Conflicts.Relation> tiesInRound(long roundId, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select t.judge.id, t.organisation.id, t.period.until from JudgeTie t where t.judge.id in "
                                + PANEL_JUDGES + " and t.organisation.id in " + ENTRY_ORGANISATIONS
                                + " and (t.period.until is null or t.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Relation> affiliationsInRound(long roundId, LocalDate cutoff) {
        return asRelations(em.createQuery(
                        "select a.person.id, a.organisation.id, a.period.until from Affiliation a where a.person.id in "
                                + PANEL_JUDGES + " and a.organisation.id in " + ENTRY_ORGANISATIONS
                                + " and (a.period.until is null or a.period.until >= :cutoff)",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("cutoff", cutoff));
    }

    @Override
    public List<Conflicts.Pair> waiversInRound(long roundId) {
        return asPairs(em.createQuery(
                        "select w.judge.id, w.subject.id from ConflictWaiver w where w.round.id = :round and w.judge.id in "
                                + PANEL_JUDGES,
                        Object[].class)
                .setParameter("round", roundId));
    }

    @Override
    public List<long[]> waiversOf(long judgeId, Set<Long> roundIds) {
        return em
                .createQuery(
                        "select w.round.id, w.subject.id from ConflictWaiver w where w.judge.id = :judge and w.round.id in :rounds",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setParameter("rounds", roundIds)
                .getResultList()
                .stream()
                .map(w -> new long[] {(Long) w[0], (Long) w[1]})
                .toList();
    }

    /** Rows of judge, subject and organisation ids as declarations (one of subject and organisation is null). */
    private static List<Conflicts.Declaration> asDeclarations(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new Conflicts.Declaration((Long) row[0], (Long) row[1], (Long) row[2]))
                .toList();
    }

    /** Rows of person id, organisation id and the day the relation ended (null: still in force). */
    private static List<Conflicts.Relation> asRelations(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new Conflicts.Relation((Long) row[0], (Long) row[1], (LocalDate) row[2]))
                .toList();
    }

    /** Rows of judge id and subject id. */
    private static List<Conflicts.Pair> asPairs(TypedQuery<Object[]> query) {
        return query.getResultList().stream()
                .map(row -> new Conflicts.Pair((Long) row[0], (Long) row[1]))
                .toList();
    }
}
