package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
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

    @Override
    public Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<YearCounts>> byZone = new HashMap<>();
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // the rules of counts(zone) above, for the zones that have an incubator; the other zones asked have zeros
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.zone_id, y.year,"
                        + " (select count(*) from incubator i where i.zone_id = z.zone_id"
                        + "   and i.kind = 'GREEN_PROFESSIONAL_INCUBATOR'"
                        + "   and cast(i.created_at at time zone 'UTC' as date) <= make_date(y.year, 12, 31)),"
                        + " (select count(distinct r.organisation_id) from residency r"
                        + "   join incubator i on i.id = r.incubator_id where i.zone_id = z.zone_id"
                        + "   and r.start_date <= make_date(y.year, 12, 31)"
                        + "   and coalesce(r.graduated_on, r.exited_on, date 'infinity') >= make_date(y.year, 1, 1)),"
                        + " (select count(*) from residency r"
                        + "   join incubator i on i.id = r.incubator_id where i.zone_id = z.zone_id"
                        + "   and r.graduated_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31))"
                        + " from (select distinct i.zone_id from incubator i where i.zone_id in (:zones)) z"
                        + " cross join generate_series(cast(:first as integer), cast(:last as integer)) as y(year)"
                        + " order by z.zone_id, y.year")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new YearCounts(
                            ((Number) r[1]).intValue(),
                            ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue(),
                            ((Number) r[4]).longValue()));
        }
        for (long zoneId : zoneIds) {
            byZone.computeIfAbsent(
                    zoneId,
                    id -> IntStream.rangeClosed(firstYear, lastYear)
                            .mapToObj(year -> new YearCounts(year, 0, 0, 0))
                            .toList());
        }
        return byZone;
    }

    @Override
    public Map<Long, List<ReportedImpact>> reportedImpact(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<ReportedImpact>> byZone = new HashMap<>();
        zoneIds.forEach(id -> byZone.put(id, new ArrayList<>()));
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // the rule of reportedImpact(zone) above, grouped by zone too
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select i.zone_id,"
                        + " cast(extract(year from rr.period_end) as integer) as y,"
                        + " r.organisation_id, sum(rr.emissions_avoided_tco2e)"
                        + " from residency_report rr"
                        + " join residency r on r.id = rr.residency_id"
                        + " join incubator i on i.id = r.incubator_id"
                        + " where i.zone_id in (:zones) and rr.status = 'SUBMITTED'"
                        + " and rr.emissions_avoided_tco2e is not null"
                        + " and rr.period_end between make_date(cast(:first as integer), 1, 1)"
                        + " and make_date(cast(:last as integer), 12, 31)"
                        + " group by 1, 2, 3 order by 1, 2, 3")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.get(((Number) r[0]).longValue())
                    .add(new ReportedImpact(
                            ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), (BigDecimal) r[3]));
        }
        return byZone;
    }

    @Override
    public List<ReportedImpact> reportedImpact(long zoneId, int firstYear, int lastYear) {
        // a report belongs to the year its period ends in; expected (unsubmitted) reports carry no figures
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(extract(year from rr.period_end) as integer) as y,"
                        + " r.organisation_id, sum(rr.emissions_avoided_tco2e)"
                        + " from residency_report rr"
                        + " join residency r on r.id = rr.residency_id"
                        + " join incubator i on i.id = r.incubator_id"
                        + " where i.zone_id = ?1 and rr.status = 'SUBMITTED'"
                        + " and rr.emissions_avoided_tco2e is not null"
                        + " and rr.period_end between make_date(cast(?2 as integer), 1, 1) and make_date(cast(?3 as integer), 12, 31)"
                        + " group by 1, 2 order by 1, 2")
                .setParameter(1, zoneId)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r ->
                        new ReportedImpact(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (BigDecimal) r[2]))
                .toList();
    }
}
