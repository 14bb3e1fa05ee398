package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.greenhub.evaluation.application.JudgeQueueQueries;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.ScoreSheet;

@ApplicationScoped
public class JpaJudgeQueueQueries implements JudgeQueueQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Line> publishedInOpenRounds(long judgeId) {
        return em
                .createQuery(
                        "select r.id, r.name, r.blind, r.closesAt, s.id, s.reference, s.title, s.track, "
                                + "s.groupName, s.organisation.id, sh.status, r.programmeKey from Assignment a join a.round r join a.subject s "
                                + "left join ScoreSheet sh on sh.round = r and sh.subject = s and sh.judge = a.judge "
                                + "where a.judge.id = :judge and r.assignmentsPublished = true and r.status = :open "
                                + "order by r.closesAt, r.id, s.reference",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setParameter("open", RoundStatus.OPEN)
                .getResultList()
                .stream()
                .map(row -> new Line(
                        (Long) row[0],
                        (String) row[1],
                        (Boolean) row[2],
                        (Instant) row[3],
                        (Long) row[4],
                        (String) row[5],
                        (String) row[6],
                        (String) row[7],
                        (String) row[8],
                        (Long) row[9],
                        (ScoreSheet.Status) row[10],
                        (String) row[11]))
                .toList();
    }

    @Override
    public List<Standing> standingInOpenRound(long judgeId, long roundId) {
        return em
                .createQuery(
                        "select s.id, s.organisation.id, sh.status from Assignment a join a.round r join a.subject s "
                                + "left join ScoreSheet sh on sh.round = r and sh.subject = s and sh.judge = a.judge "
                                + "where a.judge.id = :judge and r.id = :round and r.assignmentsPublished = true "
                                + "and r.status = :open",
                        Object[].class)
                .setParameter("judge", judgeId)
                .setParameter("round", roundId)
                .setParameter("open", RoundStatus.OPEN)
                .getResultList()
                .stream()
                .map(row -> new Standing((Long) row[0], (Long) row[1], (ScoreSheet.Status) row[2]))
                .toList();
    }
}
