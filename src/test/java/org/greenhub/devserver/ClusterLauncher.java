package org.greenhub.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.demo.DemoArchive;

/**
 * The cluster command ({@code ./mvnw -Pcluster package}): GreenHub on two nodes behind HAProxy, on one machine, as
 * {@code docs/operations.md} describes for several machines. PostgreSQL is embedded (data in
 * {@code $GREENHUB_DATA_DIR/cluster/postgres}) unless POSTGRESQL_URL names another; the nodes run the demo WAR with
 * the clustered configuration, named greenhub-1 and greenhub-2 (HTTP on GREENHUB_PORT + 1 and + 2, every other port
 * moved by the same offset), and HAProxy listens on GREENHUB_PORT (8080). Ctrl-C stops all of it.
 */
public final class ClusterLauncher {

    private static final int NODES = 2;

    private ClusterLauncher() {}

    public static void main(String[] args) throws Exception {
        Path serverDir = Path.of(System.getProperty("greenhub.server.dir", "target/server"))
                .toAbsolutePath();
        Path productWar = Path.of(System.getProperty("greenhub.war", "target/greenhub.war"))
                .toAbsolutePath();
        Path script = Path.of(
                        System.getProperty("greenhub.cluster.cli", "wildfly-config/scripts/configure-cluster.cli"))
                .toAbsolutePath();
        Path haproxyConfig = Path.of(
                        System.getProperty("greenhub.cluster.haproxy", "wildfly-config/cluster/haproxy.cfg"))
                .toAbsolutePath();
        LocalCluster.haproxy(); // says how to install it before anything starts
        Path dataDir = Files.createDirectories(
                GreenHubLauncher.dataDir(System.getenv()).resolve("cluster"));
        int port = Integer.parseInt(env("GREENHUB_PORT", "8080"));

        System.out.println("Making the clustered configuration (" + LocalCluster.CONFIGURATION + ") ...");
        LocalCluster.prepareConfiguration(serverDir, script, dataDir);
        Path war = DemoArchive.warWithDemo(productWar, productWar.resolveSibling("greenhub-with-demo.war"));

        EmbeddedPostgres postgres = null;
        String url = System.getenv("POSTGRESQL_URL");
        String user = env("POSTGRESQL_USER", "postgres");
        String password = env("POSTGRESQL_PASSWORD", "postgres");
        if (url == null || url.isBlank()) {
            // Not the run command's database: a cluster's JGroups table and sessions stay apart from it.
            int dbPort = Integer.parseInt(env("GREENHUB_DB_PORT", "54339"));
            postgres = EmbeddedDatabase.start(dataDir.resolve("postgres"), dbPort);
            url = EmbeddedDatabase.url(dbPort);
            user = EmbeddedDatabase.USER;
            password = EmbeddedDatabase.PASSWORD;
            System.out.println("Embedded PostgreSQL on port " + dbPort + ", data in " + dataDir.resolve("postgres"));
        }

        String address = "http://localhost:" + port + "/";
        Map<String, String> environment = new HashMap<>();
        environment.put("POSTGRESQL_URL", url);
        environment.put("POSTGRESQL_USER", user);
        environment.put("POSTGRESQL_PASSWORD", password);
        environment.put("GREENHUB_DEMO_DATA", env("GREENHUB_DEMO_DATA", "true"));
        environment.put(
                "GREENHUB_MAIL_MODE",
                env("GREENHUB_MAIL_MODE", System.getenv("GREENHUB_SMTP_HOST") == null ? "sink" : "smtp"));
        environment.put("GREENHUB_BASE_URL", env("GREENHUB_BASE_URL", address));
        // HAProxy sets X-Forwarded-For and -Proto; the nodes take the client's address and scheme from them.
        environment.put("GREENHUB_BEHIND_PROXY", "true");

        List<GreenHubServer> nodes = new ArrayList<>();
        List<Integer> nodePorts = new ArrayList<>();
        for (int i = 1; i <= NODES; i++) {
            nodePorts.add(port + i);
        }
        EmbeddedPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            nodes.forEach(GreenHubServer::close);
            if (database != null) {
                try {
                    database.close();
                } catch (IOException ignored) {
                    // stopping anyway
                }
            }
        }));

        // One node after the other: the first migrates the schema and loads the demo data alone, and the second joins
        // a cluster that is already there. Started together (session 12), after nodes killed by hand the second once
        // timed out joining, ran as a cluster of its own and merged a minute later, failing requests meanwhile.
        int up = 0;
        for (int i = 1; i <= NODES; i++) {
            String node = "http://localhost:" + nodePorts.get(i - 1) + "/";
            GreenHubServer started = LocalCluster.startNode(
                    serverDir,
                    war,
                    dataDir.resolve(LocalCluster.nodeName(i)),
                    i,
                    port - 8080 + i,
                    environment,
                    ProcessBuilder.Redirect.appendTo(
                            dataDir.resolve(LocalCluster.nodeName(i) + ".log").toFile()));
            nodes.add(started);
            // Generous: the first start migrates the schema and loads the demo data, on a busy machine for minutes.
            boolean serving = started.waitUntilServing(node + "api/health", Duration.ofMinutes(10));
            up += serving ? 1 : 0;
            System.out.println("  " + LocalCluster.nodeName(i) + " at " + node
                    + (serving ? " is up" : " is not serving") + " (log: "
                    + dataDir.resolve(LocalCluster.nodeName(i) + ".log") + ")");
        }
        if (up == 0) {
            System.out.println("\n  GreenHub did not start: see the nodes' logs.\n");
            System.exit(1);
        }
        Process balancer = LocalCluster.startBalancer(
                haproxyConfig,
                port,
                nodePorts,
                ProcessBuilder.Redirect.appendTo(dataDir.resolve("haproxy.log").toFile()));

        Runtime.getRuntime().addShutdownHook(new Thread(balancer::destroy));
        System.out.println(
                "\n  GreenHub (two nodes behind HAProxy) is running at " + address + "  (Ctrl-C stops it)\n");
        System.exit(balancer.waitFor());
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }
}
