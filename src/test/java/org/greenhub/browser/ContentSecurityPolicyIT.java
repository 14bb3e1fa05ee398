package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.Browser;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Pages work under their Content-Security-Policy: PrimeFaces' nonced scripts, the inline handlers it moves into them
 * (the header's language menu, a dialog's buttons), postbacks that render the page again, ajax updates. And the policy
 * really holds: a script without the nonce does not run, and no page may be shown in a frame. (Every browser test
 * also fails on any policy report from its pages; see {@link Browser}.)
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private static String text(String bundle, String key) {
        return BundleText.english(bundle, key);
    }

    private Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(javascript, arguments);
    }

    @Test
    void signInDialogsAjaxAndTheLanguageMenuWorkUnderThePolicy() {
        // A refused sign-in renders the page again from a postback, which must carry the page's nonce back.
        browser.open("account/signin.xhtml");
        browser.type("signInForm:email", Http.ADMIN_EMAIL);
        browser.type("signInForm:password", "not-the-password");
        browser.clickIdAndWaitForNewPage("signInForm:submit");
        assertEquals("account/signin.xhtml", browser.currentPage());
        assertTrue(
                browser.driver().getPageSource().contains(text("account", "account.signIn.failed")),
                "the refusal is shown");

        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        assertEquals("dashboard/admin.xhtml", browser.currentPage());

        // onclick="PF('inviteDialog').show()" now runs from a nonced registration instead of the attribute.
        browser.open("account/admin/users.xhtml");
        browser.clickId("usersForm:openInvite");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("inviteDialog")));
        // An ajax submit with validation errors updates the dialog's form.
        browser.clickId("inviteForm:sendInvite");
        browser.visible(By.cssSelector("[id='inviteForm'] .ui-message-error"));
        browser.click(By.cssSelector("[id='inviteDialog'] button.ui-button-secondary"));
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("inviteDialog")));

        // The header's language menu: onchange="...click()" on a plain select, moved by PrimeFaces as well.
        browser.selectAndWaitForNewPage("languageForm:language", "简体中文");
        assertEquals("zh-CN", browser.pageLanguage());
        assertEquals("account/admin/users.xhtml", browser.currentPage());
        browser.selectAndWaitForNewPage("languageForm:language", "English");
        assertEquals("en", browser.pageLanguage());

        assertEquals(List.of(), browser.policyViolations(), "nothing on these pages was blocked");
    }

    @Test
    void aScriptWithoutTheNonceDoesNotRunAndNoPageMayBeFramed() {
        browser.open("account/signin.xhtml");
        assertEquals(
                Boolean.TRUE,
                script("return !!window.PrimeFaces && !!PrimeFaces.csp.NONCE_VALUE;"),
                "PrimeFaces runs with its nonce");
        Object ran = script("var s = document.createElement('script'); s.textContent = 'window.injected = true;';"
                + " document.body.appendChild(s); return window.injected === true;");
        assertEquals(Boolean.FALSE, ran, "an injected inline script is blocked");
        List<String> reports = browser.policyViolations();
        assertTrue(reports.stream().anyMatch(r -> r.contains("script-src")), "the browser says why: " + reports);

        // A page in a frame: frame-ancestors 'none' refuses every parent, even a GreenHub page (which its own policy
        // would allow to frame), so here one parent stands for all.
        script(
                "var f = document.createElement('iframe'); f.id = 'framed'; f.src = arguments[0]; document.body.appendChild(f);",
                browser.url("account/signin.xhtml"));
        List<String> framing = new ArrayList<>();
        browser.waitFor(d -> {
            framing.addAll(browser.policyViolations());
            return framing.stream().anyMatch(line -> line.contains("frame-ancestors 'none'"));
        });
        assertEquals(
                Boolean.FALSE,
                script("var doc = document.getElementById('framed').contentDocument;"
                        + " return !!(doc && doc.getElementById('signInForm'));"),
                "the framed page is not shown");
    }
}
