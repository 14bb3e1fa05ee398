package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.alliance.domain.NeedAnswer;
import org.greenhub.alliance.domain.TechnicalNeed;
import org.greenhub.alliance.domain.TechnicalNeedRepository;

@ApplicationScoped
public class JpaTechnicalNeedRepository implements TechnicalNeedRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(TechnicalNeed need) {
        em.persist(need);
    }

    @Override
    public Optional<TechnicalNeed> find(long id) {
        return Optional.ofNullable(em.find(TechnicalNeed.class, id));
    }

    @Override
    public void addAnswer(NeedAnswer answer) {
        em.persist(answer);
    }
}
