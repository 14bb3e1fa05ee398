package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.reserve.application.FinancingQueries;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.ResultSchedule;

@ApplicationScoped
public class JpaFinancingQueries implements FinancingQueries {

    /**
     * The reporting years of every financed project that was listed: from the year of listing to three years past
     * the validity's last day ({@link org.greenhub.reserve.domain.ListingTerm}); the due day is 31 March of the next
     * year ({@link ResultSchedule#DUE}).
     */
    private static final String YEARS = """
            select p.id as project_id, p.title, p.organisation_id, p.call_id, y.year,
                   make_date(y.year + 1, %d, %d) as due_on
            from reserve_project p
            cross join lateral generate_series(cast(extract(year from p.listed_from) as integer),
                                               cast(extract(year from p.listed_until) as integer) + %d) as y(year)
            where p.status in ('LISTED', 'LAPSED')
              and exists (select 1 from reserve_financing f where f.project_id = p.id)
              and not exists (select 1 from reserve_result r where r.project_id = p.id and r.year = y.year)
            """.formatted(
                    ResultSchedule.DUE.getMonthValue(),
                    ResultSchedule.DUE.getDayOfMonth(),
                    org.greenhub.reserve.domain.ListingTerm.RESULT_YEARS_AFTER_VALIDITY);

    /** Projects that were listed, of the calls that name the manager (?1 {@link #EVERY_CALL}: every call). */
    private static final String SCOPE = """
            p.status in ('LISTED', 'LAPSED')
            and (?1 = -1
                 or exists (select 1 from reserve_call_manager m where m.call_id = p.call_id and m.user_id = ?1))
            """;

    /** No user has this id: the scope of administrators, bound as a number (a null would have no SQL type). */
    private static final long EVERY_CALL = -1;

    @PersistenceContext
    EntityManager em;

    private static long scope(Long managerId) {
        return managerId == null ? EVERY_CALL : managerId;
    }

    @Override
    public List<DueReminder> dueReminders(LocalDate today, int limit) {
        List<?> rows = em.createNativeQuery("select d.project_id, d.year, d.organisation_id, d.title from (" + YEARS
                        + ") d where d.due_on - " + ResultSchedule.REMINDER_DAYS + " <= ?1 and d.due_on >= ?1"
                        + " and not exists (select 1 from reserve_result_reminder s"
                        + " where s.project_id = d.project_id and s.year = d.year)"
                        + " order by d.project_id, d.year limit ?2")
                .setParameter(1, today)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new DueReminder(
                        ((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).longValue(), (String)
                                r[3]))
                .toList();
    }

    @Override
    public List<Overdue> overdue(Long managerId, LocalDate today, int limit) {
        List<?> rows = em.createNativeQuery(
                        "select d.project_id, d.title, o.legal_name, d.year, d.due_on from (" + YEARS
                                + ") d join organisation o on o.id = d.organisation_id"
                                + " where d.due_on < ?2 and (?1 = -1 or exists (select 1 from"
                                + " reserve_call_manager m where m.call_id = d.call_id and m.user_id = ?1))"
                                + " order by d.due_on, d.title, d.project_id limit ?3")
                .setParameter(1, scope(managerId))
                .setParameter(2, today)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Overdue(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).intValue(),
                        date(r[4])))
                .toList();
    }

    @Override
    public List<Line> byInstrument(Long managerId) {
        Query query = em.createNativeQuery("""
                select i.instrument, count(distinct p.id), sum(p.financing_sought_yuan),
                       coalesce((select sum(f.amount_yuan) from reserve_financing f join reserve_project p2 on p2.id = f.project_id
                                 where f.instrument = i.instrument and p2.id in (select p3.id from reserve_project p3
                                 where %s)), 0)
                from reserve_project p
                join reserve_project_instrument i on i.project_id = p.id
                where %s
                group by i.instrument
                order by i.instrument
                """.formatted(SCOPE.replace("p.", "p3."), SCOPE));
        return lines(query.setParameter(1, scope(managerId)).getResultList());
    }

    @Override
    public List<Line> byCategory(Long managerId) {
        Query query = em.createNativeQuery("""
                select p.category, count(*), sum(p.financing_sought_yuan),
                       coalesce(sum((select sum(f.amount_yuan) from reserve_financing f where f.project_id = p.id)), 0)
                from reserve_project p
                where %s
                group by p.category
                order by p.category
                """.formatted(SCOPE));
        return lines(query.setParameter(1, scope(managerId)).getResultList());
    }

    @Override
    public List<ProjectBenefits> benefits(Long managerId) {
        List<?> rows = em.createNativeQuery("""
                        select p.id, p.title, count(r.id),
                               p.expected_energy_saved_tce, p.expected_co2_avoided_t,
                               p.expected_water_saved_m3, p.expected_waste_recycled_t,
                               sum(r.realised_energy_saved_tce), sum(r.realised_co2_avoided_t),
                               sum(r.realised_water_saved_m3), sum(r.realised_waste_recycled_t)
                        from reserve_project p
                        join reserve_result r on r.project_id = p.id
                        where %s
                        group by p.id
                        order by p.title, p.id
                        """.formatted(SCOPE))
                .setParameter(1, scope(managerId))
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ProjectBenefits(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        ((Number) r[2]).intValue(),
                        new Benefits(decimal(r[3]), decimal(r[4]), decimal(r[5]), decimal(r[6])),
                        new Benefits(decimal(r[7]), decimal(r[8]), decimal(r[9]), decimal(r[10]))))
                .toList();
    }

    @Override
    public List<ProjectLine> projects(Long managerId, int limit) {
        List<?> rows = em.createNativeQuery("""
                        select p.id, p.title, p.category, p.financing_sought_yuan,
                               coalesce((select sum(f.amount_yuan) from reserve_financing f where f.project_id = p.id), 0)
                        from reserve_project p
                        where %s
                        order by p.title, p.id
                        limit ?2
                        """.formatted(SCOPE))
                .setParameter(1, scope(managerId))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new ProjectLine(
                        ((Number) r[0]).longValue(), (String) r[1], (String) r[2], decimal(r[3]), decimal(r[4])))
                .toList();
    }

    @Override
    public boolean managesAnyCall(long userId) {
        return !em.createNativeQuery("select 1 from reserve_call_manager where user_id = ?1 limit 1")
                .setParameter(1, userId)
                .getResultList()
                .isEmpty();
    }

    private static List<Line> lines(List<?> rows) {
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new Line(
                        (String) r[0],
                        ((Number) r[1]).longValue(),
                        decimal(r[2]) == null ? BigDecimal.ZERO : decimal(r[2]),
                        decimal(r[3]) == null ? BigDecimal.ZERO : decimal(r[3])))
                .toList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null
                ? null
                : value instanceof BigDecimal d ? d.stripTrailingZeros() : new BigDecimal(value.toString());
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
