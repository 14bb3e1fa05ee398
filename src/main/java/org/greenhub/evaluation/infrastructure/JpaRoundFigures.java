package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.greenhub.evaluation.application.RoundFigures;
import org.greenhub.evaluation.domain.ScoreSheet;

@ApplicationScoped
public class JpaRoundFigures implements RoundFigures {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Figures> of(Collection<Long> roundIds) {
        Map<Long, Figures> figures = new HashMap<>();
        if (roundIds.isEmpty()) {
            return figures;
        }
        Map<Long, Long> entries = counts(
                "select e.round.id, count(e) from RoundEntry e where e.round.id in :rounds group by e.round.id",
                roundIds);
        Map<Long, Long> assignments = counts(
                "select a.round.id, count(a) from Assignment a where a.round.id in :rounds group by a.round.id",
                roundIds);
        Map<Long, Long> submitted = new HashMap<>();
        em.createQuery(
                        "select s.round.id, count(s) from ScoreSheet s where s.round.id in :rounds and s.status = :submitted"
                                + " group by s.round.id",
                        Object[].class)
                .setParameter("rounds", roundIds)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED)
                .getResultList()
                .forEach(row -> submitted.put((Long) row[0], (Long) row[1]));
        for (Long id : roundIds) {
            figures.put(
                    id,
                    new Figures(
                            entries.getOrDefault(id, 0L),
                            assignments.getOrDefault(id, 0L),
                            submitted.getOrDefault(id, 0L)));
        }
        return figures;
    }

    private Map<Long, Long> counts(String jpql, Collection<Long> roundIds) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(jpql, Object[].class)
                .setParameter("rounds", roundIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
