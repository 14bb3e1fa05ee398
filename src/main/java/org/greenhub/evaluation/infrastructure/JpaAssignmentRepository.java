package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.AssignmentRepository;

@ApplicationScoped
public class JpaAssignmentRepository implements AssignmentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(Assignment assignment) {
        em.persist(assignment);
    }

    @Override
    public void remove(Assignment assignment) {
        em.remove(assignment);
    }

    @Override
    public UserAccount judgeReference(long judgeId) {
        return em.getReference(UserAccount.class, judgeId);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public Optional<Assignment> find(long roundId, long subjectId, long judgeId) {
        return em.createQuery(
                        "select a from Assignment a where a.round.id = :round and a.subject.id = :subject and a.judge.id = :judge",
                        Assignment.class)
                .setParameter("round", roundId)
                .setParameter("subject", subjectId)
                .setParameter("judge", judgeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Assignment> ofRound(long roundId) {
        return em.createQuery(
                        "select a from Assignment a join fetch a.subject join fetch a.judge where a.round.id = :round "
                                + "order by a.subject.reference, a.judge.id",
                        Assignment.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public int removeAutomatic(long roundId) {
        return em.createQuery("delete from Assignment a where a.round.id = :round and a.source = :auto")
                .setParameter("round", roundId)
                .setParameter("auto", Assignment.Source.AUTO)
                .executeUpdate();
    }

    @Override
    public List<long[]> manualPairs(long roundId) {
        return em
                .createQuery(
                        "select a.subject.id, a.judge.id from Assignment a where a.round.id = :round and a.source = :manual",
                        Object[].class)
                .setParameter("round", roundId)
                .setParameter("manual", Assignment.Source.MANUAL)
                .getResultList()
                .stream()
                .map(row -> new long[] {(Long) row[0], (Long) row[1]})
                .toList();
    }

    @Override
    public List<Assignment> publishedOf(long judgeId) {
        return em.createQuery(
                        "select a from Assignment a join fetch a.subject join a.round r "
                                + "where a.judge.id = :judge and r.assignmentsPublished = true order by r.id, a.subject.reference",
                        Assignment.class)
                .setParameter("judge", judgeId)
                .getResultList();
    }

    @Override
    public List<Long> judgeIds(long roundId) {
        return em.createQuery("select distinct a.judge.id from Assignment a where a.round.id = :round", Long.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<Long> publishedSubjectOrganisation(long roundId, long subjectId, long judgeId) {
        return em
                .createQuery(
                        "select a.subject.organisation.id from Assignment a where a.round.id = :round "
                                + "and a.subject.id = :subject and a.judge.id = :judge and a.round.assignmentsPublished = true",
                        Long.class)
                .setParameter("round", roundId)
                .setParameter("subject", subjectId)
                .setParameter("judge", judgeId)
                .getResultList()
                .stream()
                .findFirst();
    }
}
