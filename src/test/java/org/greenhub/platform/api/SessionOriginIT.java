package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request forgery against the API: a change carried by the session cookie needs GreenHub's Origin (or, without one,
 * a Referer from a GreenHub page); Basic-auth scripts, which send neither, work as before; reads are not checked.
 */
class SessionOriginIT extends HttpTest {

    private static final String PASSWORD = "Origin-Green-2026";

    private Http http;
    private String email;
    private String session;

    /** A fresh account signed in through the sign-in page, as a browser would be. */
    @BeforeEach
    void signedInBrowser() {
        http = new Http(base);
        FormSession browser = new FormSession(base);
        email = "origin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        HttpResponse<String> registered = browser.submit(
                "account/register.xhtml",
                "registerForm",
                Map.of(
                        "displayName",
                        "Origin Check",
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "language_input",
                        "en",
                        "legalName",
                        "Origin Check " + email,
                        "kind_input",
                        "START_UP"),
                "submit");
        assertTrue(registered.body().contains("registeredNote"), "registration did not succeed");
        browser.get(TestDatabase.latestMailedLinkTo(email).pathAndQuery());
        browser.signIn(email, PASSWORD);
        session = "JSESSIONID=" + browser.cookie("JSESSIONID");
        assertEquals(
                200,
                http.send(http.request("api/me").header("Cookie", session).GET().build())
                        .statusCode(),
                "signed in");
    }

    private HttpResponse<String> rename(String name, String... headers) {
        HttpRequest.Builder request = http.request("api/me")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"displayName\":\"" + name + "\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    private String displayName() {
        return Http.json(http.get("api/me", Http.basic(email, PASSWORD))).getString("displayName");
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.body());
        assertEquals("platform.api.crossOrigin", Http.json(response).getString("code"));
    }

    @Test
    void aSessionChangeWithoutOriginOrFromAnotherSiteIsRefusedAndChangesNothing() {
        assertRefused(rename("No origin", "Cookie", session));
        assertRefused(rename("Other site", "Cookie", session, "Origin", "http://evil.example"));
        // a site allowed to call with tokens (GREENHUB_CORS_ORIGINS) gets nothing from the session cookie
        assertRefused(rename("Allowed site", "Cookie", session, "Origin", "https://stats.zone.example"));
        assertRefused(rename("Sandboxed frame", "Cookie", session, "Origin", "null"));
        assertRefused(rename("Look-alike", "Cookie", session, "Origin", Http.publicOrigin() + ".evil.example"));
        assertRefused(
                rename("Other referer", "Cookie", session, "Referer", "http://evil.example/" + Http.publicBaseUrl()));
        assertRefused(rename(
                "Origin wins", "Cookie", session, "Origin", "http://evil.example", "Referer", Http.publicBaseUrl()));
        assertEquals("Origin Check", displayName());
    }

    @Test
    void aSessionChangeFromAGreenHubPageGoesThrough() {
        HttpResponse<String> withOrigin = rename("Same origin", "Cookie", session, "Origin", Http.publicOrigin());
        assertEquals(200, withOrigin.statusCode(), withOrigin.body());
        assertEquals("Same origin", displayName());

        HttpResponse<String> withReferer =
                rename("Same referer", "Cookie", session, "Referer", Http.publicBaseUrl() + "account/profile.xhtml");
        assertEquals(200, withReferer.statusCode(), withReferer.body());
        assertEquals("Same referer", displayName());
    }

    @Test
    void basicAuthScriptsAndReadsAreNotAffected() {
        HttpResponse<String> script = rename("Script", "Authorization", Http.basic(email, PASSWORD));
        assertEquals(200, script.statusCode(), script.body());
        assertEquals("Script", displayName());

        HttpResponse<String> read = http.send(http.request("api/me")
                .header("Cookie", session)
                .header("Origin", "http://evil.example")
                .GET()
                .build());
        assertEquals(200, read.statusCode(), "reads are not checked: " + read.body());

        // A browser may repeat remembered Basic credentials on another site's form: its Origin gives it away.
        assertRefused(
                rename("Remembered", "Authorization", Http.basic(email, PASSWORD), "Origin", "http://evil.example"));
        assertEquals("Script", displayName());
    }

    @Test
    void theRefusalSpeaksTheCallersLanguage() {
        HttpResponse<String> refused = rename("Chinese", "Cookie", session, "Accept-Language", "zh-CN");
        assertRefused(refused);
        JsonObject problem = Http.json(refused);
        assertEquals(403, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("GreenHub"), problem.toString());
        assertFalse(problem.getString("detail").startsWith("???"), problem.toString());
        assertTrue(
                problem.getString("detail")
                        .chars()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                problem.toString());
    }
}
