package org.greenhub.zone.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.greenhub.organisation.application.ZoneOrganisations;
import org.greenhub.zone.application.ZoneDashboardQueries;

@ApplicationScoped
public class JpaZoneDashboardQueries implements ZoneDashboardQueries {

    @PersistenceContext
    EntityManager em;

    // names, sectors and the zone's organisations are organisation's: read through what it publishes, not its tables
    @Inject
    ZoneOrganisations organisations;

    @Override
    public DeclaringCounts declaring(long zoneId, int year) {
        List<Long> inZone = organisations.idsInZone(zoneId);
        // one row per enterprise that declared the year: whether its newest version waits for review
        @SuppressWarnings("unchecked")
        List<Object[]> declaredRows = em.createNativeQuery(
                        "select d.organisation_id, bool_or(d.status = 'SUBMITTED' and d.number = (select max(n.number)"
                                + " from zone_declaration n where n.zone_id = d.zone_id"
                                + " and n.organisation_id = d.organisation_id and n.year = d.year))"
                                + " from zone_declaration d where d.zone_id = ?1 and d.year = ?2 group by d.organisation_id")
                .setParameter(1, zoneId)
                .setParameter(2, year)
                .getResultList();
        Set<Long> declared = new HashSet<>();
        long inReview = 0;
        for (Object[] row : declaredRows) {
            declared.add(((Number) row[0]).longValue());
            inReview += Boolean.TRUE.equals(row[1]) ? 1 : 0;
        }
        long missing = inZone.stream().filter(id -> !declared.contains(id)).count();
        return new DeclaringCounts(inZone.size(), missing, inReview);
    }
}
