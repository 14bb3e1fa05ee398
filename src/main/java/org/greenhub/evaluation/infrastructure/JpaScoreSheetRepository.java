package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreSheetRepository;

@ApplicationScoped
public class JpaScoreSheetRepository implements ScoreSheetRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ScoreSheet> find(long id) {
        return Optional.ofNullable(em.find(ScoreSheet.class, id));
    }

    @Override
    public Optional<ScoreSheet> find(long roundId, long subjectId, long judgeId) {
        return em.createQuery(
                        "select s from ScoreSheet s where s.round.id = :round and s.subject.id = :subject and s.judge.id = :judge",
                        ScoreSheet.class)
                .setParameter("round", roundId)
                .setParameter("subject", subjectId)
                .setParameter("judge", judgeId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ScoreSheet sheet) {
        em.persist(sheet);
    }

    @Override
    public void addChange(ScoreChange change) {
        em.persist(change);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<ScoreSheet> submittedByOthers(long roundId, long subjectId, long judgeId) {
        return em.createQuery(
                        "select distinct s from ScoreSheet s join fetch s.judge where s.round.id = :round "
                                + "and s.subject.id = :subject and s.judge.id <> :judge and s.status = :submitted order by s.submittedAt",
                        ScoreSheet.class)
                .setParameter("round", roundId)
                .setParameter("subject", subjectId)
                .setParameter("judge", judgeId)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED)
                .getResultList();
    }

    @Override
    public List<ScoreChange> history(ScoreSheet sheet) {
        return em.createQuery(
                        "select c from ScoreChange c left join fetch c.changedBy where c.sheet = :sheet order by c.id",
                        ScoreChange.class)
                .setParameter("sheet", sheet)
                .getResultList();
    }

    @Override
    public List<ScoreSheet> submittedFor(long subjectId) {
        return em.createQuery(
                        "select s from ScoreSheet s join fetch s.round "
                                + "where s.subject.id = :subject and s.status = :submitted order by s.round.id, s.id",
                        ScoreSheet.class)
                .setParameter("subject", subjectId)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED)
                .getResultList();
    }

    @Override
    public Set<String> subjectJudgePairs(EvaluationRound round) {
        return new HashSet<>(em.createQuery(
                        "select concat(s.subject.id, ':', s.judge.id) from ScoreSheet s where s.round = :round",
                        String.class)
                .setParameter("round", round)
                .getResultList());
    }
}
