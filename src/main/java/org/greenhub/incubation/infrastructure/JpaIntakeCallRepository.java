package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;

@ApplicationScoped
public class JpaIntakeCallRepository implements IntakeCallRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<IntakeCall> find(long id) {
        return Optional.ofNullable(em.find(IntakeCall.class, id));
    }

    @Override
    public Optional<IntakeCall> read(long id) {
        return em.createQuery("select c from IntakeCall c where c.id = :id", IntakeCall.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public IntakeCall lock(long id) {
        return em.find(IntakeCall.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(IntakeCall call) {
        em.persist(call);
    }

    @Override
    public List<IntakeCall> ofIncubator(long incubatorId) {
        return em.createQuery(
                        "select c from IntakeCall c where c.incubator.id = :incubator order by c.opensAt desc, c.id desc",
                        IntakeCall.class)
                .setParameter("incubator", incubatorId)
                .getResultList();
    }

    @Override
    public List<Long> idsInIncubators(Collection<Long> incubatorIds) {
        return em.createQuery("select c.id from IntakeCall c where c.incubator.id in :incubators", Long.class)
                .setParameter("incubators", incubatorIds)
                .getResultList();
    }

    @Override
    public List<IntakeCall> openAt(Instant now) {
        return em.createQuery("""
                        select c from IntakeCall c
                        where c.published = true and c.opensAt <= :now and c.closesAt > :now
                        order by c.closesAt, c.id""", IntakeCall.class).setParameter("now", now).getResultList();
    }

    @Override
    public List<IntakeCall> published(Window window, Long incubatorId, Instant now, int first, int max) {
        TypedQuery<IntakeCall> query = em.createQuery(
                "select c from IntakeCall c" + publishedWhere(window, incubatorId) + " order by c.closesAt, c.id",
                IntakeCall.class);
        bind(query, window, incubatorId, now);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countPublished(Window window, Long incubatorId, Instant now) {
        TypedQuery<Long> query =
                em.createQuery("select count(c) from IntakeCall c" + publishedWhere(window, incubatorId), Long.class);
        bind(query, window, incubatorId, now);
        return query.getSingleResult();
    }

    private static String publishedWhere(Window window, Long incubatorId) {
        StringBuilder where = new StringBuilder(" where c.published = true");
        if (window != null) {
            where.append(
                    switch (window) {
                        case OPEN -> " and c.opensAt <= :now and c.closesAt > :now";
                        case UPCOMING -> " and c.opensAt > :now";
                        case CLOSED -> " and c.closesAt <= :now";
                    });
        }
        if (incubatorId != null) {
            where.append(" and c.incubator.id = :incubator");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, Window window, Long incubatorId, Instant now) {
        if (window != null) {
            query.setParameter("now", now);
        }
        if (incubatorId != null) {
            query.setParameter("incubator", incubatorId);
        }
    }
}
