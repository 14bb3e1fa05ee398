package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.application.ManagerAccess;
import org.greenhub.evaluation.application.RoundListQueries;
import org.greenhub.evaluation.domain.EvaluationRound;

@ApplicationScoped
public class JpaRoundListQueries implements RoundListQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<EvaluationRound> page(ManagerAccess.KeyFilter mine, int first, int size) {
        return mine.bind(em.createQuery(
                        "select r from EvaluationRound r where " + mine.condition()
                                + " order by r.createdAt desc, r.id desc",
                        EvaluationRound.class))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count(ManagerAccess.KeyFilter mine) {
        return mine.bind(em.createQuery("select count(r) from EvaluationRound r where " + mine.condition(), Long.class))
                .getSingleResult();
    }

    @Override
    public Map<Long, Long> entryCounts(Collection<Long> roundIds) {
        Map<Long, Long> entries = new HashMap<>();
        em.createQuery(
                        "select e.round.id, count(e) from RoundEntry e where e.round.id in :rounds group by e.round.id",
                        Object[].class)
                .setParameter("rounds", roundIds)
                .getResultList()
                .forEach(row -> entries.put((Long) row[0], (Long) row[1]));
        return entries;
    }
}
