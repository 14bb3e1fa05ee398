package org.greenhub.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The run command's embedded PostgreSQL (when POSTGRESQL_URL is unset): data in {@code $GREENHUB_DATA_DIR/postgres},
 * port {@code GREENHUB_DB_PORT}, database {@value #NAME}, user and password {@code postgres}.
 */
final class EmbeddedDatabase {

    static final String NAME = "greenhub";
    static final String USER = "postgres";
    static final String PASSWORD = "postgres";

    private EmbeddedDatabase() {}

    /** Starts PostgreSQL on the directory (created, and initialised, when empty) and creates the database if missing. */
    static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + NAME + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + NAME + " encoding 'UTF8' template template0");
            }
        }
        return postgres;
    }

    static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + NAME;
    }
}
