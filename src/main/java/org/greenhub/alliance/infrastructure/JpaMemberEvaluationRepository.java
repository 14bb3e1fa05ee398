package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.alliance.domain.MemberEvaluation;
import org.greenhub.alliance.domain.MemberEvaluationRepository;

@ApplicationScoped
public class JpaMemberEvaluationRepository implements MemberEvaluationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<MemberEvaluation> find(long id) {
        return Optional.ofNullable(em.find(MemberEvaluation.class, id));
    }

    @Override
    public void add(MemberEvaluation evaluation) {
        em.persist(evaluation);
    }

    @Override
    public List<MemberEvaluation> of(long allianceId, int year) {
        return em.createQuery(
                        "select e from MemberEvaluation e where e.allianceId = :a and e.year = :y",
                        MemberEvaluation.class)
                .setParameter("a", allianceId)
                .setParameter("y", year)
                .getResultList();
    }
}
