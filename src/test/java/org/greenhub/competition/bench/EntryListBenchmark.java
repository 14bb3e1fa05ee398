package org.greenhub.competition.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The managers' entry list of an edition with 10,000 entries, as the database serves it: the count and one page
 * (25 rows) in the shape {@code EntryReview} queries them (join with the organisation, filters, search key, sort with
 * the ICU collation), for the first page, a page deep in the list, a sort by title and a search. A benchmark, not a
 * test: it prints its figures. {@code ManagerRoundsIT} prints the same list's time measured inside WildFly.
 * <p>
 * {@code ./mvnw -Pbench package}, or alone:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.greenhub.competition.bench.EntryListBenchmark -Dexec.classpathScope=test}
 */
public final class EntryListBenchmark {

    private static final int ENTRIES = 10_000;
    private static final int RUNS = 20;

    private static final String ROW =
            "select e.id, e.project_title, o.legal_name, e.group_code, e.track, e.status, e.submitted_at, "
                    + "e.revenue_previous_year from competition_entry e join organisation o on o.id = e.organisation_id "
                    + "where e.competition_id = ? and e.status <> 'DRAFT' ";
    private static final String COUNT =
            "select count(*) from competition_entry e where e.competition_id = ? and e.status <> 'DRAFT' ";

    private EntryListBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection c = dataSource.getConnection()) {
                long competition = insert(c);
                System.out.printf(
                        "Entry list of an edition with %,d entries (best and median of %d runs, count + one page of 25):%n",
                        ENTRIES, RUNS);
                measure(
                        c,
                        "first page, newest submissions",
                        competition,
                        "",
                        "order by e.submitted_at desc, e.id",
                        0,
                        null);
                measure(c, "page 300 by reference", competition, "", "order by e.id", 7_475, null);
                measure(
                        c,
                        "sorted by title (ICU collation)",
                        competition,
                        "",
                        "order by e.project_title, e.id",
                        0,
                        null);
                measure(
                        c,
                        "status + group + search word",
                        competition,
                        "and e.status = 'SUBMITTED' and e.group_code = 'START_UP' and e.search_key like ? escape '\\' ",
                        "order by e.id",
                        0,
                        "%科技 77%");
            }
        }
    }

    private static long insert(Connection c) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute(
                    "insert into user_account (email, display_name, search_key, preferred_locale, status, created_at) "
                            + "values ('bench@example.test', 'Bench', 'bench', 'en', 'ACTIVE', now())");
            s.execute(
                    "insert into organisation (kind, legal_name, search_key, created_at) values ('GOVERNMENT_BODY', 'Zone', 'zone', now())");
            s.execute(
                    "insert into competition (series_key, series_name, edition, organiser_id, startup_founded_on_or_after, submission_opens_at, "
                            + "submission_closes_at, time_zone, status, created_at) select 'bench', 'Bench', '2026', id, date '2025-01-01', now(), "
                            + "now() + interval '30 days', 'Asia/Shanghai', 'PUBLISHED', now() from organisation");
            s.execute("insert into organisation (kind, legal_name, search_key, created_at) "
                    + "select 'START_UP', '绿色科技 ' || g, '绿色科技 ' || g, now() from generate_series(1, " + ENTRIES
                    + ") g");
            s.execute(
                    "insert into competition_entry (competition_id, organisation_id, created_by, group_code, track, status, project_title, "
                            + "search_key, submitted_at, created_at, updated_at) select (select id from competition), o.id, (select id from user_account), "
                            + "case when o.id % 2 = 0 then 'START_UP' else 'GROWTH' end, 'CLEAN_ENERGY', case when o.id % 5 = 0 then 'ELIGIBLE' else 'SUBMITTED' end, "
                            + "'Project ' || o.legal_name, 'project ' || o.search_key, now() - (o.id || ' minutes')::interval, now(), now() "
                            + "from organisation o where o.kind = 'START_UP'");
            s.execute("analyze");
            try (ResultSet r = s.executeQuery("select id from competition")) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static void measure(
            Connection c, String label, long competition, String filter, String order, int offset, String like)
            throws Exception {
        double[] times = new double[RUNS];
        int rows = 0;
        long total = 0;
        for (int run = -3; run < RUNS; run++) {
            long start = System.nanoTime();
            try (PreparedStatement count = c.prepareStatement(COUNT + filter);
                    PreparedStatement page = c.prepareStatement(ROW + filter + order + " offset ? limit 25")) {
                count.setLong(1, competition);
                page.setLong(1, competition);
                int next = 2;
                if (like != null) {
                    count.setString(2, like);
                    page.setString(2, like);
                    next = 3;
                }
                page.setInt(next, offset);
                try (ResultSet r = count.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
                rows = 0;
                try (ResultSet r = page.executeQuery()) {
                    while (r.next()) {
                        rows++;
                    }
                }
            }
            if (run >= 0) {
                times[run] = (System.nanoTime() - start) / 1_000_000.0;
            }
        }
        Arrays.sort(times);
        System.out.printf(
                "  %-34s best %6.2f ms, median %6.2f ms  (%d rows of %,d)%n",
                label, times[0], times[RUNS / 2], rows, total);
    }
}
