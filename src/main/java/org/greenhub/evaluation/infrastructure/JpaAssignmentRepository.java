package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
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

    /**
     * One statement for the whole plan: identity ids cannot be batched by Hibernate (each insert must return its id),
     * so 5,000 persists were 5,000 round trips. The ids travel as three array literals unnested side by side.
     */
    @Override
    public int addAll(long roundId, Assignment.Source source, Instant createdAt, List<NewAssignment> assignments) {
        if (assignments.isEmpty()) {
            return 0;
        }
        StringJoiner subjects = new StringJoiner(",", "{", "}");
        StringJoiner judges = new StringJoiner(",", "{", "}");
        StringJoiner panels = new StringJoiner(",", "{", "}");
        for (NewAssignment assignment : assignments) {
            subjects.add(Long.toString(assignment.subjectId()));
            judges.add(Long.toString(assignment.judgeId()));
            panels.add(assignment.panelId() == null ? "NULL" : Long.toString(assignment.panelId()));
        }
        return em.createNativeQuery(
                        "insert into assignment (round_id, subject_id, judge_id, panel_id, source, created_at) "
                                + "select :round, t.subject_id, t.judge_id, t.panel_id, :source, :createdAt "
                                + "from unnest(cast(:subjects as bigint[]), cast(:judges as bigint[]), cast(:panels as bigint[])) "
                                + "as t (subject_id, judge_id, panel_id)")
                .setParameter("round", roundId)
                .setParameter("source", source.name())
                .setParameter("createdAt", createdAt)
                .setParameter("subjects", subjects.toString())
                .setParameter("judges", judges.toString())
                .setParameter("panels", panels.toString())
                .executeUpdate();
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
