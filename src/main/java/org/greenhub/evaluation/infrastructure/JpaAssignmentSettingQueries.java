package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.evaluation.application.AssignmentSettingQueries;

/** Projections only: nothing here enters the persistence context. */
@ApplicationScoped
public class JpaAssignmentSettingQueries implements AssignmentSettingQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<SubjectRow> subjects(long roundId) {
        return em
                .createQuery(
                        "select s.id, s.reference, s.track, s.groupName, s.organisation.id "
                                + "from RoundEntry e join e.subject s where e.round.id = :round",
                        Object[].class)
                .setParameter("round", roundId)
                .getResultList()
                .stream()
                .map(row ->
                        new SubjectRow((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Long) row[4]))
                .toList();
    }

    @Override
    public List<PanelRow> panels(long roundId) {
        return em
                .createQuery(
                        "select p.id, p.track, p.groupName from Panel p where p.round.id = :round order by p.id",
                        Object[].class)
                .setParameter("round", roundId)
                .getResultList()
                .stream()
                .map(row -> new PanelRow((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    @Override
    public List<PanelJudgeRow> panelJudges(long roundId) {
        return em
                .createQuery("select p.id, j.id from Panel p join p.judges j where p.round.id = :round", Object[].class)
                .setParameter("round", roundId)
                .getResultList()
                .stream()
                .map(row -> new PanelJudgeRow((Long) row[0], (Long) row[1]))
                .toList();
    }

    @Override
    public Set<Long> panelJudgesWithJudgeRole(long roundId) {
        return new HashSet<>(em.createQuery(
                        "select distinct j.id from Panel p join p.judges j join j.roles r "
                                + "where p.round.id = :round and r = :judge",
                        Long.class)
                .setParameter("round", roundId)
                .setParameter("judge", Role.JUDGE)
                .getResultList());
    }
}
