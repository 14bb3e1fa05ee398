package org.greenhub.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real PostgreSQL before any test class, so it is up before Arquillian boots WildFly (whose datasource
 * points at it through POSTGRESQL_URL). Only in the failsafe run, which sets {@code greenhub.test.db.start}.
 * Its data directory is kept apart from the process, so a test can stop it and start it again with every row in
 * place ({@link #stopDatabase()}, {@link #startDatabase()}), as an operator restarting PostgreSQL would.
 */
public class EmbeddedDatabaseSessionListener implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;
    private static Path dataDirectory;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("greenhub.test.db.start")) {
            return;
        }
        synchronized (EmbeddedDatabaseSessionListener.class) {
            if (dataDirectory != null) {
                return;
            }
            try {
                dataDirectory = Files.createTempDirectory("greenhub-test-postgres");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not create the test database's directory", e);
            }
            startDatabase();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        synchronized (EmbeddedDatabaseSessionListener.class) {
            if (dataDirectory == null) {
                return;
            }
            stopDatabase();
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory; the system cleans it up in the end
            }
            dataDirectory = null;
        }
    }

    /** Whether this JVM runs the test database (only the failsafe JVM does), so a test may stop and start it. */
    public static synchronized boolean runsTheDatabase() {
        return dataDirectory != null;
    }

    /** Stops PostgreSQL as a restart would ("fast": open connections are cut off); its data stays. */
    public static synchronized void stopDatabase() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not stop the embedded PostgreSQL", e);
            }
            postgres = null;
        }
    }

    /** Starts PostgreSQL (again) on the same port and data; does nothing when it runs. */
    public static synchronized void startDatabase() {
        if (postgres != null) {
            return;
        }
        if (dataDirectory == null) {
            throw new IllegalStateException("The test database runs only in the failsafe JVM (greenhub.test.db.start)");
        }
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(Integer.getInteger("greenhub.test.db.port", 15432))
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }
}
