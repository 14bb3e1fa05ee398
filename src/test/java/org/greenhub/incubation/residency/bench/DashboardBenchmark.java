package org.greenhub.incubation.residency.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.greenhub.incubation.residency.application.IncubatorDashboard;
import org.greenhub.incubation.residency.infrastructure.JpaIncubatorDashboardQuery;
import org.greenhub.testsupport.server.ResidencyBulkData;
import org.greenhub.testsupport.server.TestTime;

/**
 * The incubator dashboard's statements ({@link IncubatorDashboard}'s SQL) on an incubator of 300 residents with five
 * years of quarterly reports, in an embedded PostgreSQL next to another 20 incubators of the same size. A benchmark,
 * not a test: it prints its figures ({@code ./mvnw -Pbench package}).
 */
public final class DashboardBenchmark {

    private static final int RESIDENTS = 300;
    private static final int OTHER_INCUBATORS = 20;
    private static final int RUNS = 20;
    /** The data and the queries are dated from the tests' fixed date, so two runs measure the same rows. */
    private static final LocalDate TODAY = LocalDate.ofInstant(TestTime.DEFAULT_START, ZoneOffset.UTC);

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection c = dataSource.getConnection()) {
                long start = System.nanoTime();
                long measured = ResidencyBulkData.incubator(c, "Bench incubator");
                ResidencyBulkData.residents(c, measured, "Bench", RESIDENTS, TODAY);
                for (int i = 0; i < OTHER_INCUBATORS; i++) {
                    long other = ResidencyBulkData.incubator(c, "Other incubator " + i);
                    ResidencyBulkData.residents(c, other, "Other" + i, RESIDENTS, TODAY);
                }
                c.createStatement().execute("analyze");
                long reports = count(c, "select count(*) from residency_report");
                System.out.printf(
                        "Inserted %d incubators x %d residents, %,d reports, in %.1f s%n",
                        OTHER_INCUBATORS + 1, RESIDENTS, reports, (System.nanoTime() - start) / 1e9);

                LocalDate today = TODAY;
                Map<String, PreparedStatement> statements = new LinkedHashMap<>();
                statements.put("occupancy", prepare(c, JpaIncubatorDashboardQuery.OCCUPANCY_SQL, measured, today));
                statements.put("cohorts", prepare(c, JpaIncubatorDashboardQuery.COHORTS_SQL, measured));
                statements.put(
                        "trends", prepare(c, JpaIncubatorDashboardQuery.TRENDS_SQL, measured, today.minusYears(5)));
                statements.put("impact", prepare(c, JpaIncubatorDashboardQuery.IMPACT_SQL, measured));
                statements.put(
                        "overdue",
                        prepare(
                                c,
                                JpaIncubatorDashboardQuery.OVERDUE_SQL,
                                measured,
                                today,
                                IncubatorDashboard.LIST_LIMIT));
                statements.put(
                        "nearing end",
                        prepare(
                                c,
                                JpaIncubatorDashboardQuery.NEARING_SQL,
                                measured,
                                today.plusMonths(6),
                                IncubatorDashboard.LIST_LIMIT));

                double[] totals = new double[RUNS];
                Map<String, double[]> each = new LinkedHashMap<>();
                statements.keySet().forEach(k -> each.put(k, new double[RUNS]));
                for (PreparedStatement s : statements.values()) {
                    drain(s); // warm-up
                }
                for (int run = 0; run < RUNS; run++) {
                    long all = System.nanoTime();
                    for (Map.Entry<String, PreparedStatement> e : statements.entrySet()) {
                        long one = System.nanoTime();
                        drain(e.getValue());
                        each.get(e.getKey())[run] = (System.nanoTime() - one) / 1e6;
                    }
                    totals[run] = (System.nanoTime() - all) / 1e6;
                }
                System.out.printf(
                        "Dashboard of %d residents (6 statements), best and median of %d runs:%n", RESIDENTS, RUNS);
                each.forEach((name, times) -> {
                    Arrays.sort(times);
                    System.out.printf("  %-12s best %6.1f ms, median %6.1f ms%n", name, times[0], times[RUNS / 2]);
                });
                Arrays.sort(totals);
                System.out.printf("  %-12s best %6.1f ms, median %6.1f ms%n", "all", totals[0], totals[RUNS / 2]);
            }
        }
    }

    /** JPA's numbered parameters ({@code ?1}) as JDBC's positional ones, bound in the order they appear. */
    private static PreparedStatement prepare(Connection c, String sql, Object... values) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\?(\\d+)").matcher(sql);
        java.util.List<Integer> order = new java.util.ArrayList<>();
        while (m.find()) {
            order.add(Integer.parseInt(m.group(1)));
        }
        PreparedStatement s = c.prepareStatement(sql.replaceAll("\\?\\d+", "?"));
        for (int i = 0; i < order.size(); i++) {
            Object v = values[order.get(i) - 1];
            if (v instanceof LocalDate d) {
                s.setDate(i + 1, Date.valueOf(d));
            } else {
                s.setObject(i + 1, v);
            }
        }
        return s;
    }

    private static void drain(PreparedStatement s) throws Exception {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                rs.getObject(1);
            }
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
