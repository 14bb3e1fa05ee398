package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.evaluation.domain.AdvancementDecision;
import org.greenhub.evaluation.domain.AdvancementDecisionRepository;

@ApplicationScoped
public class JpaAdvancementDecisionRepository implements AdvancementDecisionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public long countFor(long roundId) {
        return em.createQuery("select count(d) from AdvancementDecision d where d.round.id = :round", Long.class)
                .setParameter("round", roundId)
                .getSingleResult();
    }

    @Override
    public void addAllNow(List<AdvancementDecision> decisions) {
        decisions.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<AdvancementDecision> ofRound(long roundId) {
        return em.createQuery(
                        "select d from AdvancementDecision d join fetch d.subject where d.round.id = :round "
                                + "order by d.scopeValue, d.rank, d.subject.reference",
                        AdvancementDecision.class)
                .setParameter("round", roundId)
                .getResultList();
    }
}
