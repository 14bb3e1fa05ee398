package org.greenhub.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.demo.DemoArchive;

/**
 * The run command ({@code ./mvnw -Prun package}): starts PostgreSQL (embedded, data kept in GREENHUB_DATA_DIR,
 * unless POSTGRESQL_URL names another), then the provisioned WildFly with GreenHub and the demo data set deployed,
 * prints the URL, and stops both on Ctrl-C.
 */
public final class GreenHubLauncher {

    private GreenHubLauncher() {}

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(System.getProperty("greenhub.server.dir", "target/server"))
                .toAbsolutePath();
        Path productWar = Path.of(System.getProperty("greenhub.war", "target/greenhub.war"))
                .toAbsolutePath();
        // The product WAR holds no demo code; the run command deploys a copy with the demo data set added, which loads
        // when GREENHUB_DEMO_DATA is true (its default here).
        Path war = DemoArchive.warWithDemo(productWar, productWar.resolveSibling("greenhub-with-demo.war"));
        Path dataDir = dataDir(System.getenv());
        // GREENHUB_PORT_OFFSET moves every port WildFly opens (HTTP, management, transactions) by the same amount, so
        // a second instance (the load harness's, another engineer's) runs beside the first on one machine.
        int offset = Integer.parseInt(env("GREENHUB_PORT_OFFSET", "0"));
        int port = Integer.parseInt(env("GREENHUB_PORT", "8080")) + offset;
        Files.createDirectories(dataDir);

        EmbeddedPostgres postgres = null;
        String url = System.getenv("POSTGRESQL_URL");
        String user = env("POSTGRESQL_USER", "postgres");
        String password = env("POSTGRESQL_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            int dbPort = Integer.parseInt(env("GREENHUB_DB_PORT", "54329"));
            Path pgData = dataDir.resolve("postgres");
            postgres = EmbeddedDatabase.start(pgData, dbPort);
            url = EmbeddedDatabase.url(dbPort);
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.PASSWORD;
            System.out.println("Embedded PostgreSQL on port " + dbPort + ", data in " + pgData);
        } else {
            System.out.println("Using the PostgreSQL at " + url);
        }

        Map<String, String> environment = new HashMap<>();
        environment.put("POSTGRESQL_URL", url);
        environment.put("POSTGRESQL_USER", user);
        environment.put("POSTGRESQL_PASSWORD", password);
        environment.put("GREENHUB_DEMO_DATA", env("GREENHUB_DEMO_DATA", "true"));
        environment.put(
                "GREENHUB_MAIL_MODE",
                env("GREENHUB_MAIL_MODE", System.getenv("GREENHUB_SMTP_HOST") == null ? "sink" : "smtp"));
        environment.put("GREENHUB_BASE_URL", env("GREENHUB_BASE_URL", "http://localhost:" + port + "/"));
        // The server's own state (logs, deployments) lives beside the data, so target/server stays clean for tests.
        GreenHubServer server = GreenHubServer.start(
                serverDir,
                war,
                dataDir.resolve("wildfly"),
                List.of(
                        "-Djboss.http.port=" + (port - offset),
                        "-Djboss.socket.binding.port-offset=" + offset,
                        // A node name of its own: several GreenHub nodes (or test servers) on one network must not
                        // share "localhost".
                        "-Djboss.node.name=" + env("GREENHUB_NODE_NAME", "greenhub-" + port),
                        "-Djboss.bind.address=" + env("GREENHUB_BIND_ADDRESS", "127.0.0.1")),
                environment,
                ProcessBuilder.Redirect.INHERIT);

        EmbeddedPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            if (database != null) {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }
        }));

        String address = "http://localhost:" + port + "/";
        if (server.waitUntilServing(address + "account/signin.xhtml", Duration.ofMinutes(3))) {
            System.out.println("\n  GreenHub is running at " + address + "  (Ctrl-C stops it)\n");
        }
        int exit = server.waitFor();
        System.exit(exit);
    }

    /** {@code GREENHUB_DATA_DIR}, by default {@code ~/.greenhub}. */
    static Path dataDir(Map<String, String> environment) {
        String dir = environment.get("GREENHUB_DATA_DIR");
        return Path.of(dir == null || dir.isBlank() ? System.getProperty("user.home") + "/.greenhub" : dir)
                .toAbsolutePath();
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
