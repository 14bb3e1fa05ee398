package org.greenhub.account.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A person (reading Thai) makes an access token on their profile's token page, sees its secret once, uses it
 * against the API, and revokes it; the API then refuses it.
 */
class AccessTokensPageIT extends BrowserTest {

    private static String thai(String key) {
        return BundleText.translated("account", "th", key).orElseThrow();
    }

    private HttpResponse<String> me(String token) {
        Http http = new Http(base);
        return http.send(http.request("api/me")
                .header("Authorization", "Bearer " + token)
                .GET()
                .build());
    }

    @Test
    void makeUseAndRevokeAToken() {
        JsonObject scene = postScenario("test-support/access-tokens");
        signIn(scene.getString("email"), scene.getString("password"));
        browser.open("account/profile.xhtml");
        browser.clickIdAndWaitForNewPage("tokensLink");
        assertEquals("account/tokens.xhtml", browser.currentPage());

        browser.type("tokenForm:name", "ส่งออกสถิติรายไตรมาส");
        browser.clickId("tokenForm:create");
        String secret = browser.visibleId("tokenForm:secret").getAttribute("value");
        assertTrue(secret.startsWith("ghat_"), secret);
        assertTrue(browser.visibleId("tokenForm").getText().contains(thai("account.token.created")));
        assertTrue(browser.visibleId("tokensForm:tokens").getText().contains("ส่งออกสถิติรายไตรมาส"));
        browser.captureForReview("01-token-made");

        HttpResponse<String> used = me(secret);
        assertEquals(200, used.statusCode(), used.body());
        assertEquals(scene.getString("email"), Http.json(used).getString("email"));

        browser.open("account/tokens.xhtml");
        assertTrue(!browser.isPresent(By.id("tokenForm:secret")), "the secret is shown once only");
        // newest first: the token just made (the scene's own tokens follow)
        String row = browser.visible(By.cssSelector("[id='tokensForm:tokens_data'] tr"))
                .getText();
        assertTrue(row.contains("ส่งออกสถิติรายไตรมาส"), row);
        assertTrue(row.contains(thai("account.token.access.read")), "read only unless chosen otherwise: " + row);
        assertTrue(!row.contains(thai("account.token.never")), "its last use is shown: " + row);

        browser.driver().findElements(By.cssSelector("[id$=':revoke']")).get(0).click();
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='tokensForm:tokens_data'] tr"), thai("account.token.status.revoked")));
        browser.captureForReview("02-token-revoked");
        assertEquals(401, me(secret).statusCode(), "a revoked token admits nobody");
    }
}
