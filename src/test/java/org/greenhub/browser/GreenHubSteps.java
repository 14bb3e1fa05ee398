package org.greenhub.browser;

import org.greenhub.testsupport.browser.Browser;
import org.greenhub.testsupport.browser.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps several browser tests share; each checks that it got where it meant to, so a failure points at the step. */
final class GreenHubSteps {

    private GreenHubSteps() {
    }

    /** Fills in and sends the registration form; the caller checks the outcome. */
    static void submitRegistration(Browser browser, Founder founder) {
        browser.open("account/register.xhtml");
        browser.type("registerForm:displayName", founder.displayName());
        browser.type("registerForm:email", founder.email());
        browser.type("registerForm:password", founder.password());
        browser.type("registerForm:legalName", founder.legalName());
        browser.type("registerForm:registeredName", founder.registeredName());
        // Tab closes the date picker's pop-up, which would otherwise lie over the submit button.
        browser.type("registerForm:foundingDate_input", "2025-03-01" + Keys.TAB);
        browser.clickIdAndWaitForNewPage("registerForm:submit");
    }

    /** Opens the link of the newest mail to this address, where the test deployment really runs. */
    static void openMailedLink(Browser browser, String recipient, String expectedPage) {
        TestDatabase.MailedLink link = TestDatabase.latestMailedLinkTo(recipient);
        assertEquals(expectedPage, link.page(), "the mail to " + recipient + " links to the wrong page");
        browser.open(link.pathAndQuery());
    }

    /** Registers and confirms a founder, leaving the browser signed out on the confirmation page. */
    static void registerConfirmedFounder(Browser browser, Founder founder) {
        submitRegistration(browser, founder);
        browser.visibleId("registeredNote");
        openMailedLink(browser, founder.email(), "account/confirm.xhtml");
        browser.visibleId("confirmedNote");
    }

    static void signIn(Browser browser, String email, String password) {
        if (!browser.currentPage().equals("account/signin.xhtml")) {
            browser.open("account/signin.xhtml");
        }
        browser.type("signInForm:email", email);
        browser.type("signInForm:password", password);
        browser.clickIdAndWaitForNewPage("signInForm:submit");
    }

    /**
     * Chooses in a PrimeFaces menu by its label. The menu shows the choice once PrimeFaces took it. A click while its
     * panel is still opening, or an update landing in between, can lose the choice: then open the menu and choose
     * again (a few times at most).
     */
    static void chooseInMenu(Browser browser, String id, String label) {
        for (int attempt = 1; ; attempt++) {
            browser.waitUntilIdle();
            browser.clickId(id);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + label + "']"));
            browser.waitUntilIdle();
            boolean taken = browser.driver().findElement(By.id(id + "_label")).getText().contains(label);
            if (taken || attempt == 3) {
                assertTrue(taken, "the menu " + id + " did not take " + label);
                return;
            }
        }
    }
}
