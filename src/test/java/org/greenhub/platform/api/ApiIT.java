package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSON API as a client sees it: authentication, profile, problem documents for every kind of bad input. */
class ApiIT extends HttpTest {

    private Http http;
    private final String admin = Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    @Test
    void healthReportsTheDatabaseUp() {
        HttpResponse<String> response = http.get("/api/health", null);
        assertEquals(200, response.statusCode());
        assertEquals("UP", Http.json(response).getString("status"));
    }

    @Test
    void meWithoutCredentialsIsAProblemDocument401() {
        HttpResponse<String> response = http.get("/api/me", null);
        assertEquals(401, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(401, Http.json(response).getInt("status"));
    }

    @Test
    void meWithBasicAuthShowsProfileAndRoles() {
        HttpResponse<String> response = http.get("/api/me", admin);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject me = Http.json(response);
        assertEquals(Http.ADMIN_EMAIL, me.getString("email"));
        assertTrue(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .anyMatch(role -> role.getString().equals("ADMINISTRATOR")));
    }

    @Test
    void wrongPasswordIsRefused() {
        HttpResponse<String> response = http.get("/api/me", Http.basic(Http.ADMIN_EMAIL, "not-the-password"));
        assertEquals(401, response.statusCode());
    }

    @Test
    void malformedJsonIs400ProblemAndChangesNothing() {
        HttpResponse<String> response = http.send(
                "PUT", "/api/me", admin, "application/json", "{\"displayName\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("platform.api.malformedJson", Http.json(response).getString("code"));
        assertEquals("Administrator", Http.json(http.get("/api/me", admin)).getString("displayName"));
    }

    @Test
    void invalidUtf8Is400Problem() {
        byte[] body = {
            '{',
            '"',
            'd',
            'i',
            's',
            'p',
            'l',
            'a',
            'y',
            'N',
            'a',
            'm',
            'e',
            '"',
            ':',
            '"',
            (byte) 0xC3,
            (byte) 0x28,
            '"',
            '}'
        };
        HttpResponse<String> response = http.send("PUT", "/api/me", admin, "application/json", body);
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("platform.api.invalidUtf8", Http.json(response).getString("code"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        HttpResponse<String> response =
                http.send("PUT", "/api/me", admin, "text/plain", "hello".getBytes(StandardCharsets.UTF_8));
        assertEquals(415, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void tenThousandCharacterNameIs422AndNotStored() {
        String longName = "x".repeat(10_000);
        HttpResponse<String> response = http.send(
                "PUT",
                "/api/me",
                admin,
                "application/json",
                ("{\"displayName\":\"" + longName + "\"}").getBytes(StandardCharsets.UTF_8));
        assertEquals(422, response.statusCode(), response.body());
        assertEquals("displayName", Http.json(response).getString("field"));
        assertEquals("Administrator", Http.json(http.get("/api/me", admin)).getString("displayName"));
    }

    @Test
    void scriptInANameIs422InTheCallersLanguage() {
        var request = http.request("/api/me")
                .header("Authorization", admin)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "zh-CN")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"displayName\":\"<script>alert(1)</script>\"}"))
                .build();
        HttpResponse<String> response = http.send(request);
        assertEquals(422, response.statusCode(), response.body());
        JsonObject problem = Http.json(response);
        assertEquals("platform.validation.forbiddenCharacters", problem.getString("code"));
        assertFalse(problem.getString("detail").startsWith("???"));
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void sessionCookieIsHttpOnlySameSiteAndSecureOverHttps() {
        HttpResponse<String> plain =
                http.send(http.request("/account/signin.xhtml").GET().build());
        String cookie = plain.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.toLowerCase().contains("secure"), cookie);

        HttpResponse<String> overHttps = http.send(http.request("/account/signin.xhtml")
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build());
        String secureCookie = overHttps.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertTrue(secureCookie.toLowerCase().contains("secure"), secureCookie);
    }

    @Test
    void unknownApiPathIs404Problem() {
        HttpResponse<String> response = http.get("/api/no-such-thing", admin);
        assertEquals(404, response.statusCode());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.body());
    }
}
