package org.greenhub.alliance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.greenhub.alliance.application.ZoneAllianceCounts;

@ApplicationScoped
public class JpaZoneAllianceCounts implements ZoneAllianceCounts {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearCounts> counts(long zoneId, int firstYear, int lastYear) {
        // a membership counts from the day it became valid to the day it ended (exit, lapse or its term), whatever
        // its status now: a member that left this year was a member for part of it
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select y.year,"
                        + " (select count(*) from alliance_membership m"
                        + "   join organisation o on o.id = m.organisation_id"
                        + "   where o.zone_id = ?1 and m.valid_from is not null"
                        + "   and m.valid_from <= make_date(y.year, 12, 31)"
                        + "   and coalesce(m.exit_effective_on, m.valid_to, date 'infinity') >= make_date(y.year, 1, 1))"
                        + " from generate_series(cast(?2 as integer), cast(?3 as integer)) as y(year) order by y.year")
                .setParameter(1, zoneId)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r -> new YearCounts(((Number) r[0]).intValue(), ((Number) r[1]).longValue()))
                .toList();
    }

    @Override
    public Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear) {
        Map<Long, List<YearCounts>> byZone = new HashMap<>();
        if (zoneIds.isEmpty()) {
            return byZone;
        }
        // the rule of counts(zone) above, for the zones that have an organisation; the other zones asked have zeros
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.zone_id, y.year,"
                        + " (select count(*) from alliance_membership m"
                        + "   join organisation o on o.id = m.organisation_id"
                        + "   where o.zone_id = z.zone_id and m.valid_from is not null"
                        + "   and m.valid_from <= make_date(y.year, 12, 31)"
                        + "   and coalesce(m.exit_effective_on, m.valid_to, date 'infinity') >= make_date(y.year, 1, 1))"
                        + " from (select distinct o.zone_id from organisation o where o.zone_id in (:zones)) z"
                        + " cross join generate_series(cast(:first as integer), cast(:last as integer)) as y(year)"
                        + " order by z.zone_id, y.year")
                .setParameter("zones", zoneIds)
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byZone.computeIfAbsent(((Number) r[0]).longValue(), id -> new ArrayList<>())
                    .add(new YearCounts(((Number) r[1]).intValue(), ((Number) r[2]).longValue()));
        }
        for (long zoneId : zoneIds) {
            byZone.computeIfAbsent(
                    zoneId,
                    id -> IntStream.rangeClosed(firstYear, lastYear)
                            .mapToObj(year -> new YearCounts(year, 0))
                            .toList());
        }
        return byZone;
    }
}
