package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An organisation joins an alliance through the pages: the founder applies, the coordinator passes the application to
 * the council, records the council's vote (first without a quorum), the signed agreement and the first dues; the
 * member registers for an event; the coordinator records the next year's dues (renewal). Then the public directory,
 * without signing in, lists the new member and finds it by name.
 */
class AllianceJourneyIT extends BrowserTest {

    private static String text(String key) {
        return BundleText.english("alliance", key);
    }

    private JsonObject scenario() {
        return postScenario("test-support/alliance-scenario");
    }

    private void status(String key) {
        browser.waitFor(ExpectedConditions.textToBe(By.id("statusTag"), text("alliance.status." + key)));
    }

    @Test
    void applyReviewCouncilDuesActiveEventRenewalAndThePublicDirectory() throws Exception {
        JsonObject s = scenario();
        long alliance = s.getJsonNumber("allianceId").longValue();
        String password = s.getString("password");
        String organisation = s.getString("organisation");

        // The founder applies.
        signIn(s.getString("founder"), password);
        browser.open("alliance/apply.xhtml?alliance=" + alliance);
        choose("applyForm:category", "Ordinary member unit");
        browser.type("applyForm:motivation", "Air-source heat pumps replacing coal-fired boilers.");
        browser.type("applyForm:contactEmail", "office@heatpump.example");
        browser.click(By.cssSelector("[id='applyForm:showEmail'] .ui-chkbox-box"));
        browser.captureForReview("01-apply");
        browser.clickIdAndWaitForNewPage("applyForm:submit");
        assertEquals("alliance/membership.xhtml", browser.currentPage());
        status("SUBMITTED");
        String membershipQuery = browser.currentQuery();
        // A second application for the same organisation is refused with a clear message.
        browser.open("alliance/apply.xhtml?alliance=" + alliance);
        choose("applyForm:category", "Ordinary member unit");
        browser.clickId("applyForm:submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("applyForm"), text("alliance.application.duplicate")));

        // The coordinator reviews and records the council's decision.
        browser.startFreshSession();
        signIn(s.getString("coordinator"), password);
        assertTrue(browser.visibleId("main").getText().contains(text("alliance.workspace.inReview")));
        browser.captureForReview("02-workspace");
        browser.open("alliance/membership.xhtml?" + membershipQuery);
        browser.clickId("reviewForm:forward");
        status("COUNCIL_REVIEW");
        number("councilForm:votesFor_input", "4");
        browser.clickId("councilForm:recordDecision");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("councilForm"), "No quorum"));
        status("COUNCIL_REVIEW");
        browser.captureForReview("03-no-quorum");
        number("councilForm:votesFor_input", "6");
        number("councilForm:votesAgainst_input", "1");
        browser.clickId("councilForm:recordDecision");
        status("APPROVED");

        Path agreement = Files.createTempFile("agreement", ".pdf");
        Files.write(agreement, "%PDF-1.4\nsigned membership agreement\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        browser.visible(By.cssSelector("[id='agreementForm'] input[type=file]"))
                .sendKeys(agreement.toAbsolutePath().toString());
        browser.clickIdAndWaitForNewPage("agreementForm:recordAgreement");
        assertTrue(browser.visibleId("summary").getText().contains(text("alliance.document.SIGNED_AGREEMENT")));
        browser.type("duesForm:reference", "ICBC-2026-0001");
        browser.clickId("duesForm:recordDues");
        status("ACTIVE");
        String number = browser.visibleId("membershipNumber").getText();
        assertTrue(number.startsWith(s.getString("code") + "-"), number);
        LocalDate validTo = TestTime.today().plusYears(1).minusDays(1);
        assertTrue(browser.visibleId("validity").getText().contains(validTo.toString()));
        browser.captureForReview("04-active");

        // The member registers for the coming event.
        browser.startFreshSession();
        signIn(s.getString("founder"), password);
        browser.open("alliance/membership.xhtml?" + membershipQuery);
        browser.clickId("eventsForm:eventTable:0:register");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("eventsForm"), text("alliance.events.registered")));
        browser.captureForReview("05-member");
        // ... and publishes a technical need on the alliance's board.
        browser.clickAndWaitForNewPage(By.linkText(text("alliance.needs.title")));
        browser.type("needForm:needTitle", "Low-temperature waste heat recovery partner");
        browser.type("needForm:needBody", "We look for a partner with an ORC pilot unit for 80 °C flue gas.");
        browser.clickId("needForm:publishNeed");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("board"), "Low-temperature waste heat recovery partner"));
        browser.captureForReview("06-needs");

        // Renewal: the next year's dues extend the validity by a year.
        browser.startFreshSession();
        signIn(s.getString("coordinator"), password);
        browser.open("alliance/membership.xhtml?" + membershipQuery);
        browser.type("duesForm:reference", "ICBC-2027-0001");
        browser.clickId("duesForm:recordDues");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("validity"), validTo.plusYears(1).toString()));
        status("ACTIVE");
        browser.open("alliance/manage.xhtml?alliance=" + alliance);
        String members = browser.visibleId("tabs:membersForm:members").getText();
        assertTrue(members.contains(organisation), members);
        browser.captureForReview("07-manage");
        tab(text("alliance.manage.evaluationTab"));
        browser.clickId("tabs:evaluationForm:compute");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:evaluationForm:lines"), organisation));
        browser.captureForReview("08-evaluation");
        tab(text("alliance.manage.recordTab"));
        browser.visibleId("tabs:recordForm:nameEn");
        browser.captureForReview("09-record");

        // The public directory: no sign-in, the member is listed with the e-mail it chose to show, and found by name.
        browser.startFreshSession();
        browser.open("alliance/directory.xhtml?alliance=" + alliance);
        String listed = browser.visibleId("directoryForm:members").getText();
        assertTrue(listed.contains(organisation) && listed.contains("office@heatpump.example"), listed);
        browser.type("directoryForm:search", "苏州热泵" + Keys.TAB);
        browser.waitUntilIdle();
        assertTrue(browser.visibleId("directoryForm:members").getText().contains(organisation));
        browser.type("directoryForm:search", "no such member" + Keys.TAB);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("directoryForm:members"), text("alliance.directory.none")));
        browser.captureForReview("10-directory");
        browser.open("alliance/index.xhtml");
        assertFalse(browser.driver().getPageSource().contains("signInForm"));
        browser.captureForReview("11-alliances");
    }

    /** Opens a tab of the management page (tabs load their content when first opened). */
    private void tab(String title) {
        browser.click(By.xpath("//*[@id='tabs']//ul[@role='tablist']//a[normalize-space(.)='" + title + "']"));
    }

    /** A PrimeFaces number field keeps its formatted text on clear(): select it all and type over it. */
    private void number(String id, String value) {
        var field = browser.visibleId(id);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.waitUntilIdle();
    }

    /** Chooses the option of a PrimeFaces menu whose label starts with the given text (retried if an update lands in between). */
    private void choose(String id, String labelStart) {
        for (int attempt = 1; ; attempt++) {
            browser.waitUntilIdle();
            try {
                browser.clickId(id);
                browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
                browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label^='" + labelStart + "']"));
            } catch (org.openqa.selenium.ElementNotInteractableException
                    | org.openqa.selenium.TimeoutException stillOpening) {
                // the panel was still opening or closing: open it again (three tries at most)
                if (attempt == 3) {
                    throw stillOpening;
                }
                continue;
            }
            boolean taken =
                    browser.driver().findElement(By.id(id + "_label")).getText().startsWith(labelStart);
            if (taken || attempt == 3) {
                assertTrue(taken, "the menu " + id + " did not take " + labelStart);
                return;
            }
        }
    }
}
