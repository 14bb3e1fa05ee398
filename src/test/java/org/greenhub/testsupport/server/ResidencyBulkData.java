package org.greenhub.testsupport.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Writes a large incubator straight in SQL, for the dashboard's statement-count test and its benchmark: residents
 * that started over the last five years (a listed sector, 60 months), one quarterly report per quarter so far, most
 * filed with figures, some overdue, one in ten graduated and one in twenty gone.
 */
public final class ResidencyBulkData {

    private ResidencyBulkData() {}

    /** Creates the incubator (its operator too) and returns its id. */
    public static long incubator(Connection c, String name) throws SQLException {
        long operator = single(
                c,
                "insert into organisation (kind, legal_name, search_key, created_at) values ('INCUBATOR_OPERATOR', ?, lower(?), now()) returning id",
                name + " Operator");
        long incubator;
        try (PreparedStatement s = c.prepareStatement("""
                insert into incubator (operator_organisation_id, kind, zone, floor_area_m2, workstations, created_at)
                values (?, 'GREEN_PROFESSIONAL_INCUBATOR', 'Bench zone', 20000, 400, now()) returning id""")) {
            s.setLong(1, operator);
            incubator = first(s);
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into incubator_name (incubator_id, language, name) values (?, 'en', ?)")) {
            s.setLong(1, incubator);
            s.setString(2, name);
            s.executeUpdate();
        }
        return incubator;
    }

    /** Adds {@code residents} residencies with their quarterly reports to the incubator, as they stand on {@code today}. */
    public static void residents(Connection c, long incubatorId, String prefix, int residents, LocalDate today)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(onDay(today, """
                with orgs as (
                    insert into organisation (kind, legal_name, search_key, sector, created_at)
                    select 'START_UP', ? || '-' || lpad(g::text, 4, '0'), lower(? || '-' || g), 'Biomedicine', now()
                    from generate_series(1, ?) g returning id)
                insert into residency (incubator_id, organisation_id, start_date, max_months, space_kind, workstations, area_m2,
                                       report_frequency, status, origin, graduated_on, graduation_criterion, alumni_until,
                                       exited_on, exit_reason, created_at)
                select ?, o.id, (date_trunc('quarter', current_date) - make_interval(months => 3 * (16 + o.id % 4)::int))::date, 60,
                       'WORKSTATIONS', 1 + (o.id % 3)::int, 12.5, 'QUARTERLY',
                       case when o.id % 10 = 0 then 'GRADUATED' when o.id % 20 = 5 then 'EXITED' else 'ACTIVE' end, 'DIRECT',
                       case when o.id % 10 = 0 then current_date - 30 end, case when o.id % 10 = 0 then 'INVESTMENT' end,
                       case when o.id % 10 = 0 then current_date + 1795 end,
                       case when o.id % 20 = 5 then current_date - 60 end, case when o.id % 20 = 5 then 'MOVED_AWAY' end, now()
                from orgs o"""))) {
            s.setString(1, prefix);
            s.setString(2, prefix);
            s.setInt(3, residents);
            s.setLong(4, incubatorId);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(onDay(today, """
                insert into residency_report (residency_id, kind, period_start, period_end, due_date, status, revenue, employees,
                                              rnd_staff, rnd_spend, patents_filed, patents_granted, investment_raised, energy_use_mwh,
                                              emissions_avoided_tco2e, water_reused_m3, waste_recycled_t, submitted_at)
                select r.id, 'PERIODIC', q::date, (q + interval '3 months' - interval '1 day')::date, (q + interval '3 months' + interval '14 days')::date,
                       f.status,
                       case when f.status = 'SUBMITTED' then 200000 + (r.id % 13) * 25000 end,
                       case when f.status = 'SUBMITTED' then 8 + (r.id % 9)::int end,
                       case when f.status = 'SUBMITTED' then 3 end,
                       case when f.status = 'SUBMITTED' then 30000 + (r.id % 5) * 5000 end,
                       case when f.status = 'SUBMITTED' then (r.id % 2)::int end,
                       case when f.status = 'SUBMITTED' then 0 end,
                       case when f.status = 'SUBMITTED' then (r.id % 4) * 150000 end,
                       case when f.status = 'SUBMITTED' then 10 + r.id % 7 end,
                       case when f.status = 'SUBMITTED' then 20 + r.id % 11 end,
                       case when f.status = 'SUBMITTED' then 150 end,
                       case when f.status = 'SUBMITTED' then 1.5 end,
                       case when f.status = 'SUBMITTED' then now() end
                from residency r
                cross join lateral generate_series(r.start_date::timestamp, (r.start_date + make_interval(months => 57))::timestamp, interval '3 months') q
                cross join lateral (select case when (q + interval '3 months' + interval '14 days')::date < current_date
                                                     and (r.id + extract(month from q)::int) % 23 <> 0
                                                then 'SUBMITTED' else 'EXPECTED' end as status) f
                where r.incubator_id = ?"""))) {
            s.setLong(1, incubatorId);
            s.executeUpdate();
        }
    }

    /** Adds {@code residents} active residencies whose maximum period (48 months) ends within the next four months. */
    public static void endingResidents(Connection c, long incubatorId, String prefix, int residents, LocalDate today)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(onDay(today, """
                with orgs as (
                    insert into organisation (kind, legal_name, search_key, created_at)
                    select 'START_UP', ? || '-' || lpad(g::text, 4, '0'), lower(? || '-' || g), now()
                    from generate_series(1, ?) g returning id)
                insert into residency (incubator_id, organisation_id, start_date, max_months, space_kind, workstations, area_m2,
                                       report_frequency, status, origin, created_at)
                select ?, o.id, (current_date - interval '44 months')::date, 48, 'WORKSTATIONS', 1, 12.5, 'QUARTERLY',
                       'ACTIVE', 'DIRECT', now()
                from orgs o"""))) {
            s.setString(1, prefix);
            s.setString(2, prefix);
            s.setInt(3, residents);
            s.setLong(4, incubatorId);
            s.executeUpdate();
        }
    }

    /** The statement with the database's current_date replaced by the test's today (the data follows the test clock). */
    private static String onDay(LocalDate today, String sql) {
        return sql.replace("current_date", "date '" + today + "'");
    }

    private static long single(Connection c, String sql, String text) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, text);
            s.setString(2, text);
            return first(s);
        }
    }

    private static long first(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
