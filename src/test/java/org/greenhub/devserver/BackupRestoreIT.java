package org.greenhub.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.greenhub.testsupport.Deployments;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup and restore of a populated GreenHub: the test database after every programme's scenario (accounts,
 * competitions with attachments, awards with an objection's evidence, a residency with evidence, an alliance with its
 * documents) plus a few large binary files, backed up, restored by the restore command into a new empty database,
 * and compared table by table (every row's content) and file by file (SHA-256). Then a second GreenHub starts on
 * the restored database, where people sign in and download their files.
 */
class BackupRestoreIT extends HttpTest {

    private static final String RESTORED = "greenhub_restored";
    private static final int LARGE_FILES = 8;
    private static final int LARGE_FILE_BYTES = 2 * 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHasEveryRecordAndFileAndPeopleCanSignIn() throws Exception {
        Http http = new Http(base);
        JsonObject competition = scenario(http, "test-support/competition-scenario");
        scenario(http, "test-support/residency-scenario?evidence=true");
        scenario(http, "test-support/alliance-scenario?member=true");
        scenario(http, "test-support/award-scenario?revoke=true");
        List<Long> largeFiles = storeLargeFiles();
        Path backup = work.resolve("greenhub.zip");
        try {
            // Backed up inside the snapshot the comparison reads: the test server goes on working meanwhile.
            Map<String, String> before;
            Map<Long, String> filesBefore;
            DatabaseBackup.Summary backedUp;
            long backupStarted;
            try (Connection source = database("postgres")) {
                source.setAutoCommit(false);
                source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                before = tableDigests(source);
                filesBefore = fileChecksums(source);
                backupStarted = System.nanoTime();
                backedUp = DatabaseBackup.backup(source, backup);
                source.rollback();
            }
            double backupSeconds = (System.nanoTime() - backupStarted) / 1e9;

            recreateEmptyDatabase();
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            long restoreStarted = System.nanoTime();
            DatabaseBackup.Summary restored = BackupCommand.run(
                    "restore",
                    backup.toString(),
                    Map.of(
                            "POSTGRESQL_URL",
                            url(RESTORED),
                            "POSTGRESQL_USER",
                            "postgres",
                            "POSTGRESQL_PASSWORD",
                            "postgres"),
                    new PrintStream(said, true, StandardCharsets.UTF_8));
            double restoreSeconds = (System.nanoTime() - restoreStarted) / 1e9;
            System.out.printf(
                    "Backup/restore of the test database: %d tables, %d rows, %d stored files; backup %.2f s, "
                            + "%.1f MB; restore %.2f s%n",
                    backedUp.tables(),
                    backedUp.rows(),
                    filesBefore.size(),
                    backupSeconds,
                    backedUp.bytes() / 1e6,
                    restoreSeconds);
            assertTrue(
                    said.toString(StandardCharsets.UTF_8).startsWith("Restored"),
                    said.toString(StandardCharsets.UTF_8));
            assertEquals(backedUp.rows(), restored.rows());
            assertTrue(filesBefore.keySet().containsAll(largeFiles));

            try (Connection copy = database(RESTORED)) {
                assertEquals(before, tableDigests(copy), "every table holds the same rows");
                assertEquals(filesBefore, fileChecksums(copy), "every file, byte for byte");
                assertSequencesAhead(copy);
            }
            assertTrue(
                    assertThrows(
                                    IllegalStateException.class,
                                    () -> BackupCommand.run(
                                            "restore",
                                            backup.toString(),
                                            Map.of("POSTGRESQL_URL", url(RESTORED)),
                                            System.out))
                            .getMessage()
                            .contains("not empty"),
                    "a restore never writes over a database in use");

            signInOnTheRestoredGreenHub(competition, filesBefore);
        } finally {
            try (Connection connection = database("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + RESTORED + " with (force)");
                statement.execute("delete from platform_stored_file where id = any(array" + largeFiles + "::bigint[])");
            }
        }
    }

    /** A second GreenHub on the restored database: the founder signs in (API and form) and gets their file back. */
    private void signInOnTheRestoredGreenHub(JsonObject competition, Map<Long, String> files) throws Exception {
        int offset = Integer.getInteger("greenhub.test.second-server.port-offset", 200);
        String address = "http://localhost:" + (8080 + offset) + "/";
        Path serverBase = Path.of("target/restored-greenhub").toAbsolutePath();
        Path log = Files.createDirectories(serverBase).resolve("console.log");
        for (int port : new int[] {8080 + offset, 9990 + offset}) {
            try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertTrue(free.isBound());
            } catch (IOException taken) {
                fail("Port " + port + " is taken, so the second GreenHub could not be told from another server: "
                        + "choose another -Dgreenhub.test.second-server.port-offset");
            }
        }
        // The restored GreenHub runs on test time like the first one (the test deployment, with TestClock, and the
        // same GREENHUB_TEST_CLOCK and anchor): on a test date after today, the records are not from its future.
        Path testWar = Files.createTempFile("greenhub-restored", ".war");
        Deployments.greenhub().as(ZipExporter.class).exportTo(testWar.toFile(), true);
        Map<String, String> environment =
                new java.util.HashMap<>(Map.of("POSTGRESQL_URL", url(RESTORED), "GREENHUB_BASE_URL", address));
        for (String clock : List.of("GREENHUB_TEST_CLOCK", "GREENHUB_TEST_CLOCK_ANCHOR")) {
            String value = System.getProperty(clock, System.getenv(clock));
            if (value != null) {
                environment.put(clock, value);
            }
        }
        try (GreenHubServer server = GreenHubServer.start(
                Path.of(System.getProperty("greenhub.test.server.dir", "target/server"))
                        .toAbsolutePath(),
                testWar,
                serverBase,
                List.of(
                        "-Djboss.socket.binding.port-offset=" + offset,
                        "-Djboss.node.name=greenhub-restored-" + offset,
                        "-Djboss.default.multicast.address="
                                + System.getProperty("greenhub.test.second-server.multicast", "230.0.1.2")),
                environment,
                ProcessBuilder.Redirect.to(log.toFile()))) {
            assertTrue(
                    server.waitUntilServing(address + "api/health", Duration.ofMinutes(5)),
                    "GreenHub starts on the restored database; see " + log);

            Http restored = new Http(URI.create(address).toURL());
            String founder = Http.basic(competition.getString("owner"), competition.getString("password"));
            HttpResponse<String> me = restored.get("api/me", founder);
            assertEquals(200, me.statusCode(), me.body());
            assertEquals(competition.getString("owner"), Http.json(me).getString("email"));

            long attachment = competition.getJsonNumber("attachmentId").longValue();
            HttpResponse<byte[]> download = HttpClient.newHttpClient()
                    .send(
                            restored.request("api/competition/attachments/" + attachment)
                                    .header("Authorization", founder)
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, download.statusCode());
            String fileId = files.entrySet().stream()
                    .filter(e -> e.getValue().equals(sha256(download.body())))
                    .findFirst()
                    .map(e -> e.getKey().toString())
                    .orElse("none");
            assertFalse(fileId.equals("none"), "the downloaded attachment is one of the backed-up files");

            FormSession browser = new FormSession(URI.create(address).toURL());
            HttpResponse<String> dashboard = browser.signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
            assertEquals(200, dashboard.statusCode());
            assertTrue(dashboard.uri().getPath().startsWith("/dashboard/"), "signed in: " + dashboard.uri());
        }
    }

    private static JsonObject scenario(Http http, String path) {
        HttpResponse<String> response = http.send("POST", path, null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    /** Files of every byte value, larger than any scenario's, stored as uploads are (the table the application uses). */
    private static List<Long> storeLargeFiles() throws SQLException {
        Random random = new Random(10);
        List<Long> ids = new ArrayList<>();
        try (Connection connection = database("postgres");
                PreparedStatement insert = connection.prepareStatement(
                        "insert into platform_stored_file "
                                + "(file_name, kind, size_bytes, sha256, content, created_at) values (?, 'PNG', ?, ?, ?, now()) returning id")) {
            for (int i = 0; i < LARGE_FILES; i++) {
                byte[] content = new byte[LARGE_FILE_BYTES];
                random.nextBytes(content);
                insert.setString(1, "large-" + i + "-大文件.png");
                insert.setLong(2, content.length);
                insert.setString(3, sha256(content));
                insert.setBytes(4, content);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    ids.add(id.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Each table's row count and a digest of all its rows' content, whatever their order. */
    private static Map<String, String> tableDigests(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select relname from pg_class where relkind = 'r' "
                        + "and relnamespace = current_schema()::regnamespace")) {
            while (found.next()) {
                tables.add(found.getString(1));
            }
        }
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables) {
            try (Statement statement = connection.createStatement();
                    ResultSet digest =
                            statement.executeQuery("select count(*), md5(coalesce(string_agg(md5(t::text), '' "
                                    + "order by md5(t::text)), '')) from \"" + table + "\" t")) {
                digest.next();
                digests.put(table, digest.getLong(1) + " rows, " + digest.getString(2));
            }
        }
        return digests;
    }

    /** Every stored file's SHA-256, computed from its bytes, after checking it against the one recorded at upload. */
    private static Map<Long, String> fileChecksums(Connection connection) throws SQLException {
        Map<Long, String> files = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select id, sha256, encode(sha256(content), 'hex') from platform_stored_file")) {
            while (rows.next()) {
                assertEquals(
                        rows.getString(2),
                        rows.getString(3),
                        "file " + rows.getLong(1) + " matches its recorded checksum");
                files.put(rows.getLong(1), rows.getString(3));
            }
        }
        return files;
    }

    /** New rows in the restored database get new ids: every identity sequence is at or past its table's highest id. */
    private static void assertSequencesAhead(Connection connection) throws SQLException {
        int checked = 0;
        try (Statement statement = connection.createStatement();
                ResultSet identities =
                        statement.executeQuery("select table_name, column_name from information_schema.columns "
                                + "where table_schema = current_schema() and is_identity = 'YES'")) {
            while (identities.next()) {
                String table = identities.getString(1);
                String column = identities.getString(2);
                try (Statement check = connection.createStatement();
                        ResultSet values =
                                check.executeQuery("select (select coalesce(max(\"" + column + "\"), 0) from \"" + table
                                        + "\"), " + "coalesce(pg_sequence_last_value(pg_get_serial_sequence('\"" + table
                                        + "\"', '" + column + "')::regclass), 0)")) {
                    values.next();
                    assertTrue(
                            values.getLong(2) >= values.getLong(1), table + "." + column + " sequence behind its rows");
                    checked++;
                }
            }
        }
        assertTrue(checked > 10, "identity columns checked: " + checked);
    }

    private static void recreateEmptyDatabase() throws SQLException {
        try (Connection connection = database("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + RESTORED + " with (force)");
            statement.execute("create database " + RESTORED + " encoding 'UTF8' template template0");
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + Integer.getInteger("greenhub.test.db.port", 15432) + "/" + database;
    }

    private static Connection database(String name) throws SQLException {
        return DriverManager.getConnection(url(name), "postgres", "postgres");
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
