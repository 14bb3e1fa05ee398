package org.greenhub.devserver;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Everything GreenHub keeps, in one file: its database (accounts, records, the audit trail, the mail outbox and every
 * uploaded file, which live in {@code platform_stored_file}). The file is a ZIP with one entry per table in
 * PostgreSQL's text COPY format (readable by any PostgreSQL version, unlike {@code pg_dump}'s archives, which need a
 * {@code pg_dump} at least as new as the server) and a manifest: schema version, columns and row count of each table,
 * and the sequences.
 *
 * <p>A backup reads one snapshot (repeatable read), so it is consistent while GreenHub runs. A restore needs an
 * empty database: it creates the schema of the backup's version with GreenHub's own migrations, loads every row,
 * checks the foreign keys, sets the sequences, and commits all or nothing. Starting a newer GreenHub on it later
 * migrates it as usual.
 */
public final class DatabaseBackup {

    static final String FORMAT = "greenhub-backup";
    static final int FORMAT_VERSION = 1;
    private static final String MANIFEST = "manifest.json";

    /** What a backup holds or a restore loaded. */
    public record Summary(String schemaVersion, int tables, long rows, long bytes) {}

    private record Table(String name, List<Column> columns, long rows) {
        String entry() {
            return "tables/" + name + ".copy";
        }

        String columnList() {
            return String.join(
                    ", ", columns.stream().map(column -> quote(column.name())).toList());
        }
    }

    private record Column(String name, String type) {}

    private record Sequence(String name, long lastValue, boolean called) {}

    private DatabaseBackup() {}

    /**
     * Writes the database the connection points at to {@code file} (through a temporary file, so a failed backup
     * never leaves a half-written file under that name). Uses the connection's transaction, set to one read-only
     * snapshot when the connection is in auto-commit mode.
     */
    public static Summary backup(Connection connection, Path file) throws SQLException, IOException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
        }
        try {
            Path partial = Files.createTempFile(
                    file.toAbsolutePath().getParent(), file.getFileName().toString(), ".partial");
            try {
                Summary summary = write(connection, partial);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return summary;
            } finally {
                Files.deleteIfExists(partial);
            }
        } finally {
            if (ownTransaction) {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    private static Summary write(Connection connection, Path file) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        List<Table> tables = new ArrayList<>();
        long rows = 0;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // Uploaded files are mostly compressed already: the fastest level saves most of the time for little space.
            zip.setLevel(Deflater.BEST_SPEED);
            for (Table table : tables(connection)) {
                zip.putNextEntry(new ZipEntry(table.entry()));
                long copied =
                        copy.copyOut("copy " + quote(table.name()) + " (" + table.columnList() + ") to stdout", zip);
                zip.closeEntry();
                tables.add(new Table(table.name(), table.columns(), copied));
                rows += copied;
            }
            String version = schemaVersion(connection);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest(connection, version, tables, sequences(connection))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return new Summary(version, tables.size(), rows, Files.size(file));
        }
    }

    /**
     * Loads a backup into the empty database at {@code url}. Refuses a database that already has tables, and a
     * backup whose schema is newer than this GreenHub's migrations.
     */
    public static Summary restore(String url, String user, String password, Path file)
            throws SQLException, IOException {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new IllegalArgumentException(file + " is not a GreenHub backup (it has no " + MANIFEST + ")");
            }
            JsonObject manifest;
            try (JsonReader reader = Json.createReader(zip.getInputStream(manifestEntry))) {
                manifest = reader.readObject();
            }
            if (!FORMAT.equals(manifest.getString("format", ""))
                    || manifest.getInt("formatVersion", 0) != FORMAT_VERSION) {
                throw new IllegalArgumentException(file + " is not a GreenHub backup of format " + FORMAT_VERSION);
            }
            String version = manifest.getString("schemaVersion");
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                requireEmpty(connection);
                createSchema(url, user, password, version);
                long rows = load(connection, zip, manifest);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("analyze");
                }
                return new Summary(version, manifest.getJsonArray("tables").size(), rows, Files.size(file));
            }
        }
    }

    private static void requireEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(
                        "select count(*) from pg_class where relnamespace = current_schema()::regnamespace "
                                + "and relkind in ('r', 'p', 'v', 'm', 'S', 'f')")) {
            found.next();
            if (found.getLong(1) > 0) {
                throw new IllegalStateException(
                        "The database " + connection.getCatalog() + " is not empty: a restore needs a "
                                + "database without tables (see docs/operations.md, Backup and restore)");
            }
        }
    }

    /** GreenHub's own migrations, up to the backup's version and no further: the rows then fit the tables exactly. */
    private static void createSchema(String url, String user, String password, String version) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion(version))
                .load();
        MigrationVersion wanted = MigrationVersion.fromVersion(version);
        if (Arrays.stream(flyway.info().all()).noneMatch(migration -> wanted.equals(migration.getVersion()))) {
            throw new IllegalStateException(
                    "The backup is of schema version " + version + ", which this GreenHub does not know: "
                            + "restore it with the GreenHub that made it, or a newer one");
        }
        flyway.migrate();
    }

    private static long load(Connection connection, ZipFile zip, JsonObject manifest) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            Map<String, Table> expected = new LinkedHashMap<>();
            for (JsonValue value : manifest.getJsonArray("tables")) {
                JsonObject table = value.asJsonObject();
                List<Column> columns = table.getJsonArray("columns").stream()
                        .map(c -> new Column(
                                c.asJsonObject().getString("name"),
                                c.asJsonObject().getString("type")))
                        .toList();
                expected.put(
                        table.getString("name"),
                        new Table(
                                table.getString("name"),
                                columns,
                                table.getJsonNumber("rows").longValue()));
            }
            Map<String, Table> actual = new LinkedHashMap<>();
            for (Table table : tables(connection)) {
                actual.put(table.name(), table);
            }
            if (!expected.keySet().equals(actual.keySet())) {
                throw new IllegalStateException(
                        "The backup's tables " + expected.keySet() + " differ from the schema's " + actual.keySet());
            }
            for (Table table : expected.values()) {
                if (!table.columns().equals(actual.get(table.name()).columns())) {
                    throw new IllegalStateException("The backup's columns of " + table.name() + " " + table.columns()
                            + " differ from the schema's "
                            + actual.get(table.name()).columns());
                }
            }

            // The migrations' own rows go; foreign keys are checked once, after every row is in (as pg_restore does).
            List<String> foreignKeys = dropForeignKeys(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("truncate table "
                        + String.join(
                                ", ",
                                expected.keySet().stream()
                                        .map(DatabaseBackup::quote)
                                        .toList()));
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            long rows = 0;
            for (Table table : expected.values()) {
                ZipEntry entry = zip.getEntry(table.entry());
                if (entry == null) {
                    throw new IllegalStateException("The backup has no data for " + table.name());
                }
                long loaded;
                try (InputStream data = zip.getInputStream(entry)) {
                    loaded = copy.copyIn(
                            "copy " + quote(table.name()) + " (" + table.columnList() + ") from stdin", data);
                }
                if (loaded != table.rows()) {
                    throw new IllegalStateException(
                            table.name() + ": " + loaded + " rows loaded, the backup lists " + table.rows());
                }
                rows += loaded;
            }
            try (Statement statement = connection.createStatement()) {
                for (String addForeignKey : foreignKeys) {
                    statement.execute(addForeignKey);
                }
            }
            try (PreparedStatement setval = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                for (JsonValue value : manifest.getJsonArray("sequences")) {
                    JsonObject sequence = value.asJsonObject();
                    setval.setString(1, quote(sequence.getString("name")));
                    setval.setLong(2, sequence.getJsonNumber("lastValue").longValue());
                    setval.setBoolean(3, sequence.getBoolean("called"));
                    setval.executeQuery().close();
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Drops every foreign key of the schema and answers the statements that add them back. */
    private static List<String> dropForeignKeys(Connection connection) throws SQLException {
        List<String> add = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet keys = statement.executeQuery(
                        "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) "
                                + "from pg_constraint where contype = 'f' and connamespace = current_schema()::regnamespace order by conrelid, conname")) {
            while (keys.next()) {
                drop.add("alter table " + keys.getString(1) + " drop constraint " + keys.getString(2));
                add.add("alter table " + keys.getString(1) + " add constraint " + keys.getString(2) + " "
                        + keys.getString(3));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : drop) {
                statement.execute(sql);
            }
        }
        return add;
    }

    /** The schema's tables in name order, each with its columns in table order and their types. */
    private static List<Table> tables(Connection connection) throws SQLException {
        Map<String, List<Column>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet columns =
                        statement.executeQuery("select c.relname, a.attname, format_type(a.atttypid, a.atttypmod) "
                                + "from pg_class c join pg_attribute a on a.attrelid = c.oid "
                                + "where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r' "
                                + "and a.attnum > 0 and not a.attisdropped and a.attgenerated = '' "
                                + "order by c.relname, a.attnum")) {
            while (columns.next()) {
                tables.computeIfAbsent(columns.getString(1), name -> new ArrayList<>())
                        .add(new Column(columns.getString(2), columns.getString(3)));
            }
        }
        return tables.entrySet().stream()
                .map(e -> new Table(e.getKey(), e.getValue(), 0))
                .toList();
    }

    private static List<Sequence> sequences(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery("select relname from pg_class where relkind = 'S' "
                        + "and relnamespace = current_schema()::regnamespace order by relname")) {
            while (found.next()) {
                names.add(found.getString(1));
            }
        }
        List<Sequence> sequences = new ArrayList<>();
        for (String name : names) {
            try (Statement statement = connection.createStatement();
                    ResultSet value = statement.executeQuery("select last_value, is_called from " + quote(name))) {
                value.next();
                sequences.add(new Sequence(name, value.getLong(1), value.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** The highest schema version Flyway applied (versions compare as numbers: 100 is after 99). */
    private static String schemaVersion(Connection connection) throws SQLException {
        MigrationVersion highest = null;
        try (Statement statement = connection.createStatement();
                ResultSet versions = statement.executeQuery(
                        "select version from flyway_schema_history where success and version is not null")) {
            while (versions.next()) {
                MigrationVersion version = MigrationVersion.fromVersion(versions.getString(1));
                if (highest == null || version.compareTo(highest) > 0) {
                    highest = version;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "This database has no GreenHub schema (flyway_schema_history): " + e.getMessage(), e);
        }
        if (highest == null) {
            throw new IllegalStateException("This database has no GreenHub schema: no migration was applied");
        }
        return highest.getVersion();
    }

    private static JsonObject manifest(
            Connection connection, String version, List<Table> tables, List<Sequence> sequences) throws SQLException {
        JsonArrayBuilder tableArray = Json.createArrayBuilder();
        for (Table table : tables) {
            JsonArrayBuilder columns = Json.createArrayBuilder();
            table.columns()
                    .forEach(c -> columns.add(
                            Json.createObjectBuilder().add("name", c.name()).add("type", c.type())));
            tableArray.add(Json.createObjectBuilder()
                    .add("name", table.name())
                    .add("rows", table.rows())
                    .add("columns", columns));
        }
        JsonArrayBuilder sequenceArray = Json.createArrayBuilder();
        sequences.forEach(s -> sequenceArray.add(Json.createObjectBuilder()
                .add("name", s.name())
                .add("lastValue", s.lastValue())
                .add("called", s.called())));
        return Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("formatVersion", FORMAT_VERSION)
                // When the backup was made, by the real clock (an operator reads it; nothing compares it).
                .add("createdAt", Instant.now(Clock.systemUTC()).toString())
                .add("postgresql", connection.getMetaData().getDatabaseProductVersion())
                .add("schemaVersion", version)
                .add("tables", tableArray)
                .add("sequences", sequenceArray)
                .build();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
