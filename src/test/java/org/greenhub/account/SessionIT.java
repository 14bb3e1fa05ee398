package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.Test;

/** Sessions as a signed-in browser has them: the API accepts the session, and disabling an account ends it at once. */
class SessionIT extends HttpTest {

    private static final String PASSWORD = "Session-Green-2026";

    private String registerAndConfirm(FormSession browser) {
        String email = "session-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
        HttpResponse<String> registered = browser.submit(
                "account/register.xhtml",
                "registerForm",
                Map.of(
                        "displayName",
                        "Phạm Minh Châu",
                        "email",
                        email,
                        "password",
                        PASSWORD,
                        "language_input",
                        "vi",
                        "legalName",
                        "Session Green " + email,
                        "kind_input",
                        "START_UP"),
                "submit");
        assertTrue(registered.body().contains("registeredNote"), "registration did not succeed");
        browser.get(TestDatabase.latestMailedLinkTo(email).pathAndQuery());
        return email;
    }

    @Test
    void signingInIssuesANewSessionIdAndTheApiAcceptsTheSession() {
        FormSession browser = new FormSession(base);
        browser.get("account/signin.xhtml");
        String email = registerAndConfirm(browser);
        String before = browser.cookie("JSESSIONID");
        HttpResponse<String> dashboard = browser.signIn(email, PASSWORD);
        assertTrue(before != null && !before.equals(browser.cookie("JSESSIONID")), "a new session id at sign-in");
        assertTrue(
                dashboard.uri().getPath().endsWith("/dashboard/applicant.xhtml"),
                dashboard.uri().toString());

        HttpResponse<String> me = browser.get("api/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(email, Http.json(me).getString("email"));
        assertEquals("vi", Http.json(me).getString("language"));
    }

    @Test
    void disablingAnAccountEndsItsSessionAtItsNextRequest() {
        FormSession browser = new FormSession(base);
        String email = registerAndConfirm(browser);
        browser.signIn(email, PASSWORD);
        JsonObject me = Http.json(browser.get("api/me"));

        Http admin = new Http(base);
        String adminAuth = Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        HttpResponse<String> disabled = admin.send(
                "POST",
                "api/admin/users/" + me.getJsonNumber("id").longValue() + "/disable",
                adminAuth,
                "application/json",
                new byte[0]);
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals("DISABLED", Http.json(disabled).getString("status"));

        assertEquals(401, browser.get("api/me").statusCode());
        HttpResponse<String> page = browser.get("dashboard/applicant.xhtml");
        assertTrue(page.uri().getPath().endsWith("/account/signin.xhtml"), "a disabled user is sent back to sign-in");
        HttpResponse<String> again = browser.signIn(email, PASSWORD);
        assertTrue(again.uri().getPath().endsWith("/account/signin.xhtml"));
    }

    @Test
    void onlyAdministratorsUseTheAdministrationApi() {
        FormSession browser = new FormSession(base);
        String email = registerAndConfirm(browser);
        Http http = new Http(base);
        HttpResponse<String> refused = http.send(
                "POST", "api/admin/users/1/disable", Http.basic(email, PASSWORD), "application/json", new byte[0]);
        assertEquals(403, refused.statusCode(), refused.body());
        HttpResponse<String> anonymous = http.get("api/admin/users", null);
        assertEquals(401, anonymous.statusCode());
        HttpResponse<String> badRole = http.send(
                "PUT",
                "api/admin/users/1/roles",
                Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD),
                "application/json",
                "[\"EMPEROR\"]".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, badRole.statusCode(), badRole.body());
    }
}
