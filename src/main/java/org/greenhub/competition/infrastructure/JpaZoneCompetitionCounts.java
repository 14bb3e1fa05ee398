package org.greenhub.competition.infrastructure;

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
import org.greenhub.competition.application.ZoneCompetitionCounts;

@ApplicationScoped
public class JpaZoneCompetitionCounts implements ZoneCompetitionCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearCounts> counts(long zoneId, int firstYear, int lastYear) {
        // one statement for every year of the trend; the organisation's zone link is the shared kernel's column
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select y.year,"
                        + " (select count(*) from competition_entry e"
                        + "   join competition c on c.id = e.competition_id"
                        + "   join organisation o on o.id = e.organisation_id"
                        + "   where o.zone_id = ?1 and e.status not in ('DRAFT', 'WITHDRAWN')"
                        + "   and extract(year from c.submission_closes_at at time zone c.time_zone) = y.year),"
                        + " (select count(*) from award a"
                        + "   join award_result ar on ar.id = a.result_id"
                        + "   join competition c on c.id = ar.competition_id"
                        + "   join competition_entry e on e.id = a.entry_id"
                        + "   join organisation o on o.id = e.organisation_id"
                        + "   where o.zone_id = ?1 and ar.status = 'FINAL' and a.status <> 'REVOKED'"
                        + "   and extract(year from ar.finalised_at at time zone c.time_zone) = y.year)"
                        + " from generate_series(cast(?2 as integer), cast(?3 as integer)) as y(year) order by y.year")
                .setParameter(1, zoneId)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r -> new YearCounts(
                        ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
                .toList();
    }

    @Override
    public Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<YearCounts>> byZone = new HashMap<>();
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // the zones that have an organisation, each with every year; the other zones asked have zeros
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.zone_id, y.year,"
                        + " (select count(*) from competition_entry e"
                        + "   join competition c on c.id = e.competition_id"
                        + "   join organisation o on o.id = e.organisation_id"
                        + "   where o.zone_id = z.zone_id and e.status not in ('DRAFT', 'WITHDRAWN')"
                        + "   and extract(year from c.submission_closes_at at time zone c.time_zone) = y.year),"
                        + " (select count(*) from award a"
                        + "   join award_result ar on ar.id = a.result_id"
                        + "   join competition c on c.id = ar.competition_id"
                        + "   join competition_entry e on e.id = a.entry_id"
                        + "   join organisation o on o.id = e.organisation_id"
                        + "   where o.zone_id = z.zone_id and ar.status = 'FINAL' and a.status <> 'REVOKED'"
                        + "   and extract(year from ar.finalised_at at time zone c.time_zone) = y.year)"
                        + " from (select distinct o.zone_id from organisation o where o.zone_id in (:zones)) z"
                        + " cross join generate_series(cast(:first as integer), cast(:last as integer)) as y(year)"
                        + " order by z.zone_id, y.year")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new YearCounts(
                            ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
        }
        for (long zoneId : zoneIds) {
            byZone.computeIfAbsent(
                    zoneId,
                    id -> IntStream.rangeClosed(firstYear, lastYear)
                            .mapToObj(year -> new YearCounts(year, 0, 0))
                            .toList());
        }
        return byZone;
    }

    @Override
    public Map<Long, List<AwardedImpact>> awardedImpact(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<AwardedImpact>> byZone = new HashMap<>();
        zoneIds.forEach(id -> byZone.put(id, new ArrayList<>()));
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // the rule of awardedImpact(zone) above, grouped by zone too
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.zone_id, cast(extract(year from ar.finalised_at at"
                        + "   time zone c.time_zone) as integer) as y, e.organisation_id,"
                        + " sum(e.green_energy_saved_mwh), sum(e.green_emissions_avoided_tco2e)"
                        + " from award a"
                        + " join award_result ar on ar.id = a.result_id"
                        + " join competition c on c.id = ar.competition_id"
                        + " join competition_entry e on e.id = a.entry_id"
                        + " join organisation o on o.id = e.organisation_id"
                        + " where o.zone_id in (:zones) and ar.status = 'FINAL' and a.status <> 'REVOKED'"
                        + " and extract(year from ar.finalised_at at time zone c.time_zone) between :first and :last"
                        + " group by 1, 2, 3 order by 1, 2, 3")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.get(((Number) r[0]).longValue())
                    .add(new AwardedImpact(
                            ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), (BigDecimal) r[3], (BigDecimal)
                                    r[4]));
        }
        return byZone;
    }

    @Override
    public List<AwardedImpact> awardedImpact(long zoneId, int firstYear, int lastYear) {
        // the awards' rule of counts(): final results, awards not revoked, the year in the edition's time zone
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(extract(year from ar.finalised_at at time zone"
                        + "   c.time_zone) as integer) as y, e.organisation_id,"
                        + " sum(e.green_energy_saved_mwh), sum(e.green_emissions_avoided_tco2e)"
                        + " from award a"
                        + " join award_result ar on ar.id = a.result_id"
                        + " join competition c on c.id = ar.competition_id"
                        + " join competition_entry e on e.id = a.entry_id"
                        + " join organisation o on o.id = e.organisation_id"
                        + " where o.zone_id = ?1 and ar.status = 'FINAL' and a.status <> 'REVOKED'"
                        + " and extract(year from ar.finalised_at at time zone c.time_zone) between ?2 and ?3"
                        + " group by 1, 2 order by 1, 2")
                .setParameter(1, zoneId)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r -> new AwardedImpact(
                        ((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (BigDecimal) r[2], (BigDecimal) r[3]))
                .toList();
    }
}
