package org.greenhub.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.greenhub.testsupport.Deployments;
import org.greenhub.testsupport.EmbeddedDatabaseSessionListener;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.server.TestTime;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real two-node cluster on one machine (docs/operations.md, "Running several nodes"): two GreenHub nodes with the
 * clustered configuration ({@code wildfly-config/scripts/configure-cluster.cli}: sessions in Infinispan over JGroups
 * on TCP, discovery through PostgreSQL) on a database of their own, HAProxy in front with the shipped
 * {@code wildfly-config/cluster/haproxy.cfg}, and a real SMTP server (GreenMail) in this JVM. Through HAProxy a judge
 * signs in and autosaves a draft; the node holding the session is killed with SIGKILL; the next request lands on the
 * other node, still signed in, on the same page, and submitting works; mail queued on the cluster goes out exactly
 * once, and the scheduled declaring reminder job, which both nodes run, reminds once; then the killed node restarts
 * and rejoins (its JGroups member row is back and it serves the judge's session). Then PostgreSQL is stopped under
 * requests and started again (HAProxy keeps both nodes in, each answers GreenHub's own 503, and the cluster recovers
 * without a restart), and last both nodes stop, so that HAProxy answers its own four-language page.
 *
 * <p>It runs its own servers, so it has none of the suite's test server (no Arquillian deployment): the nodes deploy
 * the test deployment ({@link Deployments#greenhub()}, for its scenario servlets and test clock), with the ports of
 * {@code greenhub.test.second-server.port-offset} (node 1), that offset + 10 (node 2) and + 5 (HAProxy).
 */
class ClusterFailoverIT {

    private static final String DATABASE = "greenhub_cluster";
    private static final String JUDGE_SCORE_SENT = "submittedNote";
    private static final Duration BOOT = Duration.ofMinutes(5);
    private static final Pattern STACK_TRACE =
            Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)|Caused by: |Exception: ");

    @TempDir
    Path work;

    private final int offset = Integer.getInteger("greenhub.test.second-server.port-offset", 200);
    private final int[] offsets = {offset, offset + 10};
    private final int balancerPort = 8080 + offset + 5;
    private final String address = "http://127.0.0.1:" + balancerPort + "/";

    @Test
    void aJudgeOnAKilledNodeGoesOnOnTheOtherAndMailAndJobsActOnce() throws Exception {
        Path haproxyConfig = Path.of("wildfly-config/cluster/haproxy.cfg").toAbsolutePath();
        LocalCluster.haproxy(); // fails first, with how to install it, when HAProxy is missing
        Path serverDir = Path.of(System.getProperty("greenhub.test.server.dir", "target/server"))
                .toAbsolutePath();
        for (int o : offsets) {
            assertFree(8080 + o, 9990 + o, 7600 + o, 57600 + o);
        }
        assertFree(balancerPort);
        LocalCluster.prepareConfiguration(
                serverDir,
                Path.of("wildfly-config/scripts/configure-cluster.cli").toAbsolutePath(),
                work);
        Path war = work.resolve("greenhub.war");
        Deployments.greenhub().as(ZipExporter.class).exportTo(war.toFile(), true);
        Path logs = Path.of("target/cluster-test").toAbsolutePath();
        deleteTree(logs); // the nodes' data of an earlier run (sessions on disk) must not meet a new database
        Files.createDirectories(logs);
        recreateDatabase();

        int smtpPort = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> environment = environment(smtpPort);
        GreenHubServer[] nodes = new GreenHubServer[2];
        Process balancer = null;
        try {
            nodes[0] = LocalCluster.startNode(
                    serverDir, war, logs.resolve("node-1"), 1, offsets[0], environment, log(logs, "node-1.log"));
            assertTrue(nodes[0].waitUntilServing(nodeAddress(0) + "api/health", BOOT), "node 1 starts: see " + logs);
            balancer = LocalCluster.startBalancer(
                    haproxyConfig,
                    balancerPort,
                    List.of(8080 + offsets[0], 8080 + offsets[1]),
                    log(logs, "haproxy.log"));
            // Node 2 boots while the scene is set through HAProxy (node 1 serves alone meanwhile).
            nodes[1] = LocalCluster.startNode(
                    serverDir, war, logs.resolve("node-2"), 2, offsets[1], environment, log(logs, "node-2.log"));
            GreenHubServer second = nodes[1];
            CompletableFuture<Boolean> secondUp = CompletableFuture.supplyAsync(() -> {
                try {
                    return second.waitUntilServing(nodeAddress(1) + "api/health", BOOT);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            });
            awaitTrue(() -> get(address + "api/health") == 200, Duration.ofSeconds(30), "HAProxy serves node 1");
            Http cluster = new Http(URI.create(address).toURL());
            JsonObject reminder = scenario(cluster, "test-support/declaring-reminder-scenario");
            JsonObject judging = scenario(cluster, "test-support/judging-scenario");
            assertTrue(secondUp.get(BOOT.toSeconds(), TimeUnit.SECONDS), "node 2 starts: see " + logs);
            awaitTrue(() -> members() == 2, Duration.ofMinutes(1), "both nodes in one JGroups view (JDBC_PING rows)");

            // The judge signs in through HAProxy and autosaves a draft.
            FormSession judge = new FormSession(URI.create(address).toURL());
            HttpResponse<String> signedIn = judge.signIn(judging.getString("judge"), judging.getString("password"));
            assertEquals(200, signedIn.statusCode());
            String score = "evaluation/judge/score.xhtml?round="
                    + judging.getJsonNumber("roundId").longValue() + "&subject="
                    + judging.getJsonNumber("subjectId").longValue();
            String viewState = judge.viewState(score);
            assertPartial(autosave(judge, score, viewState, "tech", "8"));
            long judgeId = judging.getJsonNumber("judgeId").longValue();
            long subjectId = judging.getJsonNumber("subjectId").longValue();
            assertEquals("DRAFT 8", sheet(judgeId, subjectId, "tech"), "the autosaved draft");

            String session = judge.cookie("JSESSIONID");
            int owner = session.endsWith("." + LocalCluster.nodeName(1)) ? 0 : 1;
            assertTrue(
                    session.endsWith("." + LocalCluster.nodeName(owner + 1)),
                    "the session id carries its node's route: " + session);
            int survivor = 1 - owner;

            // Mail queued while both nodes run goes once; one more is queued to be due just after the kill.
            List<String> recipients = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                recipients.add(queueMail("both-" + i, TestTime.now()));
            }
            awaitTrue(() -> pending() == 0, Duration.ofMinutes(1), "the outbox sends what both nodes see");
            // The scheduled reminder job runs on both nodes a minute after each started; it reminds once.
            awaitTrue(
                    () -> logged(logs.resolve("node-1.log")) && logged(logs.resolve("node-2.log")),
                    Duration.ofMinutes(3),
                    "both nodes ran the declaring reminders");
            String afterKill = queueMail("after-kill", TestTime.now().plusSeconds(10));
            recipients.add(afterKill);

            nodes[owner].kill();

            // The next request goes to the other node: same session, same page (its view state), still signed in.
            HttpResponse<String> next = autosave(judge, score, viewState, "market", "7");
            assertPartial(next);
            assertEquals("DRAFT 7", sheet(judgeId, subjectId, "market"), "saved on the surviving node");
            assertTrue(
                    judge.cookie("JSESSIONID").endsWith("." + LocalCluster.nodeName(survivor + 1)),
                    "the session now routes to the survivor: " + judge.cookie("JSESSIONID"));
            HttpResponse<String> reopened = judge.get(score);
            assertEquals(200, reopened.statusCode());
            assertTrue(reopened.uri().getPath().endsWith("score.xhtml"), "still signed in: " + reopened.uri());
            assertTrue(
                    Pattern.compile("<input id=\"scoreForm:tech\"[^>]*value=\"8\"")
                            .matcher(reopened.body())
                            .find(),
                    "the draft from before the kill is on the page");
            HttpResponse<String> submitted = submit(judge, score, viewState);
            assertPartial(submitted);
            assertTrue(submitted.body().contains(JUDGE_SCORE_SENT), submitted.body());
            assertEquals("SUBMITTED 8", sheet(judgeId, subjectId, "tech"));

            awaitTrue(() -> pending() == 0, Duration.ofMinutes(1), "the survivor sends the mail due after the kill");
            for (String recipient : recipients) {
                assertEquals(1, received(smtp, recipient), "exactly one mail to " + recipient);
            }
            String enterprise = reminder.getString("enterprise");
            assertEquals(1, received(smtp, enterprise), "the reminder went once though both nodes ran the job");
            assertEquals(1, queued(enterprise), "and was queued once");

            // The killed node restarts and rejoins: back in the JGroups view and serving the judge's session.
            nodes[owner] = LocalCluster.startNode(
                    serverDir,
                    war,
                    logs.resolve("node-" + (owner + 1)),
                    owner + 1,
                    offsets[owner],
                    environment,
                    log(logs, "node-" + (owner + 1) + "-restarted.log"));
            assertTrue(
                    nodes[owner].waitUntilServing(nodeAddress(owner) + "api/health", BOOT),
                    "the killed node starts again: see " + logs);
            awaitTrue(() -> members() == 2, Duration.ofMinutes(1), "the restarted node rejoins the view");
            HttpResponse<String> direct = plainClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(nodeAddress(owner) + "evaluation/judge/queue.xhtml"))
                                    .header("Cookie", "JSESSIONID=" + judge.cookie("JSESSIONID"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(200, direct.statusCode(), "the rejoined node knows the judge's session");
            assertTrue(direct.body().contains(judging.getString("reference")), "the judge's queue");
            awaitTrue(
                    () -> servedBy(owner, balancerLog(logs)),
                    Duration.ofMinutes(1),
                    "HAProxy sends new visitors to the rejoined node again");

            // PostgreSQL restarted under load, both nodes in: each node answers GreenHub's own 503, and all recover.
            databaseRestartedUnderLoad(judge, judging, balancerLog(logs), nodes);

            // No node left (both stopped): HAProxy answers its own page, in the four languages.
            for (int i = 0; i < nodes.length; i++) {
                nodes[i].close();
                nodes[i] = null;
            }
            awaitTrue(
                    () -> balancerPage(plainGet(address + "evaluation/judge/queue.xhtml")),
                    Duration.ofSeconds(30),
                    "HAProxy's own 503 page once no node is left");
            HttpResponse<String> nobody = plainGet(address + "evaluation/judge/queue.xhtml");
            assertTrue(nobody.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertEquals(
                    "no-store", nobody.headers().firstValue("Cache-Control").orElse(""));
            for (String part :
                    List.of("lang=\"en\"", "lang=\"zh-CN\"", "lang=\"th\"", "lang=\"vi\"", "try again in a minute")) {
                assertTrue(nobody.body().contains(part), part + " in " + nobody.body());
            }
        } finally {
            if (balancer != null) {
                balancer.destroy();
                balancer.waitFor(30, TimeUnit.SECONDS);
            }
            for (GreenHubServer node : nodes) {
                if (node != null) {
                    node.close();
                }
            }
            smtp.stop();
            try (Connection connection = database("postgres");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + DATABASE + " with (force)");
            }
        }
    }

    /**
     * PostgreSQL stopped under the running cluster while a signed-in judge, an API client (Basic auth) and a visitor
     * work through HAProxy, then started again. Requests waiting inside PostgreSQL when it stops, and every request
     * while it is down, answer GreenHub's own 503 (the page, or a problem document in the caller's language), never a
     * 500, a stack trace or HAProxy's page: HAProxy checks liveness, so it keeps both nodes in. Once it is back, the
     * cluster serves again without restarting a node: the judge is still signed in, in the same session, and scores.
     */
    private void databaseRestartedUnderLoad(
            FormSession judge, JsonObject judging, Path balancerLog, GreenHubServer[] nodes) throws Exception {
        Http http = new Http(URI.create(address).toURL());
        String judgeApi = Http.basic(judging.getString("judge"), judging.getString("password"));
        String assignments = "api/judging/assignments";
        String queue = "evaluation/judge/queue.xhtml";
        String publicPage = "alliance/index.xhtml";
        String session = judge.cookie("JSESSIONID");
        HttpResponse<String> before = http.get(assignments, judgeApi);
        assertEquals(200, before.statusCode(), before.body());
        long balancerLogBefore = Files.size(balancerLog);
        try {
            // In flight: a page and an API call wait inside PostgreSQL (on a table lock) when it stops under them.
            CompletableFuture<HttpResponse<String>> pageInFlight;
            CompletableFuture<HttpResponse<String>> apiInFlight;
            try (Connection locker = database(DATABASE)) {
                locker.setAutoCommit(false);
                try (Statement lock = locker.createStatement()) {
                    lock.execute("lock table user_account in access exclusive mode");
                }
                pageInFlight = CompletableFuture.supplyAsync(() -> judge.get(queue));
                apiInFlight = CompletableFuture.supplyAsync(() -> http.get(assignments, judgeApi));
                awaitRequestsWaitingOnTheLock(locker, 2);
                EmbeddedDatabaseSessionListener.stopDatabase();
            }
            assertGreenHubPage503(pageInFlight.get(60, TimeUnit.SECONDS));
            assertGreenHubProblem503(apiInFlight.get(60, TimeUnit.SECONDS));

            // Down: the three keep asking, together, for longer than a failing HAProxy check needs to take a node out
            // (two failures, a second apart), and at least three times each; every answer is still a node's own.
            // HAProxy's checks run on real time, so the span is real time too: the monotonic clock's elapsed
            // nanoseconds,
            // never the date.
            long until = System.nanoTime() + Duration.ofSeconds(6).toNanos();
            List<HttpResponse<String>> judgePages;
            List<HttpResponse<String>> apiCalls;
            List<HttpResponse<String>> publicPages;
            ExecutorService askers = Executors.newFixedThreadPool(3);
            try {
                Future<List<HttpResponse<String>>> pages =
                        askers.submit(() -> askRepeatedly(until, () -> judge.get(queue)));
                Future<List<HttpResponse<String>>> calls = askers.submit(() -> askRepeatedly(
                        until,
                        () -> http.send(http.request(assignments)
                                .header("Authorization", judgeApi)
                                .header("Accept-Language", "vi")
                                .GET()
                                .build())));
                Future<List<HttpResponse<String>>> visits =
                        askers.submit(() -> askRepeatedly(until, () -> http.get(publicPage, null)));
                judgePages = pages.get(5, TimeUnit.MINUTES);
                apiCalls = calls.get(5, TimeUnit.MINUTES);
                publicPages = visits.get(5, TimeUnit.MINUTES);
            } finally {
                askers.shutdownNow();
            }
            judgePages.forEach(ClusterFailoverIT::assertGreenHubPage503);
            publicPages.forEach(ClusterFailoverIT::assertGreenHubPage503);
            for (HttpResponse<String> call : apiCalls) {
                assertGreenHubProblem503(call);
                assertEquals(
                        bundleText("vi", "platform.error.unavailable"),
                        Http.json(call).getString("detail"),
                        "in the caller's language");
            }
            for (int node = 0; node < nodes.length; node++) {
                assertEquals(200, get(nodeAddress(node) + "api/health/live"), "node " + (node + 1) + " is alive");
            }
            HttpResponse<String> health = http.get("api/health", null);
            assertEquals(503, health.statusCode(), health.body());
            assertEquals("DOWN", Http.json(health).getString("status"), "GreenHub's own readiness answer");
            String checks = new String(Files.readAllBytes(balancerLog), StandardCharsets.UTF_8)
                    .substring((int) balancerLogBefore);
            assertFalse(checks.contains(" is DOWN"), "HAProxy kept both nodes in: " + checks);
        } finally {
            EmbeddedDatabaseSessionListener.startDatabase();
        }

        // Back, and no node restarted: HAProxy's readiness view, the judge's session, the API.
        for (int node = 0; node < nodes.length; node++) {
            int index = node;
            awaitTrue(
                    () -> get(nodeAddress(index) + "api/health") == 200,
                    Duration.ofMinutes(1),
                    "node " + (node + 1) + " reaches PostgreSQL again");
            assertTrue(nodes[node].isAlive(), "node " + (node + 1) + " ran throughout");
        }
        assertEquals(200, get(address + "api/health"), "/api/health through HAProxy");
        HttpResponse<String> page = judge.get(queue);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.uri().getPath().endsWith("queue.xhtml"), "still signed in: " + page.uri());
        assertTrue(page.body().contains(judging.getString("secondReference")), "the judge's queue");
        assertEquals(sessionId(session), sessionId(judge.cookie("JSESSIONID")), "the same session");
        String score = "evaluation/judge/score.xhtml?round="
                + judging.getJsonNumber("roundId").longValue() + "&subject="
                + judging.getJsonNumber("secondSubjectId").longValue();
        assertPartial(autosave(judge, score, judge.viewState(score), "tech", "6"));
        assertEquals(
                "DRAFT 6",
                sheet(
                        judging.getJsonNumber("judgeId").longValue(),
                        judging.getJsonNumber("secondSubjectId").longValue(),
                        "tech"),
                "the judge scores again");
        HttpResponse<String> after = http.get(assignments, judgeApi);
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(after.body().contains(judging.getString("secondReference")), after.body());
    }

    /**
     * Sends the request again and again until the monotonic clock ({@link System#nanoTime()}) reaches {@code until},
     * and at least three times; gives back every answer.
     */
    private static List<HttpResponse<String>> askRepeatedly(
            long until, java.util.function.Supplier<HttpResponse<String>> request) {
        List<HttpResponse<String>> answers = new ArrayList<>();
        while (System.nanoTime() - until < 0 || answers.size() < 3) {
            answers.add(request.get());
        }
        return answers;
    }

    /** GreenHub's own 503 page (not HAProxy's), with Retry-After, and no stack trace. */
    private static void assertGreenHubPage503(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(response.body().contains("id=\"errorPage\" data-status=\"503\""), response.body());
        assertNoStackTrace(response);
    }

    /** GreenHub's problem document for the database out of reach, with Retry-After, and no stack trace. */
    private static void assertGreenHubProblem503(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertEquals("platform.error.unavailable", Http.json(response).getString("code"));
        assertNoStackTrace(response);
    }

    /** No frame of a Java stack trace ("at org.x.Y.method(Y.java:12)", "Caused by:") in the answer. */
    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(STACK_TRACE.matcher(response.body()).find(), "no stack trace: " + response.body());
    }

    /** HAProxy's own 503 page (wildfly-config/cluster/503.http), served when no node can take the request. */
    private static boolean balancerPage(HttpResponse<String> response) {
        return response != null
                && response.statusCode() == 503
                && response.body().contains("id=\"balancerUnavailable\"");
    }

    private static HttpResponse<String> plainGet(String address) {
        try {
            return plainClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(address))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException notYet) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** A session id without the route suffix WildFly moves to the node that owns it. */
    private static String sessionId(String cookie) {
        return cookie.contains(".") ? cookie.substring(0, cookie.indexOf('.')) : cookie;
    }

    /** A message of GreenHub's bundles, as the server words it in that language. */
    private static String bundleText(String language, String key) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = ClusterFailoverIT.class
                .getClassLoader()
                .getResourceAsStream("i18n/platform_" + language + ".properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return bundle.getProperty(key);
    }

    /** Waits (bounded) until the requests are inside PostgreSQL, blocked by the lock this connection holds. */
    private static void awaitRequestsWaitingOnTheLock(Connection locker, int requests)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String blocked = "select count(*) from pg_stat_activity where pg_backend_pid() = any(pg_blocking_pids(pid))";
        while (System.nanoTime() < deadline) {
            try (Statement statement = locker.createStatement();
                    ResultSet rows = statement.executeQuery(blocked)) {
                rows.next();
                if (rows.getInt(1) >= requests) {
                    return;
                }
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        fail("The requests never reached the database");
    }

    /** What every node shares: the cluster's database, HAProxy's address, SMTP to GreenMail, the test clock. */
    private Map<String, String> environment(int smtpPort) {
        Map<String, String> environment = new HashMap<>();
        environment.put("POSTGRESQL_URL", url(DATABASE));
        environment.put("POSTGRESQL_USER", "postgres");
        environment.put("POSTGRESQL_PASSWORD", "postgres");
        environment.put("GREENHUB_BASE_URL", address);
        environment.put("GREENHUB_BEHIND_PROXY", "true");
        environment.put("GREENHUB_DEMO_DATA", "false");
        environment.put("GREENHUB_ADMIN_EMAIL", Http.ADMIN_EMAIL);
        environment.put("GREENHUB_ADMIN_PASSWORD", Http.ADMIN_PASSWORD);
        environment.put("GREENHUB_MAIL_MODE", "smtp");
        environment.put("GREENHUB_SMTP_HOST", "127.0.0.1");
        environment.put("GREENHUB_SMTP_PORT", Integer.toString(smtpPort));
        for (String clock : List.of("GREENHUB_TEST_CLOCK", "GREENHUB_TEST_CLOCK_ANCHOR")) {
            String value = System.getProperty(clock, System.getenv(clock));
            if (value != null) {
                environment.put(clock, value);
            }
        }
        return environment;
    }

    private String nodeAddress(int node) {
        return "http://127.0.0.1:" + (8080 + offsets[node]) + "/";
    }

    private static ProcessBuilder.Redirect log(Path logs, String name) {
        return ProcessBuilder.Redirect.to(logs.resolve(name).toFile());
    }

    private static Path balancerLog(Path logs) {
        return logs.resolve("haproxy.log");
    }

    /** The autosave request the score page sends when a score field changes. */
    private static HttpResponse<String> autosave(
            FormSession judge, String page, String viewState, String criterion, String value) {
        String field = "scoreForm:" + criterion;
        return judge.ajax(
                page,
                viewState,
                field,
                field,
                Map.of(
                        "scoreForm",
                        "scoreForm",
                        field,
                        value,
                        "jakarta.faces.behavior.event",
                        "change",
                        "jakarta.faces.partial.event",
                        "change"));
    }

    /** Submit, as the page's button sends it (the whole form). */
    private static HttpResponse<String> submit(FormSession judge, String page, String viewState) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scoreForm", "scoreForm");
        Map<String, String> values = Map.of("tech", "8", "market", "7", "team", "4", "green", "80", "finance", "15");
        values.forEach((code, value) -> {
            fields.put("scoreForm:" + code, value);
            fields.put("scoreForm:" + code + "_comment", "");
        });
        fields.put("scoreForm:overallComment", "A sound plan; the pilot figures convince.");
        return judge.ajax(page, viewState, "scoreForm:submit", "scoreForm", fields);
    }

    /** A Faces partial response that neither failed nor sent the judge to sign in (an expired session would). */
    private static void assertPartial(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("<partial-response"), response.body());
        assertFalse(response.body().contains("<redirect"), "not sent to sign in: " + response.body());
        assertFalse(response.body().contains("<error>"), response.body());
    }

    private static JsonObject scenario(Http http, String path) {
        HttpResponse<String> response = http.send("POST", path, null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    /**
     * HTTP/1.1 on a fresh connection: the JDK client's default asks to upgrade to HTTP/2 (h2c), WildFly agrees (101),
     * and HAProxy then only tunnels the connection and logs it when it closes, 60 s later, so the balancer's log could
     * not tell within the test's wait which node served a new visitor. A new connection is balanced round robin.
     */
    private static HttpClient plainClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    private static int get(String address) {
        try {
            return plainClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(address))
                                    .timeout(Duration.ofSeconds(10))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notYet) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Whether the node's console says the declaring reminder job ran there. */
    private static boolean logged(Path log) {
        try {
            return Files.exists(log) && Files.readString(log).contains("Declaring reminders ran on this node");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether HAProxy's log shows a request it sent to the node (the server name in its HTTP log lines). */
    private boolean servedBy(int node, Path log) {
        // A request without a session cookie goes round robin, so a few of them reach every node that is up.
        for (int i = 0; i < 4; i++) {
            get(address + "api/health");
        }
        try {
            String name = "greenhub/" + LocalCluster.nodeName(node + 1);
            String text = Files.readString(log);
            int restarted = text.lastIndexOf(LocalCluster.nodeName(node + 1) + " is UP");
            return restarted >= 0 && text.indexOf(name, restarted) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static long received(GreenMail smtp, String recipient) throws MessagingException {
        long count = 0;
        for (MimeMessage message : smtp.getReceivedMessages()) {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equals(recipient)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Queues a mail as the application does (a PENDING outbox row), due at the given instant. */
    private static String queueMail(String name, Instant due) throws SQLException {
        String recipient = "cluster-" + name + "@greenhub.test";
        try (Connection connection = database(DATABASE);
                PreparedStatement insert = connection.prepareStatement(
                        "insert into mail_outbox (recipient, subject, body, status, attempts, next_attempt_at, "
                                + "created_at) values (?, ?, ?, 'PENDING', 0, ?, ?)")) {
            insert.setString(1, recipient);
            insert.setString(2, "Cluster test " + name);
            insert.setString(3, "Sent once.\n\nGreenHub");
            insert.setTimestamp(4, Timestamp.from(due));
            insert.setTimestamp(5, Timestamp.from(TestTime.now()));
            insert.executeUpdate();
        }
        return recipient;
    }

    private static long pending() {
        return count("select count(*) from mail_outbox where status = 'PENDING'");
    }

    private static long queued(String recipient) {
        return count("select count(*) from mail_outbox where recipient = '" + recipient.replace("'", "''") + "'");
    }

    /** The nodes in the JGroups view, as JDBC_PING keeps them in the cluster's database. */
    private static long members() {
        return count("select count(*) from jgroups.ping");
    }

    /** The judge's sheet status and one criterion's value, e.g. "DRAFT 8". */
    private static String sheet(long judge, long subject, String criterion) throws SQLException {
        try (Connection connection = database(DATABASE);
                PreparedStatement query = connection.prepareStatement(
                        "select s.status, v.value from score_sheet s join score_value v on v.sheet_id = s.id "
                                + "where s.judge_id = ? and s.subject_id = ? and v.criterion_code = ?")) {
            query.setLong(1, judge);
            query.setLong(2, subject);
            query.setString(3, criterion);
            try (ResultSet row = query.executeQuery()) {
                return row.next()
                        ? row.getString(1) + " "
                                + row.getBigDecimal(2).stripTrailingZeros().toPlainString()
                        : "none";
            }
        }
    }

    private static long count(String sql) {
        try (Connection connection = database(DATABASE);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException notYet) {
            return -1;
        }
    }

    /** Waits (bounded) for an outcome: polls, and fails with the reason when the time is up. */
    private static void awaitTrue(BooleanSupplier condition, Duration timeout, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        fail("Not within " + timeout + ": " + what);
    }

    private static void assertFree(int... ports) {
        for (int port : ports) {
            try (ServerSocket free = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertTrue(free.isBound());
            } catch (IOException taken) {
                fail("Port " + port + " is taken, so the cluster could not be told from another server: "
                        + "choose another -Dgreenhub.test.second-server.port-offset");
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void recreateDatabase() throws SQLException {
        try (Connection connection = database("postgres");
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
        }
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + Integer.getInteger("greenhub.test.db.port", 15432) + "/" + database;
    }

    private static Connection database(String name) throws SQLException {
        return DriverManager.getConnection(url(name), "postgres", "postgres");
    }
}
