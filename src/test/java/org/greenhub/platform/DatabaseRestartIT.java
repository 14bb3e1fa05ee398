package org.greenhub.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.greenhub.testsupport.EmbeddedDatabaseSessionListener;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarted while people work: requests caught in the middle and requests made while it is down answer
 * 503 (the error page, or a problem document in the API), never 500; once it is back the same WildFly serves again,
 * the signed-in session included, without a restart. The test database runs in this JVM, so the test really stops
 * and starts it (same port, same data); it is started again whatever happens, for the test classes after this one.
 */
class DatabaseRestartIT extends HttpTest {

    private final String admin = Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);

    @Test
    void requestsDuringARestartAnswer503AndThePoolRecoversWithoutRestartingWildFly() throws Exception {
        Http api = new Http(base);
        FormSession browser = new FormSession(base);
        assertEquals(200, browser.signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD).statusCode());
        String session = browser.cookie("JSESSIONID");
        assertEquals(200, api.get("/api/me", admin).statusCode());
        assertSignedInDashboard(browser.get("dashboard/admin.xhtml"));

        try {
            // In flight: both requests wait inside PostgreSQL (on a table lock) when it stops under them.
            CompletableFuture<HttpResponse<String>> apiInFlight;
            CompletableFuture<HttpResponse<String>> pageInFlight;
            try (Connection locker = database()) {
                locker.setAutoCommit(false);
                try (Statement lock = locker.createStatement()) {
                    lock.execute("lock table user_account in access exclusive mode");
                }
                apiInFlight = CompletableFuture.supplyAsync(() -> api.get("/api/me", admin));
                pageInFlight = CompletableFuture.supplyAsync(() -> browser.get("dashboard/admin.xhtml"));
                awaitRequestsWaitingOnTheLock(locker, 2);
                EmbeddedDatabaseSessionListener.stopDatabase();
            }
            assertProblem503(apiInFlight.get(60, TimeUnit.SECONDS));
            assertPage503(pageInFlight.get(60, TimeUnit.SECONDS));

            // Down: API, a signed-in page, and a public page that reads the database.
            assertProblem503(api.get("/api/me", admin));
            assertPage503(browser.get("dashboard/admin.xhtml"));
            assertPage503(api.get("/alliance/index.xhtml", null));
            assertEquals(503, api.get("/api/health", null).statusCode());
            // Liveness does not ask the database: a balancer checking it keeps this node in, to answer the pages above.
            HttpResponse<String> live = api.get("/api/health/live", null);
            assertEquals(200, live.statusCode(), live.body());
            assertEquals("UP", Http.json(live).getString("status"));
        } finally {
            EmbeddedDatabaseSessionListener.startDatabase();
        }

        // Back, without restarting WildFly: the very next requests succeed and the session is still signed in.
        assertEquals(200, api.get("/api/health", null).statusCode());
        HttpResponse<String> me = api.get("/api/me", admin);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(Http.ADMIN_EMAIL, Http.json(me).getString("email"));
        assertSignedInDashboard(browser.get("dashboard/admin.xhtml"));
        assertEquals(session, browser.cookie("JSESSIONID"), "the same session on the same server");
        assertEquals(200, api.get("/alliance/index.xhtml", null).statusCode());
    }

    private static void assertProblem503(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        JsonObject problem = Http.json(response);
        assertEquals(503, problem.getInt("status"));
        assertEquals("platform.error.unavailable", problem.getString("code"));
    }

    private static void assertPage503(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(response.body().contains("id=\"errorPage\" data-status=\"503\""), response.body());
        assertTrue(response.body().contains("Temporarily unavailable"), "the 503 page's own text");
    }

    private static void assertSignedInDashboard(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertTrue(
                response.uri().getPath().endsWith("dashboard/admin.xhtml"), "not sent to sign in: " + response.uri());
        assertTrue(response.body().contains(Http.ADMIN_EMAIL), "shows who is signed in");
    }

    /** Waits (bounded) until the requests are inside PostgreSQL, blocked by the lock this connection holds. */
    private static void awaitRequestsWaitingOnTheLock(Connection locker, int requests)
            throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        // (Their query text is not reported yet: they wait on the lock while PostgreSQL still parses the statement.)
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

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + Integer.getInteger("greenhub.test.db.port", 15432) + "/postgres",
                "postgres",
                "postgres");
    }
}
