package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.greenhub.incubation.application.ZoneIncubationCounts;

@ApplicationScoped
public class JpaZoneIncubationCounts implements ZoneIncubationCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearCounts> counts(long zoneId, int firstYear, int lastYear) {
        // one statement for every year of the trend; a residency counts in each year it was running for a day
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select y.year,"
                        + " (select count(*) from incubator i where i.zone_id = ?1"
                        + "   and i.kind = 'GREEN_PROFESSIONAL_INCUBATOR'"
                        + "   and cast(i.created_at at time zone 'UTC' as date) <= make_date(y.year, 12, 31)),"
                        + " (select count(distinct r.organisation_id) from residency r"
                        + "   join incubator i on i.id = r.incubator_id where i.zone_id = ?1"
                        + "   and r.start_date <= make_date(y.year, 12, 31)"
                        + "   and coalesce(r.graduated_on, r.exited_on, date 'infinity') >= make_date(y.year, 1, 1)),"
                        + " (select count(*) from residency r"
                        + "   join incubator i on i.id = r.incubator_id where i.zone_id = ?1"
                        + "   and r.graduated_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31))"
                        + " from generate_series(cast(?2 as integer), cast(?3 as integer)) as y(year) order by y.year")
                .setParameter(1, zoneId)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r -> new YearCounts(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue()))
                .toList();
    }
}
