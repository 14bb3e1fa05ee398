package org.greenhub.evaluation.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.greenhub.evaluation.application.RoundScoreRows;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.ScoringEngine;
import org.greenhub.evaluation.domain.scoring.ScoringResult;
import org.postgresql.PGConnection;

/**
 * Results of a round of 10,000 entries x 5 judges x 6 criteria (300,000 scores) computed from PostgreSQL, end to
 * end, for each aggregation method: the service's projection query ({@link RoundScoreRows#SQL}, streamed) feeding the
 * scoring engine. Compared with reading the scores one sheet at a time (one query per sheet, the shape that loading
 * score sheet entities one by one takes). A benchmark, not a test: it prints its figures.
 * <p>
 * Run from the project directory (it reads the migrations from src/main/resources/db/migration):
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.greenhub.evaluation.bench.ResultsDatabaseBenchmark -Dexec.classpathScope=test}
 */
public final class ResultsDatabaseBenchmark {

    private static final int ENTRIES = 10_000;
    private static final int JUDGES = 5;
    private static final int CRITERIA = 6;
    private static final int RUNS = 5;
    private static final long ROUND = 1;

    private ResultsDatabaseBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 1; c <= CRITERIA; c++) {
                criteria.add(new Criterion("c" + c, 10 + c, 0, 10));
            }
            try (Connection connection = dataSource.getConnection()) {
                long insertStart = System.nanoTime();
                insert(connection);
                System.out.printf(
                        "Inserted %,d entries x %d judges x %d criteria = %,d scores in %.1f s%n",
                        ENTRIES, JUDGES, CRITERIA, ENTRIES * JUDGES * CRITERIA, seconds(insertStart));

                // Streaming needs a transaction (the driver fetches by cursor only outside auto-commit).
                connection.setAutoCommit(false);
                ScoringEngine engine = new ScoringEngine();
                List<String> tieBreak = List.of("c1");
                System.out.println("Projection query + engine, end to end (best and median of " + RUNS
                        + " runs after a warm-up):");
                for (AggregationMethod type : AggregationMethod.values()) {
                    viaProjection(connection, engine, criteria, tieBreak, type);
                    double[] times = new double[RUNS];
                    ScoringResult result = null;
                    for (int run = 0; run < RUNS; run++) {
                        long start = System.nanoTime();
                        result = viaProjection(connection, engine, criteria, tieBreak, type);
                        times[run] = millis(start);
                    }
                    Arrays.sort(times);
                    System.out.printf(
                            "  %-13s best %6.0f ms, median %6.0f ms  (%,d entries ranked, top score %.4f)%n",
                            type,
                            times[0],
                            times[RUNS / 2],
                            result.results().size(),
                            result.results().get(0).score());
                }
                double projectionMean =
                        bestOf(() -> viaProjection(connection, engine, criteria, tieBreak, AggregationMethod.MEAN));

                long oneByOneStart = System.nanoTime();
                ScoringResult oneByOne = viaOneQueryPerSheet(connection, engine, criteria, tieBreak);
                double oneByOneMillis = millis(oneByOneStart);
                System.out.printf(
                        "One query per score sheet (%,d queries) + engine, MEAN: %,.0f ms (%,d entries ranked)%n",
                        ENTRIES * JUDGES, oneByOneMillis, oneByOne.results().size());
                System.out.printf(
                        "Speed-up of the projection query over one query per sheet: %.0fx%n",
                        oneByOneMillis / projectionMean);

                long perScoreStart = System.nanoTime();
                ScoringResult perScore = viaOneQueryPerScore(connection, engine, criteria, tieBreak);
                double perScoreMillis = millis(perScoreStart);
                System.out.printf(
                        "One query per score, as loading each score entity by its key (%,d queries) + engine, MEAN: %,.0f ms (%,d entries ranked)%n",
                        ENTRIES * JUDGES * CRITERIA,
                        perScoreMillis,
                        perScore.results().size());
                System.out.printf(
                        "Speed-up of the projection query over loading scores one by one: %.0fx%n",
                        perScoreMillis / projectionMean);
                connection.rollback();
            }
        }
    }

    private interface Timed {
        ScoringResult run() throws Exception;
    }

    private static double bestOf(Timed timed) throws Exception {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            timed.run();
            best = Math.min(best, millis(start));
        }
        return best;
    }

    /** What RoundResultsService does: the one projection query, streamed into rows, ranked by the engine. */
    static ScoringResult viaProjection(
            Connection connection,
            ScoringEngine engine,
            List<Criterion> criteria,
            List<String> tieBreak,
            AggregationMethod type)
            throws Exception {
        RoundScoreRows rows = new RoundScoreRows();
        try (PreparedStatement query = connection.prepareStatement(RoundScoreRows.SQL)) {
            query.setFetchSize(5000);
            query.setLong(1, ROUND);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getBigDecimal(7).doubleValue());
                }
            }
        }
        return engine.rank(rows.input(criteria, tieBreak), Method.of(type));
    }

    /** The slow shape: list the sheets, then one query for each sheet's values. */
    static ScoringResult viaOneQueryPerSheet(
            Connection connection, ScoringEngine engine, List<Criterion> criteria, List<String> tieBreak)
            throws Exception {
        RoundScoreRows rows = new RoundScoreRows();
        List<Object[]> sheets = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select sh.id, s.id, s.reference, s.group_name, s.track, u.email from score_sheet sh
                join evaluation_subject s on s.id = sh.subject_id join user_account u on u.id = sh.judge_id
                where sh.round_id = ? and sh.status = 'SUBMITTED'""")) {
            query.setLong(1, ROUND);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    sheets.add(new Object[] {
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)
                    });
                }
            }
        }
        try (PreparedStatement values =
                connection.prepareStatement("select criterion_code, value from score_value where sheet_id = ?")) {
            for (Object[] sheet : sheets) {
                values.setLong(1, (Long) sheet[0]);
                try (ResultSet rs = values.executeQuery()) {
                    while (rs.next()) {
                        rows.add(
                                (Long) sheet[1],
                                (String) sheet[2],
                                (String) sheet[3],
                                (String) sheet[4],
                                (String) sheet[5],
                                rs.getString(1),
                                rs.getBigDecimal(2).doubleValue());
                    }
                }
            }
        }
        return engine.rank(rows.input(criteria, tieBreak), Method.of(AggregationMethod.MEAN));
    }

    /** The slowest shape, and the one "load the score entities one by one" means: a query per score, by its key. */
    static ScoringResult viaOneQueryPerScore(
            Connection connection, ScoringEngine engine, List<Criterion> criteria, List<String> tieBreak)
            throws Exception {
        RoundScoreRows rows = new RoundScoreRows();
        List<Object[]> keys = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select sh.id, s.id, s.reference, s.group_name, s.track, u.email, v.criterion_code from score_sheet sh
                join evaluation_subject s on s.id = sh.subject_id join user_account u on u.id = sh.judge_id
                join score_value v on v.sheet_id = sh.id
                where sh.round_id = ? and sh.status = 'SUBMITTED'""")) {
            query.setFetchSize(5000);
            query.setLong(1, ROUND);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Object[] {
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7)
                    });
                }
            }
        }
        try (PreparedStatement value = connection.prepareStatement(
                "select value from score_value where sheet_id = ? and criterion_code = ?")) {
            for (Object[] key : keys) {
                value.setLong(1, (Long) key[0]);
                value.setString(2, (String) key[6]);
                try (ResultSet rs = value.executeQuery()) {
                    rs.next();
                    rows.add(
                            (Long) key[1],
                            (String) key[2],
                            (String) key[3],
                            (String) key[4],
                            (String) key[5],
                            (String) key[6],
                            rs.getBigDecimal(1).doubleValue());
                }
            }
        }
        return engine.rank(rows.input(criteria, tieBreak), Method.of(AggregationMethod.MEAN));
    }

    private static void insert(Connection connection) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute(
                    "insert into organisation (id, kind, legal_name, search_key, created_at) values (1, 'START_UP', 'Bench', 'bench', now())");
            for (int j = 1; j <= JUDGES; j++) {
                sql.execute(
                        "insert into user_account (id, email, display_name, search_key, preferred_locale, status, created_at) values ("
                                + j + ", 'judge" + j + "@bench.test', 'Judge " + j + "', 'judge " + j
                                + "', 'en', 'ACTIVE', now())");
            }
            sql.execute(
                    "insert into rubric (id, programme_key, name, created_at) values (1, 'bench', 'Bench rubric', now())");
            for (int c = 1; c <= CRITERIA; c++) {
                sql.execute(
                        "insert into rubric_criterion (rubric_id, position, code, weight, min_value, max_value, step) values (1, "
                                + (c - 1) + ", 'c" + c + "', " + (10 + c) + ", 0, 10, 1)");
            }
            sql.execute("""
                    insert into evaluation_round (id, programme_key, name, rubric_id, judges_per_entry, opens_at, closes_at, score_visibility,
                        aggregation_method, advancement_rule, advancement_scope, status, created_at)
                    values (1, 'bench', 'Bench round', 1, 5, now() - interval '2 days', now() - interval '1 day', 'NEVER', 'MEAN',
                        'NONE', 'WHOLE_ROUND', 'CLOSED', now())""");
        }
        Random random = new Random(42);
        StringBuilder subjects = new StringBuilder();
        StringBuilder sheets = new StringBuilder();
        StringBuilder values = new StringBuilder();
        StringBuilder assignments = new StringBuilder();
        long sheetId = 0;
        for (int e = 1; e <= ENTRIES; e++) {
            subjects.append(e)
                    .append(",bench,")
                    .append(String.format("E%05d", e))
                    .append(",Entry ")
                    .append(e)
                    .append(",1,T")
                    .append(e % 3)
                    .append(",G")
                    .append(e % 4)
                    .append(",2026-01-01T00:00:00Z\n");
            for (int j = 1; j <= JUDGES; j++) {
                sheetId++;
                assignments
                        .append(sheetId)
                        .append(",1,")
                        .append(e)
                        .append(',')
                        .append(j)
                        .append(",AUTO,2026-01-01T00:00:00Z\n");
                sheets.append(sheetId)
                        .append(",1,")
                        .append(e)
                        .append(',')
                        .append(j)
                        .append(",SUBMITTED,2026-01-02T00:00:00Z,2026-01-01T00:00:00Z,2026-01-02T00:00:00Z\n");
                for (int c = 1; c <= CRITERIA; c++) {
                    values.append(sheetId)
                            .append(",c")
                            .append(c)
                            .append(',')
                            .append(random.nextInt(11))
                            .append('\n');
                }
            }
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn(
                "copy evaluation_subject (id, programme_key, reference, title, organisation_id, track, group_name, created_at) from stdin with (format csv)",
                new StringReader(subjects.toString()));
        // Results count only sheets whose judge holds the assignment.
        copy.copyIn(
                "copy assignment (id, round_id, subject_id, judge_id, source, created_at) from stdin with (format csv)",
                new StringReader(assignments.toString()));
        copy.copyIn(
                "copy score_sheet (id, round_id, subject_id, judge_id, status, submitted_at, created_at, updated_at) from stdin with (format csv)",
                new StringReader(sheets.toString()));
        copy.copyIn(
                "copy score_value (sheet_id, criterion_code, value) from stdin with (format csv)",
                new StringReader(values.toString()));
        try (Statement sql = connection.createStatement()) {
            sql.execute("analyze");
        }
    }

    private static double millis(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
