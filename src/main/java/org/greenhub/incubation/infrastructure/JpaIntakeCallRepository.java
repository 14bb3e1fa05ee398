package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
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
}
