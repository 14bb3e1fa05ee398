package org.greenhub.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The run command ({@code ./mvnw -Prun package}): starts PostgreSQL (embedded, data kept in GREENHUB_DATA_DIR,
 * unless POSTGRESQL_URL names another), then the provisioned WildFly with GreenHub deployed, prints the URL, and
 * stops both on Ctrl-C.
 */
public final class GreenHubLauncher {

    private GreenHubLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(System.getProperty("greenhub.server.dir", "target/server")).toAbsolutePath();
        Path war = Path.of(System.getProperty("greenhub.war", "target/greenhub.war")).toAbsolutePath();
        Path dataDir = Path.of(env("GREENHUB_DATA_DIR", System.getProperty("user.home") + "/.greenhub")).toAbsolutePath();
        int port = Integer.parseInt(env("GREENHUB_PORT", "8080"));
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = null;
        String url = System.getenv("POSTGRESQL_URL");
        String user = env("POSTGRESQL_USER", "postgres");
        String password = env("POSTGRESQL_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            int dbPort = Integer.parseInt(env("GREENHUB_DB_PORT", "54329"));
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setPort(dbPort)
                    .start();
            createDatabaseIfMissing(postgres, "greenhub");
            url = "jdbc:postgresql://localhost:" + dbPort + "/greenhub";
            user = "postgres";
            password = "postgres";
            System.out.println("Embedded PostgreSQL on port " + dbPort + ", data in " + pgData);
        } else {
            System.out.println("Using the PostgreSQL at " + url);
        }

        // The server's own state (logs, deployments) lives beside the data, so target/server stays clean for tests.
        Path base = dataDir.resolve("wildfly");
        prepareServerBase(serverDir, base, war);

        List<String> command = new ArrayList<>(List.of(serverDir.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Djboss.http.port=" + port,
                // A node name of its own: several GreenHub nodes (or test servers) on one network must not share "localhost".
                "-Djboss.node.name=" + env("GREENHUB_NODE_NAME", "greenhub-" + port),
                "-Djboss.bind.address=" + env("GREENHUB_BIND_ADDRESS", "127.0.0.1")));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("POSTGRESQL_URL", url);
        environment.put("POSTGRESQL_USER", user);
        environment.put("POSTGRESQL_PASSWORD", password);
        environment.putIfAbsent("GREENHUB_DEMO_DATA", "true");
        environment.putIfAbsent("GREENHUB_MAIL_MODE", System.getenv("GREENHUB_SMTP_HOST") == null ? "sink" : "smtp");
        environment.putIfAbsent("GREENHUB_BASE_URL", "http://localhost:" + port + "/");
        environment.put("JBOSS_HOME", serverDir.toString());
        // Lets standalone.sh pass Ctrl-C on to the Java process instead of leaving it running.
        environment.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        Process server = builder.start();

        EmbeddedPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.descendants().forEach(ProcessHandle::destroy);
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (database != null) {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }
        }));

        String address = "http://localhost:" + port + "/";
        if (waitUntilServing(address + "account/signin.xhtml", server)) {
            System.out.println("\n  GreenHub is running at " + address + "  (Ctrl-C stops it)\n");
        }
        int exit = server.waitFor();
        System.exit(exit);
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String name) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             ResultSet exists = connection.createStatement().executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
            if (!exists.next()) {
                connection.createStatement().execute("create database " + name + " encoding 'UTF8' template template0");
            }
        }
    }

    private static void prepareServerBase(Path serverDir, Path base, Path war) throws IOException {
        Path configuration = base.resolve("configuration");
        Path deployments = base.resolve("deployments");
        // The configuration comes fresh from the build each time, so server upgrades apply.
        copyTree(serverDir.resolve("standalone/configuration"), configuration);
        Files.createDirectories(deployments);
        try (Stream<Path> old = Files.list(deployments)) {
            old.filter(p -> p.getFileName().toString().startsWith("greenhub.war")).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Files.copy(war, deployments.resolve("greenhub.war"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!source.getFileName().toString().endsWith(".lock")) {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static boolean waitUntilServing(String address, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline && server.isAlive()) {
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
