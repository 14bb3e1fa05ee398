package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundEntry;
import org.greenhub.evaluation.domain.RoundQuota;
import org.greenhub.evaluation.domain.RoundRepository;

@ApplicationScoped
public class JpaRoundRepository implements RoundRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<EvaluationRound> find(long id) {
        return Optional.ofNullable(em.find(EvaluationRound.class, id));
    }

    @Override
    public void add(EvaluationRound round) {
        em.persist(round);
    }

    @Override
    public void changedWith(EvaluationRound round) {
        // flushed first, so a pending change of the round itself (a new seed) is counted before the forced increment
        em.flush();
        em.lock(round, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void addEntry(RoundEntry entry) {
        em.persist(entry);
    }

    @Override
    public long entryCount(long roundId) {
        return em.createQuery("select count(e) from RoundEntry e where e.round.id = :round", Long.class)
                .setParameter("round", roundId)
                .getSingleResult();
    }

    @Override
    public Set<Long> subjectIdsIn(long roundId) {
        return new HashSet<>(
                em.createQuery("select e.subject.id from RoundEntry e where e.round.id = :round", Long.class)
                        .setParameter("round", roundId)
                        .getResultList());
    }

    @Override
    public List<EvaluationSubject> subjectsIn(long roundId) {
        return em.createQuery(
                        "select s from RoundEntry e join e.subject s where e.round.id = :round",
                        EvaluationSubject.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public List<EvaluationSubject> subjectsByReference(long roundId) {
        return em.createQuery(
                        "select s from RoundEntry e join e.subject s join fetch s.organisation where e.round.id = :round "
                                + "order by s.reference",
                        EvaluationSubject.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public Optional<EvaluationSubject> subjectIn(long roundId, long subjectId) {
        return em.createQuery(
                        "select s from RoundEntry e join e.subject s where e.round.id = :round and s.id = :subject",
                        EvaluationSubject.class)
                .setParameter("round", roundId)
                .setParameter("subject", subjectId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Panel> findPanel(long panelId) {
        return Optional.ofNullable(em.find(Panel.class, panelId));
    }

    @Override
    public void addPanel(Panel panel) {
        em.persist(panel);
    }

    @Override
    public List<Panel> panels(long roundId) {
        return em.createQuery(
                        "select distinct p from Panel p left join fetch p.judges where p.round.id = :round order by p.id",
                        Panel.class)
                .setParameter("round", roundId)
                .getResultList();
    }

    @Override
    public boolean onPanelOfSubject(long judgeId, long subjectId) {
        return em.createQuery(
                                "select count(e) from Panel p join p.judges j, RoundEntry e "
                                        + "where j.id = :judge and e.round = p.round and e.subject.id = :subject",
                                Long.class)
                        .setParameter("judge", judgeId)
                        .setParameter("subject", subjectId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public Optional<RoundQuota> findQuota(long roundId, String scopeValue) {
        return Optional.ofNullable(em.find(RoundQuota.class, new RoundQuota.Key(roundId, scopeValue)));
    }

    @Override
    public void addQuota(RoundQuota quota) {
        em.persist(quota);
    }

    @Override
    public List<RoundQuota> quotas(long roundId) {
        return em.createQuery("select q from RoundQuota q where q.key.roundId = :round", RoundQuota.class)
                .setParameter("round", roundId)
                .getResultList();
    }
}
