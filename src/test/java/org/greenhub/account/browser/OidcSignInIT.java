package org.greenhub.account.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.oidc.TestIdentityProvider;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in through an OpenID Connect provider (the test provider, {@link TestIdentityProvider}, with its own login
 * form) as a person does: "Sign in with Test University" on the sign-in page, the provider's form, back to the page
 * they wanted. Each test uses its own addresses and subjects.
 */
class OidcSignInIT extends BrowserTest {

    private static final String PROVIDER = "Test University";

    @AfterEach
    void tokensAtTestTimeAgain() {
        TestIdentityProvider.issueTokensAtTestTime();
    }

    private JsonObject account(String email) {
        return postScenario("test-support/oidc?email=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
    }

    /** At the provider's login form: signs in as this subject with these claims (JSON), and waits to be back. */
    private void signInAtProvider(String subject, String claims) {
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        browser.driver().findElement(By.name("username")).sendKeys(subject);
        browser.driver().findElement(By.name("claims")).sendKeys(claims);
        browser.driver().findElement(By.cssSelector("input[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains(browser.url("")));
        browser.waitUntilIdle();
    }

    private static String claims(String email, boolean verified, String... groups) {
        StringBuilder list = new StringBuilder();
        for (String group : groups) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(group).append('"');
        }
        return "{\"email\": \"" + email + "\", \"email_verified\": " + verified + ", \"name\": \"Wei Zhang\","
                + " \"groups\": [" + list + "]}";
    }

    private String shown(String key) {
        return MessageFormat.format(BundleText.english("account", key), PROVIDER);
    }

    @Test
    void firstSignInLinksTheAccountByItsVerifiedAddressMapsRolesAndGoesWhereThePersonWanted() {
        JsonObject made = postScenario("test-support/oidc?make");
        String email = made.getString("email");
        String subject = TestData.unique("staff");

        browser.open("account/profile.xhtml");
        assertEquals("account/signin.xhtml", browser.currentPage(), "a protected page asks for a sign-in first");
        assertEquals(
                shown("account.oidc.signInWith"),
                browser.visibleId("providerSignInLink").getText().strip());
        browser.captureForReview("oidc-sign-in-page");
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(subject, claims(email, true, "greenhub-judges", "library-users"));

        assertEquals("account/profile.xhtml", browser.currentPage(), "back on the page the person wanted");
        JsonObject linked = account(email);
        assertEquals(TestIdentityProvider.issuer(), linked.getString("issuer"));
        assertEquals(subject, linked.getString("subject"));
        assertEquals(Set.of("APPLICANT", "JUDGE"), roles(linked), "greenhub-judges maps to JUDGE, nothing else");
        assertTrue(
                events(linked).containsAll(List.of("OIDC_LINKED", "OIDC_ROLES_MAPPED", "SIGNED_IN")),
                linked.toString());

        // Scripts: the GreenHub password is refused by Basic now, with the reason (use a personal access token).
        HttpResponse<String> basic = new Http(base).get("api/me", Http.basic(email, made.getString("password")));
        assertEquals(401, basic.statusCode(), basic.body());
        assertEquals(
                BundleText.english("account", "account.signIn.useToken"),
                Http.json(basic).getString("detail"));

        // Single sign-out: through the provider's end-session endpoint, with the ID token as hint, back to GreenHub.
        TestIdentityProvider.takeRequests();
        browser.clickIdAndWaitForNewPage("signOutForm:signOut");
        browser.waitFor(ExpectedConditions.urlContains("signedOut=true"));
        browser.waitUntilIdle();
        assertEquals("index.xhtml", browser.currentPage());
        List<String> atProvider = TestIdentityProvider.takeRequests();
        assertTrue(
                atProvider.stream()
                        .anyMatch(line -> line.startsWith("GET /" + TestIdentityProvider.ISSUER_ID + "/endsession")
                                && line.contains("id_token_hint=")
                                && line.contains("post_logout_redirect_uri=")),
                atProvider.toString());
        browser.open("account/profile.xhtml");
        assertEquals("account/signin.xhtml", browser.currentPage(), "signed out of GreenHub too");

        // The second time the link is there already: the person signs in, whatever the address says now.
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(subject, claims(email, true));
        assertEquals("account/profile.xhtml", browser.currentPage());
        assertEquals(Set.of("APPLICANT", "JUDGE"), roles(account(email)), "mapped roles are never taken away");
    }

    @Test
    void anAddressTheProviderDidNotVerifyLinksNothing() {
        String email = postScenario("test-support/oidc?make").getString("email");
        browser.open("account/signin.xhtml");
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(TestData.unique("intruder"), claims(email, false));

        assertEquals("account/oidc.xhtml", browser.currentPage());
        assertTrue(browser.visibleId("pageMessages").getText().contains(shown("account.oidc.unverifiedEmail")));
        JsonObject untouched = account(email);
        assertEquals("", untouched.getString("issuer"), "not linked");
        browser.captureForReview("oidc-refused");
        browser.open("account/profile.xhtml");
        assertEquals("account/signin.xhtml", browser.currentPage(), "not signed in");
    }

    @Test
    void aFirstSignInCreatesAnAccountOnlyForTheDomainsTheOperatorAllows() {
        String allowed = TestData.unique("new-staff").toLowerCase(Locale.ROOT) + "@university.example";
        browser.open("account/signin.xhtml");
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(TestData.unique("staff"), claims(allowed, true));
        assertEquals("dashboard/applicant.xhtml", browser.currentPage(), "a new applicant, on their dashboard");
        JsonObject created = account(allowed);
        assertTrue(created.getBoolean("exists"));
        assertEquals("ACTIVE", created.getString("status"));
        assertFalse(created.getBoolean("passwordSet"), "no GreenHub password: the provider signs them in");
        assertTrue(events(created).contains("OIDC_ACCOUNT_CREATED"), created.toString());

        browser.startFreshSession();
        String elsewhere = TestData.unique("visitor").toLowerCase(Locale.ROOT) + "@elsewhere.example";
        browser.open("account/signin.xhtml");
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(TestData.unique("visitor"), claims(elsewhere, true));
        assertEquals("account/oidc.xhtml", browser.currentPage());
        assertTrue(browser.visibleId("pageMessages").getText().contains(shown("account.oidc.noAccount")));
        assertFalse(account(elsewhere).getBoolean("exists"));
    }

    @Test
    void anExpiredIdTokenIsRefused() {
        String email = postScenario("test-support/oidc?make").getString("email");
        // The provider's tokens were issued two hours ago by GreenHub's clock, and lived one hour at most.
        TestIdentityProvider.issueTokensEarlierBy(Duration.ofHours(2));
        browser.open("account/signin.xhtml");
        browser.driver().findElement(By.id("providerSignInLink")).click();
        signInAtProvider(TestData.unique("staff"), claims(email, true));

        assertEquals("account/oidc.xhtml", browser.currentPage());
        assertTrue(browser.visibleId("pageMessages").getText().contains(shown("account.oidc.refused")));
        assertEquals("", account(email).getString("issuer"), "not linked");
    }

    @Test
    void aCallbackThisBrowserDidNotStartIsRefused() {
        browser.open("account/oidc.xhtml?code=stolen-code&state=guessed-state");
        assertTrue(browser.visibleId("pageMessages").getText().contains(shown("account.oidc.expired")));
        browser.open("account/profile.xhtml");
        assertEquals("account/signin.xhtml", browser.currentPage(), "not signed in");
    }

    private static Set<String> roles(JsonObject account) {
        return account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static List<String> events(JsonObject account) {
        return account.getJsonArray("events").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }
}
