package org.greenhub.reserve.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The public reserve at the size the issue asks for, on PostgreSQL with the real migrations: 100,000 listed projects
 * (and 20,000 drafts that must stay hidden). The statements have the shape {@code JpaPublicReserve} sends for a
 * filtered page: the page with instruments and contact, and its count. A benchmark, not a test: it prints median
 * times and the plan of the filtered page; the target is a filtered page under 100 ms.
 * <p>
 * {@code ./mvnw -Pbench package} runs it (with the other benchmarks).
 */
public final class PublicReserveBenchmark {

    private static final int LISTED = 100_000;
    private static final int DRAFTS = 20_000;
    private static final int RUNS = 15;

    private static final String LISTED_TODAY = "p.status = 'LISTED' and p.listed_from <= current_date"
            + " and (p.listed_until is null or p.listed_until >= current_date)";

    private static final String COLUMNS = "select p.id, p.organisation_id, p.title, p.summary, p.category,"
            + " p.zone_code, p.location, p.stage, p.financing_sought_yuan,"
            + " (select string_agg(i.instrument, ',' order by i.instrument) from reserve_project_instrument i"
            + " where i.project_id = p.id), p.expected_energy_saved_tce, p.expected_co2_avoided_t,"
            + " p.expected_water_saved_m3, p.expected_waste_recycled_t, p.grade, p.listed_until,"
            + " p.contact_for_funders, o.legal_name, o.website, c.display_name, c.email"
            + " from reserve_project p join organisation o on o.id = p.organisation_id"
            + " left join lateral (select u.display_name, u.email from affiliation a join user_account u on u.id ="
            + " a.user_id where a.organisation_id = p.organisation_id and a.valid_from <= current_date"
            + " and (a.valid_to is null or a.valid_to >= current_date)"
            + " and a.role in ('CONTACT', 'LEGAL_REPRESENTATIVE', 'FOUNDER', 'MANAGER')"
            + " order by case a.role when 'CONTACT' then 0 when 'LEGAL_REPRESENTATIVE' then 1 when 'FOUNDER' then 2"
            + " else 3 end, a.id limit 1) c on true";

    private static final String ORDER = " order by p.grade, p.listed_from desc, p.id desc";

    private PublicReserveBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection db = dataSource.getConnection()) {
                long start = System.nanoTime();
                seed(db);
                System.out.printf(
                        "Seeded %,d listed projects and %,d drafts in %.1f s%n",
                        LISTED, DRAFTS, (System.nanoTime() - start) / 1e9);
                // independent, evenly spread values: a filter's selectivity is the product of its parts, as the
                // planner assumes, and no combination is empty by construction
                String filtered = " where " + LISTED_TODAY + " and p.category = 'CLEAN_ENERGY' and p.stage ="
                        + " 'CONSTRUCTION' and p.financing_sought_yuan >= 1000000 and p.financing_sought_yuan <="
                        + " 50000000 and exists (select 1 from reserve_project_instrument fi where fi.project_id ="
                        + " p.id and fi.instrument = 'GREEN_LOAN')";
                // a handful of matches: the case where walking the grade order and filtering reads every row
                String rare = filtered + " and upper(p.zone_code) = 'Z7' and p.grade = 'B'";
                String none = filtered + " and upper(p.zone_code) = 'NOWHERE'";
                time(db, "first page, no filter", COLUMNS + " where " + LISTED_TODAY + ORDER + " offset 0 limit 20");
                time(db, "count, no filter", "select count(*) from reserve_project p where " + LISTED_TODAY);
                time(db, "filtered page", COLUMNS + filtered + ORDER + " offset 0 limit 20");
                time(db, "filtered count", "select count(*) from reserve_project p" + filtered);
                time(db, "filtered page 50", COLUMNS + filtered + ORDER + " offset 1000 limit 20");
                time(db, "rare filter page", COLUMNS + rare + ORDER + " offset 0 limit 20");
                time(db, "rare filter count", "select count(*) from reserve_project p" + rare);
                time(db, "no match page", COLUMNS + none + ORDER + " offset 0 limit 20");
                time(
                        db,
                        "grade A in a zone",
                        COLUMNS + " where " + LISTED_TODAY + " and p.grade = 'A' and upper(p.zone_code) = 'Z7'" + ORDER
                                + " offset 0 limit 20");
                time(
                        db,
                        "search, two words",
                        COLUMNS + " where " + LISTED_TODAY + " and p.search_key like '%光伏%' and p.search_key like"
                                + " '%1234%'" + ORDER + " offset 0 limit 20");
                time(
                        db,
                        "search, one rare word",
                        COLUMNS + " where " + LISTED_TODAY + " and p.search_key like '%kiln%'" + ORDER
                                + " offset 0 limit 20");
                count(db, "filtered matches", "select count(*) from reserve_project p" + filtered);
                count(db, "rare filter matches", "select count(*) from reserve_project p" + rare);
                explain(db, "count, no filter", "select count(*) from reserve_project p where " + LISTED_TODAY);
                explain(db, "filtered count", "select count(*) from reserve_project p" + filtered);
                explain(db, "filtered page", COLUMNS + filtered + ORDER + " offset 0 limit 20");
                explain(db, "rare filter page", COLUMNS + rare + ORDER + " offset 0 limit 20");
                explain(
                        db,
                        "search, two words",
                        COLUMNS + " where " + LISTED_TODAY + " and p.search_key like '%光伏%' and p.search_key like"
                                + " '%1234%'" + ORDER + " offset 0 limit 20");
            }
        }
    }

    private static void seed(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute("insert into organisation (kind, legal_name, search_key, created_at)"
                    + " select 'ENTERPRISE', 'Owner ' || g, 'owner ' || g, now() from generate_series(1, 2000) g");
            s.execute("insert into reserve_call (name_en, opens_on, minimum_a, minimum_b, minimum_c, created_at)"
                    + " values ('Bench window', current_date - 800, 85, 70, 60, now())");
            String[] categories = {
                "ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION",
                "CLEAN_PRODUCTION",
                "CLEAN_ENERGY",
                "ECOLOGICAL_ENVIRONMENT",
                "GREEN_INFRASTRUCTURE_UPGRADE",
                "GREEN_SERVICES"
            };
            String[] stages = {"CONCEPT", "PILOT", "CONSTRUCTION", "OPERATION", "EXPANSION"};
            // a fixed seed: every run seeds the same rows
            s.execute("select setseed(0.42)");
            s.execute("insert into reserve_project (organisation_id, call_id, title, summary, search_key, category,"
                    + " zone_code, location, stage, total_investment_yuan, financing_sought_yuan,"
                    + " expected_energy_saved_tce, expected_co2_avoided_t, contact_for_funders, status, grade,"
                    + " listed_from, listed_until, created_at)"
                    + " select o.id, c.id, t.title, 'Summary ' || g, lower(t.title || ' summary ' || g),"
                    + " (array['" + String.join("','", categories) + "'])[1 + floor(random() * 6)::int],"
                    + " 'Z' || floor(random() * 40)::int, 'Suzhou',"
                    + " (array['" + String.join("','", stages) + "'])[1 + floor(random() * 5)::int],"
                    + " 200000 + m * 200000, 100000 + m * 100000, g % 900, g % 3000,"
                    + " g % 2 = 0, case when g <= " + LISTED + " then 'LISTED' else 'DRAFT' end,"
                    + " case when g <= " + LISTED + " then (array['A','B','C'])[1 + floor(random() * 3)::int] end,"
                    + " case when g <= " + LISTED + " then current_date - d end,"
                    + " case when g <= " + LISTED + " then current_date - d + 730 end, now()"
                    + " from generate_series(1, " + (LISTED + DRAFTS) + ") g"
                    + " cross join lateral (select floor(random() * 500)::int m, floor(random() * 700)::int d,"
                    // one project in a thousand mentions a kiln: a rare word to search for
                    + " case when g % 1000 = 7 then 'Kiln heat recovery ' || g else '屋顶光伏 project ' || g end"
                    + " title offset 0) t"
                    + " join organisation o on o.id = 1 + g % 2000 cross join reserve_call c");
            // one to three instruments per project, each independently
            s.execute("insert into reserve_project_instrument (project_id, instrument)"
                    + " select p.id, i.instrument from reserve_project p"
                    + " cross join unnest(array['GREEN_LOAN','GREEN_BOND','GUIDANCE_FUND','EQUITY','INSURANCE'])"
                    + " i(instrument) where random() < 0.3");
            s.execute("insert into reserve_project_instrument (project_id, instrument)"
                    + " select id, 'EQUITY' from reserve_project p where not exists (select 1 from"
                    + " reserve_project_instrument i where i.project_id = p.id)");
            // autovacuum has run on a settled table: visibility known, so counts can read the index alone
            s.execute("vacuum analyze");
        }
    }

    private static void time(Connection db, String what, String sql) throws Exception {
        long[] nanos = new long[RUNS];
        try (Statement statement = db.createStatement()) {
            for (int run = 0; run < RUNS; run++) {
                long begin = System.nanoTime();
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                nanos[run] = System.nanoTime() - begin;
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                "%-24s median %7.2f ms, slowest %7.2f ms%n", what, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static void count(Connection db, String what, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            System.out.printf("%-24s %,d%n", what, rows.getLong(1));
        }
    }

    private static void explain(Connection db, String what, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("explain analyze " + sql)) {
            System.out.println("Plan of the " + what + ":");
            while (rows.next()) {
                System.out.println("  " + rows.getString(1));
            }
        }
    }
}
