package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.zone.domain.GreenReport;
import org.greenhub.zone.domain.GreenReportRepository;

@ApplicationScoped
public class JpaGreenReportRepository implements GreenReportRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<GreenReport> find(long id) {
        return Optional.ofNullable(em.find(GreenReport.class, id));
    }

    @Override
    public List<GreenReport> versions(long zoneId, int year) {
        return em.createQuery(
                        "select r from GreenReport r where r.zoneId = :zone and r.year = :year order by r.number",
                        GreenReport.class)
                .setParameter("zone", zoneId)
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public List<GreenReport> ofZone(long zoneId) {
        return em.createQuery(
                        "select r from GreenReport r where r.zoneId = :zone order by r.year desc, r.number desc",
                        GreenReport.class)
                .setParameter("zone", zoneId)
                .getResultList();
    }

    @Override
    public void add(GreenReport report) {
        em.persist(report);
        em.flush();
    }
}
