package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V432 on a database that already holds entries with the old id-based references (a database at V431, in a
 * PostgreSQL of its own): they get opaque codes and their evaluation subjects follow, except the entries of an edition
 * whose award result is recorded, whose ranking hash names the old references; rows written in SQL get a code too.
 */
class EntryReferenceMigrationIT {

    private static final String AT = "timestamptz '2026-11-25 10:00:00+00'";

    @Test
    void oldEntriesGetOpaqueReferencesExceptThoseARecordedResultNames() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .target("431")
                    .load()
                    .migrate();
            long judged;
            long draft;
            long awarded;
            try (Connection c = database.getConnection();
                    Statement s = c.createStatement()) {
                long user = id(
                        s,
                        "insert into user_account (email, display_name, search_key, preferred_locale, status, created_at) "
                                + "values ('manager@example.test', 'Manager', 'manager', 'en', 'ACTIVE', " + AT
                                + ") returning id");
                long zone = organisation(s, "GOVERNMENT_BODY", "Zone");
                long running = competition(s, "running", zone, "JUDGING");
                long finished = competition(s, "finished", zone, "FINAL");
                judged = entry(s, running, organisation(s, "START_UP", "Judged team"), user, "IN_ROUND");
                draft = entry(s, running, organisation(s, "START_UP", "Drafting team"), user, "DRAFT");
                awarded = entry(s, finished, organisation(s, "START_UP", "Awarded team"), user, "AWARDED");
                subject(s, running, judged);
                subject(s, finished, awarded);
                long rubric = id(
                        s,
                        "insert into rubric (programme_key, name, created_at) values ('competition:" + finished
                                + "', 'Rubric', " + AT + ") returning id");
                long round = id(
                        s,
                        "insert into evaluation_round (programme_key, name, rubric_id, judges_per_entry, opens_at, closes_at, "
                                + "score_visibility, aggregation_method, advancement_rule, advancement_scope, status, created_at) values ('competition:"
                                + finished + "', 'Final', " + rubric + ", 1, " + AT + " - interval '9 days', " + AT
                                + " - interval '2 days', "
                                + "'AFTER_ROUND_CLOSES', 'MEAN', 'NONE', 'WHOLE_ROUND', 'CLOSED', " + AT
                                + ") returning id");
                s.execute(
                        "insert into award_result (competition_id, evaluation_round_id, status, proposed_by, proposed_at, results_sha256) "
                                + "values (" + finished + ", " + round + ", 'FINAL', " + user + ", " + AT
                                + ", repeat('a', 64))");
            }

            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (Connection c = database.getConnection();
                    Statement s = c.createStatement()) {
                String judgedReference = reference(s, judged);
                String draftReference = reference(s, draft);
                for (String code : new String[] {judgedReference, draftReference}) {
                    assertTrue(code.matches(JudgesSeeOnlyTheirRoundIT.OPAQUE_REFERENCE.pattern()), code);
                }
                assertNotEquals(judgedReference, draftReference);
                assertEquals(judgedReference, subjectReference(s, judged), "the evaluation subject follows its entry");
                assertEquals(
                        String.format("E%05d", awarded),
                        reference(s, awarded),
                        "a recorded result's references stay as its hash names them");
                assertEquals(String.format("E%05d", awarded), subjectReference(s, awarded));

                // rows written in SQL (fixtures, bulk loads) get a code from the column's default, never a taken one
                Set<String> codes = new HashSet<>();
                try (ResultSet r = s.executeQuery("select reference from competition_entry")) {
                    while (r.next()) {
                        codes.add(r.getString(1));
                    }
                }
                long competition = id(s, "select competition_id from competition_entry where id = " + judged);
                long user = id(s, "select created_by from competition_entry where id = " + judged);
                for (int i = 0; i < 50; i++) {
                    String code = reference(
                            s, entry(s, competition, organisation(s, "START_UP", "Bulk " + i), user, "SUBMITTED"));
                    assertTrue(code.matches(JudgesSeeOnlyTheirRoundIT.OPAQUE_REFERENCE.pattern()), code);
                    assertTrue(codes.add(code), "unique: " + code);
                }
            }
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static long organisation(Statement s, String kind, String name) throws SQLException {
        return id(
                s,
                "insert into organisation (kind, legal_name, search_key, created_at) values ('" + kind + "', '" + name
                        + "', '" + name.toLowerCase() + "', " + AT + ") returning id");
    }

    private static long competition(Statement s, String series, long organiser, String status) throws SQLException {
        return id(
                s,
                "insert into competition (series_key, series_name, edition, organiser_id, startup_founded_on_or_after, "
                        + "submission_opens_at, submission_closes_at, time_zone, status, created_at) values ('" + series
                        + "', 'Series', '2026', "
                        + organiser + ", date '2020-01-01', " + AT + " - interval '60 days', " + AT
                        + " - interval '30 days', 'Asia/Shanghai', '"
                        + status + "', " + AT + ") returning id");
    }

    private static long entry(Statement s, long competition, long organisation, long user, String status)
            throws SQLException {
        return id(
                s,
                "insert into competition_entry (competition_id, organisation_id, created_by, group_code, track, status, project_title, "
                        + "search_key, created_at, updated_at) values (" + competition + ", " + organisation + ", "
                        + user + ", 'START_UP', "
                        + "'CLEAN_ENERGY', '" + status + "', 'Project', 'project', " + AT + ", " + AT
                        + ") returning id");
    }

    /** The entry's evaluation subject, registered with the old reference as moving into round 1 did. */
    private static void subject(Statement s, long competition, long entry) throws SQLException {
        long subject = id(
                s,
                "insert into evaluation_subject (programme_key, reference, title, organisation_id, created_at) "
                        + "select 'competition:" + competition
                        + "', 'E' || lpad(id::text, 5, '0'), project_title, organisation_id, " + AT
                        + " from competition_entry where id = " + entry + " returning id");
        s.execute("update competition_entry set evaluation_subject_id = " + subject + " where id = " + entry);
    }

    private static String reference(Statement s, long entry) throws SQLException {
        return text(s, "select reference from competition_entry where id = " + entry);
    }

    private static String subjectReference(Statement s, long entry) throws SQLException {
        return text(
                s,
                "select s.reference from evaluation_subject s join competition_entry e on e.evaluation_subject_id = s.id where e.id = "
                        + entry);
    }
}
