package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * Another site's pages calling the API, as a browser would: the test server allows one site
 * ({@code GREENHUB_CORS_ORIGINS=https://stats.zone.example}, set in the pom). That site may read and change with a
 * personal access token; any other site gets no CORS header, so the browser keeps its script out; and a session cookie
 * never serves another site, allowed or not.
 */
class CrossOriginIT extends HttpTest {

    private static final String ALLOWED = "https://stats.zone.example";
    private static final String OTHER = "https://evil.example";

    private HttpResponse<String> preflight(String origin, String method) {
        Http http = new Http(base);
        return http.send(http.request("api/me")
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "authorization, content-type, if-match")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private HttpResponse<String> me(String method, String origin, String authorization, String body) {
        Http http = new Http(base);
        HttpRequest.Builder request = http.request("api/me").header("Origin", origin);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build());
    }

    private static Optional<String> header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name);
    }

    @Test
    void theAllowedSitesPreflightIsAnsweredWithWhatItMaySend() {
        HttpResponse<String> answer = preflight(ALLOWED, "PUT");
        assertEquals(204, answer.statusCode(), answer.body());
        assertEquals(Optional.of(ALLOWED), header(answer, "Access-Control-Allow-Origin"));
        assertTrue(header(answer, "Access-Control-Allow-Methods").orElse("").contains("PUT"));
        String allowedHeaders = header(answer, "Access-Control-Allow-Headers").orElse("");
        assertTrue(allowedHeaders.contains("Authorization") && allowedHeaders.contains("If-Match"), allowedHeaders);
        assertFalse(header(answer, "Access-Control-Allow-Credentials").isPresent(), "cookies never cross sites");
    }

    @Test
    void anotherSiteGetsNoCorsHeaderSoItsBrowserStopsTheCall() {
        HttpResponse<String> answer = preflight(OTHER, "PUT");
        assertFalse(
                header(answer, "Access-Control-Allow-Origin").isPresent(),
                answer.headers().toString());
        assertFalse(
                header(preflight(ALLOWED, "TRACE"), "Access-Control-Allow-Origin")
                        .isPresent(),
                "not a method the API offers");

        HttpResponse<String> read = me("GET", OTHER, null, null);
        assertFalse(header(read, "Access-Control-Allow-Origin").isPresent());
        assertTrue(
                read.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")),
                "caches keep sites apart");
    }

    @Test
    void theAllowedSiteReadsAndChangesWithATokenAndSeesTheHeadersItNeeds() {
        JsonObject scene = postScenario("test-support/access-tokens");
        String write = "Bearer " + scene.getString("write");

        HttpResponse<String> read = me("GET", ALLOWED, write, null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(Optional.of(ALLOWED), header(read, "Access-Control-Allow-Origin"));
        assertTrue(header(read, "Access-Control-Expose-Headers").orElse("").contains("ETag"));

        HttpResponse<String> change = me("PUT", ALLOWED, write, "{\"displayName\": \"Renamed from the portal\"}");
        assertEquals(200, change.statusCode(), change.body());
        assertEquals(Optional.of(ALLOWED), header(change, "Access-Control-Allow-Origin"));
        assertEquals(
                "Renamed from the portal",
                Http.json(me("GET", ALLOWED, write, null)).getString("displayName"),
                "the change was stored");
    }

    @Test
    void aRefusalReachesTheAllowedSitesScriptToo() {
        HttpResponse<String> refused = me("GET", ALLOWED, "Bearer ghat_madeUpButWellFormed", null);
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals(
                Optional.of(ALLOWED),
                header(refused, "Access-Control-Allow-Origin"),
                "the portal's script can read why it was refused");
    }
}
