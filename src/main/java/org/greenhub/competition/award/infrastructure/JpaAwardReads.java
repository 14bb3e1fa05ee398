package org.greenhub.competition.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.competition.award.application.AwardReads;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.domain.Competition;

@ApplicationScoped
public class JpaAwardReads implements AwardReads {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Competition> competitionsFor(boolean admin, long userId) {
        return em.createQuery("""
                        select distinct c from Competition c left join fetch c.texts left join c.managers m
                        where :admin = true or m.id = :user order by c.createdAt desc""", Competition.class)
                .setParameter("admin", admin)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public Map<Long, AwardResultStatus> resultStates(Collection<Long> competitionIds) {
        Map<Long, AwardResultStatus> states = new HashMap<>();
        if (competitionIds.isEmpty()) {
            return states; // no competitions, no results (and an empty IN list is not valid JPQL)
        }
        em.createQuery(
                        "select r.competitionId, r.status from AwardResult r where r.competitionId in :ids",
                        Object[].class)
                .setParameter("ids", competitionIds)
                .getResultList()
                .forEach(row -> states.put((Long) row[0], (AwardResultStatus) row[1]));
        return states;
    }

    @Override
    public List<AwardQueries.AwardLine> awards(long resultId, int first, int size) {
        return em.createQuery("""
                        select new org.greenhub.competition.award.application.AwardQueries$AwardLine(a.id, a.group, a.track, a.tier,
                               a.rankingRank, a.score, a.awardeeName, a.entryTitle, a.status, a.verificationCode)
                        from Award a where a.resultId = :r order by a.group, a.tierOrder, a.rankingRank, a.id""", AwardQueries.AwardLine.class)
                .setParameter("r", resultId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countAwards(long resultId) {
        return em.createQuery("select count(a) from Award a where a.resultId = :r", Long.class)
                .setParameter("r", resultId)
                .getSingleResult();
    }

    @Override
    public List<Object[]> objections(long resultId) {
        return em.createQuery("""
                        select o, a.awardeeName, a.tier from AwardObjection o, Award a where o.awardId = a.id and a.resultId = :r
                        order by o.filedAt, o.id""", Object[].class).setParameter("r", resultId).getResultList();
    }
}
