package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;

/**
 * Personal access tokens as a script uses them: {@code Authorization: Bearer} admits the token's owner to the API
 * (not to pages), a read-only token cannot change anything, a token limited to an area reaches nothing else, and an
 * expired, revoked or made-up token is refused with the reason in the caller's language. Changes made with a token
 * need no {@code Origin}: no browser sends a token on its own.
 */
class AccessTokenApiIT extends HttpTest {

    private HttpResponse<String> me(String method, String token, String body) {
        Http http = new Http(base);
        HttpRequest.Builder request = http.request("api/me").header("Authorization", "Bearer " + token);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.header("Accept-Language", "zh-CN").build());
    }

    @Test
    void aTokenActsAsItsOwnerWithinItsReach() {
        JsonObject scene = postScenario("test-support/access-tokens");
        String email = scene.getString("email");

        HttpResponse<String> read = me("GET", scene.getString("read"), null);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(email, Http.json(read).getString("email"), "the token's owner, as Basic would answer");

        HttpResponse<String> refusedChange =
                me("PUT", scene.getString("read"), "{\"displayName\": \"Changed by script\"}");
        assertEquals(403, refusedChange.statusCode(), refusedChange.body());
        assertEquals(
                BundleText.translated("account", "zh_CN", "account.token.readOnly")
                        .orElseThrow(),
                Http.json(refusedChange).getString("detail"),
                "the reason, in the caller's language");

        HttpResponse<String> change = me("PUT", scene.getString("write"), "{\"displayName\": \"Changed by script\"}");
        assertEquals(200, change.statusCode(), change.body());
        assertEquals(
                "Changed by script",
                Http.json(me("GET", scene.getString("read"), null)).getString("displayName"));

        HttpResponse<String> outside = me("GET", scene.getString("zoneOnly"), null);
        assertEquals(403, outside.statusCode(), "a zone-only token does not reach the account's resources");
        assertEquals(
                BundleText.translated("account", "zh_CN", "account.token.outsideArea")
                        .orElseThrow(),
                Http.json(outside).getString("detail"));
    }

    @Test
    void expiredRevokedAndMadeUpTokensAreRefused() {
        JsonObject scene = postScenario("test-support/access-tokens");
        for (String token : new String[] {
            scene.getString("expired"), scene.getString("revoked"), "ghat_madeUpButWellFormed", "not-even-a-token"
        }) {
            HttpResponse<String> refused = me("GET", token, null);
            assertEquals(401, refused.statusCode(), token + ": " + refused.body());
            assertEquals(
                    BundleText.translated("account", "zh_CN", "account.token.refused")
                            .orElseThrow(),
                    Http.json(refused).getString("detail"));
        }
    }

    @Test
    void aTokenDoesNotSignInToPages() {
        JsonObject scene = postScenario("test-support/access-tokens");
        Http http = new Http(base);
        HttpResponse<String> page = http.send(http.request("account/profile.xhtml")
                .header("Authorization", "Bearer " + scene.getString("write"))
                .GET()
                .build());
        assertEquals(302, page.statusCode(), "pages want a sign-in, a token is for the API");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("account/signin.xhtml"));
    }
}
