package org.greenhub.incubation.residency.infrastructure;

import static org.greenhub.incubation.residency.application.IncubatorDashboard.LIST_LIMIT;
import static org.greenhub.incubation.residency.application.IncubatorDashboard.TREND_YEARS;
import static org.greenhub.incubation.residency.infrastructure.SqlValues.d;
import static org.greenhub.incubation.residency.infrastructure.SqlValues.date;
import static org.greenhub.incubation.residency.infrastructure.SqlValues.n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Cohort;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Dashboard;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Impact;
import org.greenhub.incubation.residency.application.IncubatorDashboard.NearingEnd;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Occupancy;
import org.greenhub.incubation.residency.application.IncubatorDashboard.OverdueReport;
import org.greenhub.incubation.residency.application.IncubatorDashboard.Quarter;
import org.greenhub.incubation.residency.application.IncubatorDashboardQuery;
import org.greenhub.incubation.residency.domain.Residency;

/** The dashboard's aggregate statements, one each (the benchmark prepares the same texts). */
@ApplicationScoped
public class JpaIncubatorDashboardQuery implements IncubatorDashboardQuery {

    public static final String OCCUPANCY_SQL = """
            select count(*) filter (where status = 'ACTIVE'),
                   count(*) filter (where status = 'GRADUATED'),
                   count(*) filter (where status = 'EXITED'),
                   coalesce(sum(workstations) filter (where status = 'ACTIVE'), 0),
                   coalesce(sum(area_m2) filter (where status = 'ACTIVE'), 0),
                   count(*) filter (where status = 'GRADUATED' and alumni_until >= ?2)
            from residency where incubator_id = ?1""";

    public static final String COHORTS_SQL = """
            select extract(year from start_date)::int as cohort,
                   count(*) filter (where status = 'ACTIVE'), count(*) filter (where status = 'GRADUATED'),
                   count(*) filter (where status = 'EXITED')
            from residency where incubator_id = ?1
            group by cohort order by cohort""";

    public static final String TRENDS_SQL = """
            select extract(year from p.period_start)::int as y, extract(quarter from p.period_start)::int as q,
                   coalesce(sum(p.revenue), 0), coalesce(sum(p.employees), 0), coalesce(sum(p.rnd_spend), 0),
                   coalesce(sum(p.investment_raised), 0), coalesce(sum(p.emissions_avoided_tco2e), 0), count(*)
            from residency_report p join residency r on r.id = p.residency_id
            where r.incubator_id = ?1 and p.kind = 'PERIODIC' and p.status = 'SUBMITTED' and p.period_start >= ?2
            group by y, q order by y, q""";

    public static final String IMPACT_SQL = """
            select coalesce(sum(p.energy_use_mwh), 0), coalesce(sum(p.emissions_avoided_tco2e), 0),
                   coalesce(sum(p.water_reused_m3), 0), coalesce(sum(p.waste_recycled_t), 0),
                   coalesce(sum(p.patents_granted), 0), coalesce(sum(p.investment_raised), 0)
            from residency_report p join residency r on r.id = p.residency_id
            where r.incubator_id = ?1 and p.status = 'SUBMITTED'""";

    public static final String OVERDUE_SQL = """
            select p.id, r.id, o.legal_name, p.kind, p.period_start, p.period_end, p.due_date, count(*) over ()
            from residency_report p join residency r on r.id = p.residency_id join organisation o on o.id = r.organisation_id
            where r.incubator_id = ?1 and p.status = 'EXPECTED' and p.due_date < ?2
            order by p.due_date, o.legal_name limit ?3""";

    public static final String NEARING_SQL = """
            select r.id, o.legal_name, (r.start_date + make_interval(months => r.max_months))::date - 1 as last_day, count(*) over ()
            from residency r join organisation o on o.id = r.organisation_id
            where r.incubator_id = ?1 and r.status = 'ACTIVE'
              and (r.start_date + make_interval(months => r.max_months))::date - 1 < ?2
            order by last_day, o.legal_name limit ?3""";

    @PersistenceContext
    EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public Dashboard dashboard(Incubator incubator, String incubatorName, LocalDate today) {
        Object[] o = (Object[]) em.createNativeQuery(OCCUPANCY_SQL)
                .setParameter(1, incubator.getId())
                .setParameter(2, today)
                .getSingleResult();
        Occupancy occupancy = new Occupancy(
                n(o[0]),
                n(o[1]),
                n(o[2]),
                n(o[3]),
                incubator.getWorkstations(),
                d(o[4]),
                incubator.getFloorAreaM2(),
                n(o[5]));

        List<Cohort> cohorts = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(COHORTS_SQL)
                .setParameter(1, incubator.getId())
                .getResultList()) {
            cohorts.add(new Cohort(((Number) r[0]).intValue(), n(r[1]), n(r[2]), n(r[3])));
        }

        LocalDate trendStart =
                today.minusYears(TREND_YEARS).withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        List<Quarter> trend = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(TRENDS_SQL)
                .setParameter(1, incubator.getId())
                .setParameter(2, trendStart)
                .getResultList()) {
            trend.add(new Quarter(
                    ((Number) r[0]).intValue(),
                    ((Number) r[1]).intValue(),
                    d(r[2]),
                    n(r[3]),
                    d(r[4]),
                    d(r[5]),
                    d(r[6]),
                    n(r[7])));
        }

        Object[] i = (Object[]) em.createNativeQuery(IMPACT_SQL)
                .setParameter(1, incubator.getId())
                .getSingleResult();
        Impact impact = new Impact(d(i[0]), d(i[1]), d(i[2]), d(i[3]), n(i[4]), d(i[5]));

        List<OverdueReport> overdue = new ArrayList<>();
        long overdueTotal = 0;
        for (Object[] r : (List<Object[]>) em.createNativeQuery(OVERDUE_SQL)
                .setParameter(1, incubator.getId())
                .setParameter(2, today)
                .setParameter(3, LIST_LIMIT)
                .getResultList()) {
            overdue.add(new OverdueReport(
                    n(r[0]), n(r[1]), (String) r[2], (String) r[3], date(r[4]), date(r[5]), date(r[6])));
            overdueTotal = n(r[7]);
        }

        List<NearingEnd> nearing = new ArrayList<>();
        long nearingTotal = 0;
        for (Object[] r : (List<Object[]>) em.createNativeQuery(NEARING_SQL)
                .setParameter(1, incubator.getId())
                .setParameter(2, today.plusMonths(Residency.WARNING_MONTHS))
                .setParameter(3, LIST_LIMIT)
                .getResultList()) {
            nearing.add(new NearingEnd(n(r[0]), (String) r[1], date(r[2])));
            nearingTotal = n(r[3]);
        }
        return new Dashboard(
                incubator.getId(),
                incubatorName,
                incubator.getKind(),
                occupancy,
                cohorts,
                trend,
                impact,
                overdue,
                overdueTotal,
                nearing,
                nearingTotal);
    }
}
