package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.incubation.residency.domain.Residency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.greenhub.incubation.residency.application.ResidencyQueries.date;

/**
 * An incubator's dashboard for its managers: occupancy, cohorts by start year and status, quarterly KPI trends, the
 * residents' total green impact, overdue reports and residents nearing the maximum period. A fixed handful of
 * aggregate statements whatever the number of residents and reports (asserted in {@code IncubatorDashboardIT}).
 */
@ApplicationScoped
public class IncubatorDashboard {

    /** The trend covers this many years of quarters. */
    public static final int TREND_YEARS = 5;
    /** Lists on the dashboard show at most this many rows (with the total). */
    public static final int LIST_LIMIT = 50;

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

    @Inject
    ResidencyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public record Occupancy(long active, long graduated, long exited, long workstationsUsed, Integer workstations,
                            BigDecimal areaUsed, BigDecimal floorArea, long alumniReporting) implements Serializable {
        /** Share of the incubator's workstations in use, in percent; null when the incubator states none. */
        public Integer workstationPercent() {
            return workstations == null || workstations == 0 ? null : (int) Math.round(100.0 * workstationsUsed / workstations);
        }
    }

    public record Cohort(int year, long active, long graduated, long exited) implements Serializable {
        public long total() {
            return active + graduated + exited;
        }
    }

    public record Quarter(int year, int quarter, BigDecimal revenue, long employees, BigDecimal rndSpend, BigDecimal investment,
                          BigDecimal emissionsAvoided, long reports) implements Serializable {
        public String label() {
            return year + " Q" + quarter;
        }
    }

    public record Impact(BigDecimal energyUseMwh, BigDecimal emissionsAvoidedTco2e, BigDecimal waterReusedM3,
                         BigDecimal wasteRecycledTonnes, long patentsGranted, BigDecimal investmentRaised) implements Serializable {
    }

    public record OverdueReport(long reportId, long residencyId, String organisationName, String kind, LocalDate periodStart,
                                LocalDate periodEnd, LocalDate dueDate) implements Serializable {
    }

    public record NearingEnd(long residencyId, String organisationName, LocalDate lastDay) implements Serializable {
    }

    public record Dashboard(long incubatorId, String incubatorName, IncubatorKind kind, Occupancy occupancy, List<Cohort> cohorts,
                            List<Quarter> trend, Impact impact, List<OverdueReport> overdue, long overdueTotal,
                            List<NearingEnd> nearingEnd, long nearingEndTotal) implements Serializable {
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Dashboard dashboard(long incubatorId) {
        UserAccount user = currentUser.require();
        access.requireManager(incubatorId);
        Incubator incubator = em.find(Incubator.class, incubatorId);
        LocalDate today = LocalDate.now(clock);

        Object[] o = (Object[]) em.createNativeQuery(OCCUPANCY_SQL).setParameter(1, incubatorId).setParameter(2, today).getSingleResult();
        Occupancy occupancy = new Occupancy(n(o[0]), n(o[1]), n(o[2]), n(o[3]), incubator.getWorkstations(), d(o[4]),
                incubator.getFloorAreaM2(), n(o[5]));

        List<Cohort> cohorts = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(COHORTS_SQL).setParameter(1, incubatorId).getResultList()) {
            cohorts.add(new Cohort(((Number) r[0]).intValue(), n(r[1]), n(r[2]), n(r[3])));
        }

        LocalDate trendStart = today.minusYears(TREND_YEARS).withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
        List<Quarter> trend = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(TRENDS_SQL).setParameter(1, incubatorId).setParameter(2, trendStart).getResultList()) {
            trend.add(new Quarter(((Number) r[0]).intValue(), ((Number) r[1]).intValue(), d(r[2]), n(r[3]), d(r[4]), d(r[5]), d(r[6]), n(r[7])));
        }

        Object[] i = (Object[]) em.createNativeQuery(IMPACT_SQL).setParameter(1, incubatorId).getSingleResult();
        Impact impact = new Impact(d(i[0]), d(i[1]), d(i[2]), d(i[3]), n(i[4]), d(i[5]));

        List<OverdueReport> overdue = new ArrayList<>();
        long overdueTotal = 0;
        for (Object[] r : (List<Object[]>) em.createNativeQuery(OVERDUE_SQL).setParameter(1, incubatorId).setParameter(2, today)
                .setParameter(3, LIST_LIMIT).getResultList()) {
            overdue.add(new OverdueReport(n(r[0]), n(r[1]), (String) r[2], (String) r[3], date(r[4]), date(r[5]), date(r[6])));
            overdueTotal = n(r[7]);
        }

        List<NearingEnd> nearing = new ArrayList<>();
        long nearingTotal = 0;
        for (Object[] r : (List<Object[]>) em.createNativeQuery(NEARING_SQL).setParameter(1, incubatorId)
                .setParameter(2, today.plusMonths(Residency.WARNING_MONTHS)).setParameter(3, LIST_LIMIT).getResultList()) {
            nearing.add(new NearingEnd(n(r[0]), (String) r[1], date(r[2])));
            nearingTotal = n(r[3]);
        }
        return new Dashboard(incubatorId, incubator.name(user.getLanguage()), incubator.getKind(), occupancy, cohorts, trend, impact,
                overdue, overdueTotal, nearing, nearingTotal);
    }

    static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal d(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal b ? b.stripTrailingZeros() : new BigDecimal(value.toString()).stripTrailingZeros();
    }
}
