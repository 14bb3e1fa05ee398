package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Pages a visitor may not open, or that do not exist, answer with GreenHub's own error pages. */
class ErrorPagesIT extends BrowserTest {

    private static final By ACCESS_DENIED = By.cssSelector("#errorPage[data-status='403']");
    private static final By NOT_FOUND = By.cssSelector("#errorPage[data-status='404']");

    @Test
    void anonymousVisitorOfAnAdministrationPageIsSentToSignIn() {
        browser.open("account/admin/users.xhtml");

        assertEquals("account/signin.xhtml", browser.currentPage());
        assertEquals(
                "next=/account/admin/users.xhtml", URLDecoder.decode(browser.currentQuery(), StandardCharsets.UTF_8));
        browser.visibleId("signInForm");
        assertFalse(browser.isPresent(By.id("usersForm")), "nothing of the users page is shown");
    }

    @Test
    void applicantWhoSignsInForAnAdministrationPageGetsTheAccessDeniedPage() {
        Founder founder = Founder.unique();
        GreenHubSteps.registerConfirmedFounder(browser, founder);

        // Signing in from the redirect brings the founder back to the page they asked for, which is not theirs.
        browser.open("account/admin/users.xhtml");
        signIn(founder.email(), founder.password());
        assertEquals("account/admin/users.xhtml", browser.currentPage());
        browser.visible(ACCESS_DENIED);
        assertFalse(browser.isPresent(By.id("usersForm")), "nothing of the users page is shown");
        browser.captureForReview("01-access-denied");

        browser.open("platform/audit.xhtml");
        browser.visible(ACCESS_DENIED);
        browser.open("dashboard/admin.xhtml");
        browser.visible(ACCESS_DENIED);
        assertFalse(browser.isPresent(By.id("adminDashboard")), "nothing of the admin dashboard is shown");
    }

    @Test
    void unknownOrganisationGivesTheNotFoundPage() {
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);

        browser.open("organisation/view.xhtml?id=999999");

        browser.visible(NOT_FOUND);
        assertFalse(browser.isPresent(By.id("recordForm")), "no empty record form is shown");
        browser.captureForReview("02-organisation-not-found");
    }
}
