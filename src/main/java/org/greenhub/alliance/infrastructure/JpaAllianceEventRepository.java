package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.AllianceEventRepository;
import org.greenhub.alliance.domain.EventRegistration;

@ApplicationScoped
public class JpaAllianceEventRepository implements AllianceEventRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AllianceEvent event) {
        em.persist(event);
    }

    @Override
    public Optional<AllianceEvent> find(long id) {
        return Optional.ofNullable(em.find(AllianceEvent.class, id));
    }

    @Override
    public Optional<AllianceEvent> lock(long id) {
        return Optional.ofNullable(em.find(AllianceEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public long countBetween(Alliance alliance, Instant from, Instant to) {
        return em.createQuery(
                        "select count(e) from AllianceEvent e where e.alliance = :a and e.startsAt >= :from and e.startsAt < :to",
                        Long.class)
                .setParameter("a", alliance)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    @Override
    public void addRegistration(EventRegistration registration) {
        em.persist(registration);
    }

    @Override
    public Optional<EventRegistration> findRegistration(long id) {
        return Optional.ofNullable(em.find(EventRegistration.class, id));
    }

    @Override
    public void removeRegistration(EventRegistration registration) {
        em.remove(registration);
    }

    @Override
    public boolean isRegistered(AllianceEvent event, UserAccount person) {
        return em.createQuery(
                                "select count(r) from EventRegistration r where r.event = :e and r.person = :p",
                                Long.class)
                        .setParameter("e", event)
                        .setParameter("p", person)
                        .getSingleResult()
                > 0;
    }

    @Override
    public long countRegistrations(AllianceEvent event) {
        return em.createQuery("select count(r) from EventRegistration r where r.event = :e", Long.class)
                .setParameter("e", event)
                .getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
