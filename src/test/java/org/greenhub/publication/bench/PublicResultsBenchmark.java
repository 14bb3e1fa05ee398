package org.greenhub.publication.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.greenhub.competition.award.application.PublicResults;

/**
 * The public results page's database work for an edition with 1,000 awards (and, for scale, 100,000): the count and
 * one page of 50 (first, middle, last page; unfiltered and filtered by group and track), with the same SQL the service
 * runs ({@link PublicResults#pageSql}, {@link PublicResults#countSql}). Prints the server-side time per page. The
 * statement count of a whole page view is asserted in AwardsIT (the same page takes 11 statements, whatever the size).
 * <p>
 * {@code ./mvnw -Pbench package} runs it with the other benchmarks.
 */
public final class PublicResultsBenchmark {

    private static final int RUNS = 20;

    private PublicResultsBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection connection = dataSource.getConnection()) {
                for (int awards : new int[] {1_000, 100_000}) {
                    long resultId = insert(connection, awards);
                    measure(connection, resultId, awards, PublicResults.Filter.none(), "all groups and tracks");
                    measure(
                            connection,
                            resultId,
                            awards,
                            new PublicResults.Filter(
                                    org.greenhub.competition.domain.CompetitionGroup.GROWTH, "CLEAN_ENERGY"),
                            "growth group, clean energy");
                }
            }
        }
    }

    private static void measure(
            Connection connection, long resultId, int awards, PublicResults.Filter filter, String label)
            throws Exception {
        long total = 0;
        try (PreparedStatement count = connection.prepareStatement(PublicResults.countSql(filter))) {
            bind(count, resultId, filter);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                total = rs.getLong(1);
            }
        }
        for (String page : new String[] {"first", "middle", "last"}) {
            long offset = switch (page) {
                case "first" -> 0;
                case "middle" -> (total / 2) / 50 * 50;
                default -> Math.max(0, (total - 1) / 50 * 50);
            };
            long best = Long.MAX_VALUE;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                try (PreparedStatement count = connection.prepareStatement(PublicResults.countSql(filter))) {
                    bind(count, resultId, filter);
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                    }
                }
                int rows = 0;
                try (PreparedStatement select = connection.prepareStatement(PublicResults.pageSql(filter))) {
                    int next = bind(select, resultId, filter);
                    select.setInt(next++, 50);
                    select.setLong(next, offset);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                }
                best = Math.min(best, System.nanoTime() - start);
                if (rows == 0 && total > 0) {
                    throw new IllegalStateException("empty page");
                }
            }
            System.out.printf(
                    "Public results, %,d awards, %s, %s page of 50 (of %,d): count + page %.2f ms (best of %d)%n",
                    awards, label, page, total, best / 1e6, RUNS);
        }
    }

    private static int bind(PreparedStatement statement, long resultId, PublicResults.Filter filter) throws Exception {
        int position = 1;
        statement.setLong(position++, resultId);
        if (filter.group() != null) {
            statement.setString(position++, filter.group().name());
        }
        if (filter.track() != null) {
            statement.setString(position++, filter.track());
        }
        return position;
    }

    /**
     * A result with {@code n} awards. Only the award table is read by the page, so its parents are not built: foreign
     * keys are switched off for this session (the embedded database's user is a superuser) and the awards inserted by SQL.
     */
    private static long insert(Connection connection, int n) throws Exception {
        long resultId = n;
        try (Statement s = connection.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute("""
                    insert into award (result_id, entry_id, group_code, tier_track, track, tier, tier_order, ranking_rank, score, status,
                                       awardee_name, entry_title, verification_code)
                    select %1$d, %1$d::bigint * 1000000 + g, case when g %% 2 = 0 then 'START_UP' else 'GROWTH' end, null,
                           case when g %% 3 = 0 then 'CLEAN_PRODUCTION' else 'CLEAN_ENERGY' end,
                           case when g %% 10 = 0 then 'THIRD' else 'EXCELLENCE' end, case when g %% 10 = 0 then 3 else 4 end,
                           g, 90 - g / 100000.0, 'ACTIVE', '绿色科技有限公司 ' || g, 'Project ' || g, 'B%1$d-' || g
                    from generate_series(1, %1$d) g""".formatted(n));
            s.execute("set session_replication_role = origin");
            s.execute("analyze award");
        }
        return resultId;
    }
}
