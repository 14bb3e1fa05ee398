package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.zone.application.ZoneDashboardQueries;

@ApplicationScoped
public class JpaZoneDashboardQueries implements ZoneDashboardQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Enterprise> declaredEnterprises(long zoneId, int year) {
        // the organisation's name and sector are the shared kernel's columns
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.legal_name, o.sector from organisation o"
                        + " where o.id in (select d.organisation_id from zone_declaration d"
                        + " where d.zone_id = ?1 and d.year = ?2 and d.status = 'ACCEPTED')")
                .setParameter(1, zoneId)
                .setParameter(2, year)
                .getResultList();
        return rows.stream()
                .map(r -> new Enterprise(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
                .toList();
    }

    @Override
    public DeclaringCounts declaring(long zoneId, int year) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "select"
                                + " (select count(*) from organisation o where o.zone_id = ?1),"
                                + " (select count(*) from organisation o where o.zone_id = ?1 and not exists"
                                + "   (select 1 from zone_declaration d where d.zone_id = ?1 and d.organisation_id = o.id"
                                + "    and d.year = ?2)),"
                                + " (select count(*) from zone_declaration d where d.zone_id = ?1 and d.year = ?2"
                                + "   and d.status = 'SUBMITTED' and d.number = (select max(n.number) from zone_declaration n"
                                + "   where n.zone_id = d.zone_id and n.organisation_id = d.organisation_id and n.year = d.year))")
                .setParameter(1, zoneId)
                .setParameter(2, year)
                .getSingleResult();
        return new DeclaringCounts(
                ((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }
}
