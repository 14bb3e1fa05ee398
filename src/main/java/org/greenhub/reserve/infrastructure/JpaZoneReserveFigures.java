package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.greenhub.zone.application.ZoneReserveFigures;

/** The reserve's side of the zone's port: its projects and financing per year of a zone, by the zone's code. */
@ApplicationScoped
public class JpaZoneReserveFigures implements ZoneReserveFigures {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<YearFigures> figures(String zoneCode, int firstYear, int lastYear) {
        // one statement for every year; a project names its zone by code as the owner chose it, compared without case
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select y.year,"
                        + " (select count(*) from reserve_project p"
                        + "   where upper(p.zone_code) = upper(?1) and p.status in ('LISTED', 'LAPSED')"
                        + "   and p.listed_from <= make_date(y.year, 12, 31)"
                        + "   and coalesce(p.listed_until, date 'infinity') >= make_date(y.year, 1, 1)),"
                        + " (select count(distinct f.project_id) from reserve_financing f"
                        + "   join reserve_project p on p.id = f.project_id where upper(p.zone_code) = upper(?1)"
                        + "   and f.financed_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31)),"
                        + " (select coalesce(sum(f.amount_yuan), 0) from reserve_financing f"
                        + "   join reserve_project p on p.id = f.project_id where upper(p.zone_code) = upper(?1)"
                        + "   and f.financed_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31))"
                        + " from generate_series(cast(?2 as integer), cast(?3 as integer)) as y(year) order by y.year")
                .setParameter(1, zoneCode)
                .setParameter(2, firstYear)
                .setParameter(3, lastYear)
                .getResultList();
        return rows.stream()
                .map(r -> new YearFigures(
                        ((Number) r[0]).intValue(),
                        ((Number) r[1]).longValue(),
                        ((Number) r[2]).longValue(),
                        (BigDecimal) r[3]))
                .toList();
    }

    @Override
    public Map<String, List<YearFigures>> figures(Collection<String> zoneCodes, int firstYear, int lastYear) {
        Map<String, List<YearFigures>> byCode = new HashMap<>();
        if (zoneCodes.isEmpty()) {
            return byCode;
        }
        Map<String, String> asked = new HashMap<>(); // upper case -> as given
        zoneCodes.forEach(code -> asked.put(code.toUpperCase(Locale.ROOT), code));
        // the rules of figures(code) above, for the codes that name a project; the other codes asked have zeros
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.code, y.year,"
                        + " (select count(*) from reserve_project p"
                        + "   where upper(p.zone_code) = z.code and p.status in ('LISTED', 'LAPSED')"
                        + "   and p.listed_from <= make_date(y.year, 12, 31)"
                        + "   and coalesce(p.listed_until, date 'infinity') >= make_date(y.year, 1, 1)),"
                        + " (select count(distinct f.project_id) from reserve_financing f"
                        + "   join reserve_project p on p.id = f.project_id where upper(p.zone_code) = z.code"
                        + "   and f.financed_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31)),"
                        + " (select coalesce(sum(f.amount_yuan), 0) from reserve_financing f"
                        + "   join reserve_project p on p.id = f.project_id where upper(p.zone_code) = z.code"
                        + "   and f.financed_on between make_date(y.year, 1, 1) and make_date(y.year, 12, 31))"
                        + " from (select distinct upper(p.zone_code) as code from reserve_project p"
                        + "   where upper(p.zone_code) in (:codes)) z"
                        + " cross join generate_series(cast(:first as integer), cast(:last as integer)) as y(year)"
                        + " order by z.code, y.year")
                .setParameter("codes", asked.keySet())
                .setParameter("first", firstYear)
                .setParameter("last", lastYear)
                .getResultList();
        for (Object[] r : rows) {
            byCode.computeIfAbsent(asked.get((String) r[0]), code -> new ArrayList<>())
                    .add(new YearFigures(
                            ((Number) r[1]).intValue(),
                            ((Number) r[2]).longValue(),
                            ((Number) r[3]).longValue(),
                            (BigDecimal) r[4]));
        }
        for (String code : zoneCodes) {
            byCode.computeIfAbsent(
                    code,
                    c -> IntStream.rangeClosed(firstYear, lastYear)
                            .mapToObj(year -> new YearFigures(year, 0, 0, BigDecimal.ZERO))
                            .toList());
        }
        return byCode;
    }
}
