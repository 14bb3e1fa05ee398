package org.greenhub.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.RubricRepository;

@ApplicationScoped
public class JpaRubricRepository implements RubricRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Rubric> find(long id) {
        return Optional.ofNullable(em.find(Rubric.class, id));
    }

    @Override
    public void add(Rubric rubric) {
        em.persist(rubric);
    }
}
