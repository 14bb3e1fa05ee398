package org.greenhub.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Backup and restore of everything GreenHub keeps ({@link DatabaseBackup}), as {@code docs/operations.md} describes:
 * <pre>
 * ./mvnw -Pbackup package -Dgreenhub.backup=greenhub.zip     (while GreenHub runs, or not)
 * ./mvnw -Prestore package -Dgreenhub.backup=greenhub.zip    (into an empty database, GreenHub stopped)
 * </pre>
 * The database is the one GreenHub uses: POSTGRESQL_URL (with POSTGRESQL_USER and POSTGRESQL_PASSWORD), or else the
 * run command's embedded one in GREENHUB_DATA_DIR on GREENHUB_DB_PORT, which is started for the occasion when
 * GreenHub is not running.
 */
public final class BackupCommand {

    private BackupCommand() {}

    /** {@code backup FILE} or {@code restore FILE}; fails (and so fails the Maven build) with the reason. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("Usage: backup FILE | restore FILE");
        }
        run(args[0], args.length > 1 ? args[1] : "", System.getenv(), System.out);
    }

    static DatabaseBackup.Summary run(String action, String file, Map<String, String> environment, PrintStream out)
            throws IOException, SQLException {
        boolean restore = switch (action) {
            case "backup" -> false;
            case "restore" -> true;
            default -> throw new IllegalArgumentException("Unknown action '" + action + "': backup or restore");
        };
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("Name the backup file: -Dgreenhub.backup=FILE");
        }
        Path path = Path.of(file).toAbsolutePath();
        if (restore && !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("No backup at " + path);
        }
        try (Database database = Database.of(environment, restore)) {
            long started = System.nanoTime();
            DatabaseBackup.Summary summary;
            if (restore) {
                summary = DatabaseBackup.restore(database.url(), database.user(), database.password(), path);
            } else {
                try (Connection connection =
                        DriverManager.getConnection(database.url(), database.user(), database.password())) {
                    summary = DatabaseBackup.backup(connection, path);
                }
            }
            out.printf(
                    Locale.ROOT,
                    "%s (schema version %s): %d tables, %d rows, %.1f MB, in %.1f s%n  %s%n",
                    restore ? "Restored" : "Backed up",
                    summary.schemaVersion(),
                    summary.tables(),
                    summary.rows(),
                    summary.bytes() / 1e6,
                    (System.nanoTime() - started) / 1e9,
                    restore ? "from " + path + " into " + database.url() : "from " + database.url() + " to " + path);
            return summary;
        }
    }

    /** Where GreenHub's data is; an embedded PostgreSQL started here is stopped again when done. */
    private record Database(String url, String user, String password, EmbeddedPostgres startedHere)
            implements AutoCloseable {

        static Database of(Map<String, String> environment, boolean restore) throws IOException, SQLException {
            String url = environment.get("POSTGRESQL_URL");
            if (url != null && !url.isBlank()) {
                return new Database(
                        url,
                        environment.getOrDefault("POSTGRESQL_USER", "postgres"),
                        environment.getOrDefault("POSTGRESQL_PASSWORD", "postgres"),
                        null);
            }
            String portSetting = environment.get("GREENHUB_DB_PORT");
            int port = portSetting == null || portSetting.isBlank() ? 54329 : Integer.parseInt(portSetting.trim());
            String embedded = EmbeddedDatabase.url(port);
            if (answers(embedded)) {
                return new Database(embedded, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, null);
            }
            Path data = GreenHubLauncher.dataDir(environment).resolve("postgres");
            if (!restore && !Files.exists(data.resolve("PG_VERSION"))) {
                throw new IllegalStateException("No GreenHub database in " + data
                        + ": set GREENHUB_DATA_DIR (the run command's), or POSTGRESQL_URL for an external database");
            }
            return new Database(
                    embedded, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD, EmbeddedDatabase.start(data, port));
        }

        /** Whether the embedded PostgreSQL is already running (GreenHub's run command is up). */
        private static boolean answers(String url) throws SQLException {
            try (Connection ignored =
                    DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD)) {
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                    return false;
                }
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            if (startedHere != null) {
                startedHere.close();
            }
        }
    }
}
