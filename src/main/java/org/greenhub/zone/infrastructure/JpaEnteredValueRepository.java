package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.zone.domain.EnteredValue;
import org.greenhub.zone.domain.EnteredValueRepository;

@ApplicationScoped
public class JpaEnteredValueRepository implements EnteredValueRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<EnteredValue> find(long zoneId, long indicatorId, int year) {
        return em.createQuery(
                        "select v from EnteredValue v where v.zoneId = :zone and v.indicator.id = :indicator "
                                + "and v.year = :year",
                        EnteredValue.class)
                .setParameter("zone", zoneId)
                .setParameter("indicator", indicatorId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<EnteredValue> values(long zoneId, int firstYear, int lastYear) {
        return em.createQuery(
                        "select v from EnteredValue v join fetch v.indicator where v.zoneId = :zone "
                                + "and v.year between :first and :last order by v.year",
                        EnteredValue.class)
                .setParameter("zone", zoneId)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
    }

    @Override
    public List<EnteredValue> values(java.util.Collection<Long> zoneIds, int firstYear, int lastYear) {
        if (zoneIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select v from EnteredValue v join fetch v.indicator where v.zoneId in :zones "
                                + "and v.year between :first and :last order by v.year",
                        EnteredValue.class)
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
    }

    @Override
    public void add(EnteredValue value) {
        em.persist(value);
        // the unique key and the audit record that follows need the row now
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
