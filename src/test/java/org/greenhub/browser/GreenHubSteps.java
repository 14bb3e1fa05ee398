package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.greenhub.testsupport.browser.Browser;
import org.greenhub.testsupport.browser.TestDatabase;
import org.openqa.selenium.Keys;

/** Steps several browser tests share; each checks that it got where it meant to, so a failure points at the step. */
final class GreenHubSteps {

    private GreenHubSteps() {}

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
}
