package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenhub.evaluation.application.JudgeAssignmentQueries;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.conflict.ConflictType;

@ApplicationScoped
public class JpaJudgeAssignmentQueries implements JudgeAssignmentQueries {

    /** The queue's rows: published assignments in open rounds, the judge's own sheet beside each. */
    private static final String FROM = " from Assignment a join a.round r join a.subject s "
            + "left join ScoreSheet sh on sh.round = r and sh.subject = s and sh.judge = a.judge "
            + "where a.judge.id = :judge and r.assignmentsPublished = true and r.status = :open";

    @PersistenceContext
    EntityManager em;

    @Override
    public long count(long judgeId, Long roundId, SheetFilter state) {
        return filtered("select count(a)" + FROM, Long.class, judgeId, roundId, state, "")
                .getSingleResult();
    }

    @Override
    public List<Line> page(long judgeId, Long roundId, SheetFilter state, int offset, int size) {
        return filtered(
                        "select a.id, r.id, r.name, r.blind, r.closesAt, s.id, s.reference, s.title, s.track, "
                                + "s.groupName, s.organisation.id, sh.status, r.programmeKey"
                                + FROM,
                        Object[].class,
                        judgeId,
                        roundId,
                        state,
                        " order by r.closesAt, r.id, s.reference, a.id")
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(row -> new Line(
                        (Long) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (Boolean) row[3],
                        (Instant) row[4],
                        (Long) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        (String) row[9],
                        (Long) row[10],
                        (ScoreSheet.Status) row[11],
                        (String) row[12]))
                .toList();
    }

    private <T> TypedQuery<T> filtered(
            String select, Class<T> type, long judgeId, Long roundId, SheetFilter state, String orderBy) {
        StringBuilder jpql = new StringBuilder(select);
        if (roundId != null) {
            jpql.append(" and r.id = :round");
        }
        if (state == SheetFilter.NOT_STARTED) {
            jpql.append(" and sh.id is null");
        } else if (state != null) {
            jpql.append(" and sh.status = :status");
        }
        TypedQuery<T> query = em.createQuery(jpql + orderBy, type)
                .setParameter("judge", judgeId)
                .setParameter("open", RoundStatus.OPEN);
        if (roundId != null) {
            query.setParameter("round", roundId);
        }
        if (state == SheetFilter.DRAFT) {
            query.setParameter("status", ScoreSheet.Status.DRAFT);
        } else if (state == SheetFilter.SUBMITTED) {
            query.setParameter("status", ScoreSheet.Status.SUBMITTED);
        }
        return query;
    }

    @Override
    public Optional<long[]> published(long assignmentId, long judgeId) {
        return em.createQuery(
                        "select a.round.id, a.subject.id from Assignment a "
                                + "where a.id = :id and a.judge.id = :judge and a.round.assignmentsPublished = true",
                        Object[].class)
                .setParameter("id", assignmentId)
                .setParameter("judge", judgeId)
                .getResultStream()
                .findFirst()
                .map(row -> new long[] {(Long) row[0], (Long) row[1]});
    }

    @Override
    public long countDeclarations(long judgeId) {
        return em.createQuery("select count(d) from ConflictDeclaration d where d.judge.id = :judge", Long.class)
                .setParameter("judge", judgeId)
                .getSingleResult();
    }

    @Override
    public List<Declaration> declarations(long judgeId, int offset, int size) {
        return em
                .createQuery(
                        "select d.id, s.reference, o.legalName, d.type, d.reason, d.declaredAt "
                                + "from ConflictDeclaration d left join d.subject s left join d.organisation o "
                                + "where d.judge.id = :judge order by d.declaredAt desc, d.id desc",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setFirstResult(offset)
                .setMaxResults(size)
                .getResultList()
                .stream()
                .map(row -> new Declaration(
                        (Long) row[0],
                        row[1] != null ? (String) row[1] : (String) row[2],
                        (ConflictType) row[3],
                        (String) row[4],
                        (Instant) row[5]))
                .toList();
    }
}
