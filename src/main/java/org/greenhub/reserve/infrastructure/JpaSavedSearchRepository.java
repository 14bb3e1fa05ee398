package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.reserve.domain.SavedSearch;
import org.greenhub.reserve.domain.SavedSearchRepository;

@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public List<SavedSearch> ofUser(long userId) {
        return em.createQuery(
                        "select s from SavedSearch s where s.funderUserId = :u order by s.id desc", SavedSearch.class)
                .setParameter("u", userId)
                .getResultList();
    }

    @Override
    public void add(SavedSearch search) {
        em.persist(search);
        em.flush();
    }

    @Override
    public void remove(SavedSearch search) {
        em.remove(search);
    }
}
