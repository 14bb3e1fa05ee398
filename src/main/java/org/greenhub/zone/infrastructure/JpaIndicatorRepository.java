package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorRepository;
import org.greenhub.zone.domain.ZoneTarget;

@ApplicationScoped
public class JpaIndicatorRepository implements IndicatorRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Indicator> indicators() {
        return em.createQuery("select i from Indicator i join i.set s order by s.position, i.position", Indicator.class)
                .getResultList();
    }

    @Override
    public Optional<Indicator> find(long indicatorId) {
        return Optional.ofNullable(em.find(Indicator.class, indicatorId));
    }

    @Override
    public List<ZoneTarget> targets(long zoneId, int year) {
        return em.createQuery(
                        // indicator and set are eager: at most one select each for a page's 19 targets
                        "select t from ZoneTarget t where t.zoneId = :zone and t.year = :year", ZoneTarget.class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<ZoneTarget> targets(java.util.Collection<Long> zoneIds, int year) {
        if (zoneIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select t from ZoneTarget t where t.zoneId in :zones and t.year = :year", ZoneTarget.class)
                .setParameter("zones", zoneIds)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public Optional<ZoneTarget> target(long zoneId, long indicatorId, int year) {
        return em.createQuery(
                        "select t from ZoneTarget t where t.zoneId = :zone and t.indicator.id = :indicator"
                                + " and t.year = :year",
                        ZoneTarget.class)
                .setParameter("zone", zoneId)
                .setParameter("indicator", indicatorId)
                .setParameter("year", year)
                .getResultStream()
                .findFirst();
    }

    @Override
    public void add(ZoneTarget target) {
        em.persist(target);
        // the audit record that follows names the new id
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
