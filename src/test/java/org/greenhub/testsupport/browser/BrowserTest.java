package org.greenhub.testsupport.browser;

import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the browser tests: GreenHub deployed (see {@link HttpTest}), one headless Chromium per test in
 * {@link #browser}, and signing in through the sign-in page as a person does.
 */
public abstract class BrowserTest extends HttpTest {

    @RegisterExtension
    protected final Browser browser = new Browser(() -> base);

    /** Signs in through the sign-in page (opened unless the browser is on it already); the caller checks where it lands. */
    protected void signIn(String email, String password) {
        if (!browser.currentPage().equals("account/signin.xhtml")) {
            browser.open("account/signin.xhtml");
        }
        browser.type("signInForm:email", email);
        browser.type("signInForm:password", password);
        browser.clickIdAndWaitForNewPage("signInForm:submit");
    }
}
