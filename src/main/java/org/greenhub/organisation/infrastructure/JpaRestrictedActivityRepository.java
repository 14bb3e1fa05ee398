package org.greenhub.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.organisation.domain.RestrictedActivity;
import org.greenhub.organisation.domain.RestrictedActivityRepository;

@ApplicationScoped
public class JpaRestrictedActivityRepository implements RestrictedActivityRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<RestrictedActivity> find(long id) {
        return Optional.ofNullable(em.find(RestrictedActivity.class, id));
    }

    @Override
    public List<RestrictedActivity> active() {
        return em.createQuery(
                        "select r from RestrictedActivity r where r.active = true order by r.code",
                        RestrictedActivity.class)
                .getResultList();
    }

    @Override
    public List<RestrictedActivity> all() {
        return em.createQuery(
                        "select r from RestrictedActivity r order by r.active desc, r.code", RestrictedActivity.class)
                .getResultList();
    }

    @Override
    public boolean codeTaken(String code) {
        return !em.createQuery("select r.id from RestrictedActivity r where r.code = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
    }

    @Override
    public RestrictedActivity add(RestrictedActivity activity) {
        em.persist(activity);
        em.flush();
        return activity;
    }
}
