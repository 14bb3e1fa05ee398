package org.greenhub.devserver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * GreenHub as a cluster on one machine, for the cluster command ({@link ClusterLauncher}) and the failover test: nodes
 * from the provisioned server started with the clustered configuration ({@value #CONFIGURATION}, made from
 * {@code standalone.xml} by {@code wildfly-config/scripts/configure-cluster.cli}), and HAProxy in front of them with
 * {@code wildfly-config/cluster/haproxy.cfg}. Node {@code i} is named {@code greenhub-i}: the names HAProxy's
 * configuration routes the session cookie's suffix to.
 */
public final class LocalCluster {

    /** The clustered server configuration, beside {@code standalone.xml} in the provisioned server. */
    static final String CONFIGURATION = "standalone-cluster.xml";

    private static final Pattern DEPLOYMENTS = Pattern.compile("\\s*<deployments>.*?</deployments>", Pattern.DOTALL);

    private LocalCluster() {}

    /** The name of node {@code i} (from 1), as HAProxy's configuration knows it. */
    static String nodeName(int i) {
        return "greenhub-" + i;
    }

    /** HAProxy's program, or a failure that says how to install it (as the browser tests ask for Chromium). */
    static Path haproxy() {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/usr/local/sbin", "/usr/local/bin")) {
            Path program = Path.of(dir, "haproxy");
            if (Files.isExecutable(program)) {
                return program;
            }
        }
        throw new IllegalStateException("HAProxy is not installed; the cluster needs it in front of the nodes. "
                + "On Debian or Ubuntu: sudo apt-get install haproxy");
    }

    /**
     * Makes {@value #CONFIGURATION} in the provisioned server from its {@code standalone.xml} and the cluster script,
     * unless it is newer than both. The script runs in jboss-cli's embedded server, on a copy in a directory of its
     * own, so nothing of a server running from {@code serverDir} (its log, its data) is touched.
     */
    static Path prepareConfiguration(Path serverDir, Path script, Path work) throws IOException, InterruptedException {
        Path configurationDir = serverDir.resolve("standalone/configuration");
        Path single = configurationDir.resolve("standalone.xml");
        Path clustered = configurationDir.resolve(CONFIGURATION);
        if (Files.exists(clustered)
                && Files.getLastModifiedTime(clustered).compareTo(Files.getLastModifiedTime(single)) > 0
                && Files.getLastModifiedTime(clustered).compareTo(Files.getLastModifiedTime(script)) > 0) {
            return clustered;
        }
        Path cliBase = work.resolve("cli-base");
        Path cliConfiguration = Files.createDirectories(cliBase.resolve("configuration"));
        try (var files = Files.list(configurationDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, cliConfiguration.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        // A deployment the test server recorded would not be found by the embedded server.
        Files.writeString(
                cliConfiguration.resolve(CONFIGURATION),
                DEPLOYMENTS.matcher(Files.readString(single)).replaceAll(""));
        Path log = work.resolve("configure-cluster.log");
        ProcessBuilder cli = new ProcessBuilder(
                        serverDir.resolve("bin/jboss-cli.sh").toString(), "--file=" + script.toAbsolutePath())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        cli.environment().put("JBOSS_HOME", serverDir.toString());
        cli.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + cliBase);
        Process process = cli.start();
        if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("The cluster configuration could not be made; see " + log);
        }
        Files.copy(
                cliConfiguration.resolve(CONFIGURATION),
                clustered.resolveSibling(CONFIGURATION + ".new"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(
                clustered.resolveSibling(CONFIGURATION + ".new"),
                clustered,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
        return clustered;
    }

    /**
     * Starts node {@code i} with the clustered configuration, its ports moved by {@code offset}, its server base in
     * {@code base}, and the environment every node shares.
     */
    static GreenHubServer startNode(
            Path serverDir,
            Path war,
            Path base,
            int i,
            int offset,
            Map<String, String> environment,
            ProcessBuilder.Redirect output)
            throws IOException {
        return GreenHubServer.start(
                serverDir,
                war,
                base,
                List.of(
                        "-c",
                        CONFIGURATION,
                        "-Djboss.socket.binding.port-offset=" + offset,
                        // The route WildFly appends to the session id, and the member name in JGroups.
                        "-Djboss.node.name=" + nodeName(i),
                        "-Djboss.bind.address=127.0.0.1",
                        "-Djboss.bind.address.private=127.0.0.1",
                        // Two nodes booting at once on a busy machine (migrations, demo data) can pass WildFly's
                        // 5 minutes for a stable boot, after which it rolls the deployment back and stops.
                        "-Djboss.as.management.blocking.timeout=900"),
                environment,
                output);
    }

    /**
     * Starts HAProxy in the foreground with the shipped configuration, listening on {@code port} and sending to the
     * nodes' HTTP ports (node 1 first).
     */
    static Process startBalancer(Path configuration, int port, List<Integer> nodePorts, ProcessBuilder.Redirect output)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(haproxy().toString(), "-db", "-f", configuration.toString()));
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        Map<String, String> environment = new HashMap<>();
        environment.put("GREENHUB_LB_BIND", "127.0.0.1:" + port);
        for (int i = 0; i < nodePorts.size(); i++) {
            environment.put("GREENHUB_NODE_" + (i + 1), "127.0.0.1:" + nodePorts.get(i));
        }
        builder.environment().putAll(environment);
        return builder.start();
    }
}
