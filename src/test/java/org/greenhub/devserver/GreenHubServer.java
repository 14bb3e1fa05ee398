package org.greenhub.devserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The provisioned WildFly ({@code target/server}) running GreenHub from a server base directory of its own:
 * {@code configuration/} copied fresh from the build at every start (so a rebuilt server takes effect),
 * {@code deployments/greenhub.war} replaced by the built WAR, and WildFly's own {@code log/}, {@code data/}, {@code tmp/}.
 */
final class GreenHubServer implements AutoCloseable {

    private static final Pattern DEPLOYMENTS = Pattern.compile("\\s*<deployments>.*?</deployments>", Pattern.DOTALL);

    private final Process process;

    private GreenHubServer(Process process) {
        this.process = process;
    }

    /**
     * Starts {@code standalone.sh} with the base directory, the given {@code -D} options and environment (on top of
     * this process's own), its console going to {@code output}.
     */
    static GreenHubServer start(
            Path serverDir,
            Path war,
            Path base,
            List<String> options,
            Map<String, String> environment,
            ProcessBuilder.Redirect output)
            throws IOException {
        prepareBase(serverDir, base, war);
        List<String> command = new ArrayList<>(
                List.of(serverDir.resolve("bin/standalone.sh").toString(), "-Djboss.server.base.dir=" + base));
        command.addAll(options);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        builder.environment().putAll(environment);
        builder.environment().put("JBOSS_HOME", serverDir.toString());
        // Lets standalone.sh pass a stop signal on to the Java process instead of leaving it running.
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        return new GreenHubServer(builder.start());
    }

    /** Waits until the address answers 200, the server stops, or the time is up; says whether it answered. */
    boolean waitUntilServing(String address, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpURLConnection connection =
                        (HttpURLConnection) URI.create(address).toURL().openConnection();
                connection.setConnectTimeout(1000);
                connection.setReadTimeout(5000);
                if (connection.getResponseCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // still starting
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        return false;
    }

    int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Kills WildFly as {@code kill -9} would (SIGKILL: no shutdown hook, no goodbye to the cluster, sessions and
     * transactions cut where they stand), and waits until it is gone.
     */
    void kill() throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("WildFly did not die: " + handle.pid(), e);
            }
        }
    }

    /** Stops WildFly (gracefully, then by force after a minute) and waits until it is gone. */
    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
    }

    private static void prepareBase(Path serverDir, Path base, Path war) throws IOException {
        copyTree(serverDir.resolve("standalone/configuration"), base.resolve("configuration"));
        // GreenHub comes from deployments/ only. A deployment recorded in the copied configuration (a test server
        // running from target/server records the one it was given) would be a second greenhub.war and stop the boot.
        // The clustered configuration (LocalCluster) is made from standalone.xml, so it may carry one too.
        for (String name : List.of("standalone.xml", LocalCluster.CONFIGURATION)) {
            Path configuration = base.resolve("configuration").resolve(name);
            if (Files.exists(configuration)) {
                Files.writeString(
                        configuration,
                        DEPLOYMENTS.matcher(Files.readString(configuration)).replaceAll(""));
            }
        }
        Path deployments = base.resolve("deployments");
        Files.createDirectories(deployments);
        try (Stream<Path> old = Files.list(deployments)) {
            old.filter(p -> p.getFileName().toString().startsWith("greenhub.war"))
                    .forEach(p -> {
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
}
