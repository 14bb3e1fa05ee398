package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;

@ApplicationScoped
public class JpaIncubatorRepository implements IncubatorRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Incubator> find(long id) {
        return Optional.ofNullable(em.find(Incubator.class, id));
    }

    @Override
    public void add(Incubator incubator) {
        em.persist(incubator);
    }

    @Override
    public List<Long> allIds() {
        return em.createQuery("select i.id from Incubator i order by i.id", Long.class)
                .getResultList();
    }

    @Override
    public List<Long> idsManagedBy(long userId) {
        return em.createQuery(
                        "select i.id from Incubator i join i.managerIds m where m = :user order by i.id", Long.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public List<Incubator> withIds(Collection<Long> ids) {
        return em.createQuery("select i from Incubator i where i.id in :ids order by i.id", Incubator.class)
                .setParameter("ids", ids)
                .getResultList();
    }
}
