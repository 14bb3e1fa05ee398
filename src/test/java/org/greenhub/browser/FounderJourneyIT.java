package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A start-up founder finds GreenHub, registers with their organisation, confirms by mail and signs in. */
class FounderJourneyIT extends BrowserTest {

    @Test
    void founderRegistersConfirmsSignsInSwitchesToChineseAndSignsOut() {
        Founder founder = Founder.unique();

        browser.open("index.xhtml");
        browser.captureForReview("01-home");
        browser.clickIdAndWaitForNewPage("registerLink");
        assertEquals("account/register.xhtml", browser.currentPage());
        browser.captureForReview("02-register-empty");

        GreenHubSteps.submitRegistration(browser, founder);
        WebElement checkMail = browser.visibleId("registeredNote");
        assertEquals(BundleText.english("account", "account.register.checkMail"), checkMail.getText());
        browser.captureForReview("03-register-check-mail");

        GreenHubSteps.openMailedLink(browser, founder.email(), "account/confirm.xhtml");
        browser.visibleId("confirmedNote");
        browser.captureForReview("04-confirmed");

        browser.clickIdAndWaitForNewPage("signInAfterConfirm");
        assertEquals("account/signin.xhtml", browser.currentPage());
        browser.captureForReview("05-signin");
        signIn(founder.email(), founder.password());

        assertEquals("dashboard/applicant.xhtml", browser.currentPage());
        WebElement dashboard = browser.visibleId("applicantDashboard");
        assertTrue(
                dashboard.getText().contains(founder.displayName()),
                "the dashboard greets the founder by their Vietnamese name: " + dashboard.getText());
        String main = browser.visibleId("main").getText();
        assertTrue(main.contains(founder.legalName()), "the dashboard lists the founder's organisation: " + main);
        assertTrue(
                main.contains(founder.registeredName()),
                "the Chinese registered name survives the round trip: " + main);
        assertEquals(founder.email(), browser.visibleId("profileLink").getText());
        browser.captureForReview("06-applicant-dashboard");

        String englishTitle = browser.visible(By.cssSelector("h1.gh-title")).getText();
        assertEquals(BundleText.english("platform", "platform.dashboard.applicant.title"), englishTitle);
        browser.selectAndWaitForNewPage("languageForm:language", "简体中文");
        assertEquals("zh-CN", browser.pageLanguage());
        assertEquals("dashboard/applicant.xhtml", browser.currentPage(), "switching language stays on the same page");
        String chineseTitle = browser.visible(By.cssSelector("h1.gh-title")).getText();
        Optional<String> expectedChinese =
                BundleText.translated("platform", "zh_CN", "platform.dashboard.applicant.title");
        if (expectedChinese.isPresent()) {
            assertEquals(expectedChinese.get(), chineseTitle);
            assertNotEquals(englishTitle, chineseTitle);
        }
        browser.captureForReview("07-applicant-dashboard-zh-CN");

        browser.clickIdAndWaitForNewPage("signOutForm:signOut");
        assertEquals("index.xhtml", browser.currentPage());
        browser.visibleId("signedOutNote");
        browser.visibleId("signInLink");
        assertFalse(browser.isPresent(By.id("signOutForm:signOut")), "no sign-out button once signed out");
        browser.captureForReview("08-signed-out");

        // Signed out for real, not only in the header: the dashboard asks for a sign-in again.
        browser.open("dashboard/applicant.xhtml");
        assertEquals("account/signin.xhtml", browser.currentPage());
    }

    @Test
    void commonPasswordIsRefusedBesideTheFieldAndNoAccountIsCreated() {
        Founder founder = Founder.unique().withPassword("password123");

        GreenHubSteps.submitRegistration(browser, founder);

        WebElement passwordMessage =
                browser.visible(By.xpath("//*[@id='registerForm:password']/ancestor::div[contains(@class,'gh-field')]"
                        + "//*[contains(@class,'ui-message-error')]"));
        assertEquals(BundleText.english("account", "account.validation.passwordCommon"), passwordMessage.getText());
        assertFalse(browser.isPresent(By.id("registeredNote")), "the check-mail note must not be shown");
        assertEquals(
                founder.displayName(),
                browser.visibleId("registerForm:displayName").getAttribute("value"),
                "what the founder typed is kept, so they only need to choose another password");
        browser.captureForReview("09-register-common-password");

        assertEquals(0, TestDatabase.mailsTo(founder.email()), "no confirmation mail for a refused registration");
        assertFalse(TestDatabase.accountExists(founder.email()), "no account for a refused registration");
    }
}
