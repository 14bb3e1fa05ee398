package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * From a residency as an accepted offer starts it: the start-up files its first quarterly report (an absurd figure
 * is refused beside its field first), the manager comments on it and confirms graduation by the investment
 * criterion the report meets; the start-up then reads the comment; the manager's dashboard shows the graduate.
 */
class ResidencyJourneyIT extends BrowserTest {

    private JsonObject scenario() {
        return postScenario("test-support/residency-scenario");
    }

    private static String text(String key, Object... args) {
        String pattern = BundleText.english("residency", key);
        return args.length == 0 ? pattern : MessageFormat.format(pattern, args);
    }

    /**
     * Chooses in a menu brought to the middle of the window first (its panel opens below it); a panel still sliding
     * open may refuse the click once, so it tries again.
     */
    private void choose(String menuId, String label) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.visibleId(menuId));
        for (int attempt = 1; ; attempt++) {
            try {
                browser.chooseInMenu(menuId, label);
                return;
            } catch (org.openqa.selenium.ElementNotInteractableException stillOpening) {
                if (attempt == 3) {
                    throw stillOpening;
                }
                browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
                browser.waitUntilIdle();
            }
        }
    }

    /** Replaces a number field's value (the number widget keeps its text on a plain clear). */
    private void number(String field, String value) {
        var input = browser.visibleId("reportForm:" + field + "_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value + Keys.TAB);
    }

    @Test
    void aQuarterlyReportIsFiledCommentedAndTheStartUpGraduates() throws Exception {
        JsonObject s = scenario();
        long residencyId = s.getJsonNumber("residencyId").longValue();
        long reportId = s.getJsonNumber("firstReportId").longValue();

        // The start-up finds its residency and the first quarter's report.
        signIn(s.getString("founder"), s.getString("password"));
        browser.open("incubation/residency/mine.xhtml");
        assertTrue(browser.visibleId("mine").getText().contains(s.getString("incubator")));
        browser.captureForReview("01-my-residencies");
        browser.clickAndWaitForNewPage(By.linkText(s.getString("incubator")));
        assertEquals("incubation/residency/residency.xhtml", browser.currentPage());
        assertTrue(
                Integer.parseInt(browser.visibleId("overdueFigure").getText().strip()) > 0,
                "past quarters are overdue");
        browser.captureForReview("02-residency-start-up");
        browser.clickAndWaitForNewPage(By.cssSelector("a.gh-report-link[href*='id=" + reportId + "']"));
        assertEquals("incubation/residency/report.xhtml", browser.currentPage());

        // An absurd head count is refused beside its field, and nothing is filed.
        number("revenue", "820000");
        number("employees", "2000000");
        number("rndStaff", "4");
        number("rndSpend", "95000");
        number("patentsFiled", "1");
        number("patentsGranted", "0");
        number("investmentRaised", "6000000");
        number("emissionsAvoidedTco2e", "35.5");
        browser.clickId("reportForm:file");
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("reportForm:employees_message"), text("residency.metrics.tooLarge", 100000)));
        browser.captureForReview("03-report-refused");

        number("employees", "12");
        browser.type("reportForm:note", "Pilot line running; Series A closed in September.");
        browser.clickId("reportForm:file");
        browser.clickAndWaitForNewPage(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.visibleId("figures");
        assertTrue(browser.visibleId("reportStatus").getText().contains(text("residency.reports.submitted")));
        assertFalse(browser.isPresent(By.id("reportForm")), "a filed report cannot be filed again");
        browser.captureForReview("04-report-filed");

        // Evidence for the investment: a PDF, then a file that only claims to be one (refused, nothing stored).
        choose("evidenceForm:purpose", text("residency.evidence.purpose.INVESTMENT_AGREEMENT"));
        Path agreement = Files.createTempFile("series-a-agreement", ".pdf");
        Files.write(
                agreement, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        browser.driver()
                .findElement(By.cssSelector("[id='evidenceForm'] input[type=file]"))
                .sendKeys(agreement.toString());
        browser.clickIdAndWaitForNewPage("evidenceForm:attach");
        assertTrue(browser.visibleId("evidenceList:files")
                .getText()
                .contains(agreement.getFileName().toString()));
        Path fake = Files.createTempFile("not-a-pdf", ".pdf");
        Files.write(fake, "just text".getBytes(StandardCharsets.US_ASCII));
        browser.driver()
                .findElement(By.cssSelector("[id='evidenceForm'] input[type=file]"))
                .sendKeys(fake.toString());
        browser.clickIdAndWaitForNewPage("evidenceForm:attach");
        assertFalse(browser.visibleId("evidenceList:files")
                .getText()
                .contains(fake.getFileName().toString()));
        assertTrue(
                browser.isPresent(By.cssSelector(
                        "[id='evidenceForm'] .ui-message-error, [id='evidenceForm'] .ui-messages-error")),
                "the refused file is explained on the form");
        browser.captureForReview("04b-evidence");

        // The manager sees the report, comments, and confirms graduation by investment.
        browser.startFreshSession();
        signIn(s.getString("manager"), s.getString("password"));
        browser.open("incubation/residency/report.xhtml?id=" + reportId);
        assertTrue(browser.visibleId("investmentRaisedValue").getText().contains("6"));
        browser.type("commentForm:comment", "Well done on the Series A. Please attach the investment agreement.");
        browser.clickId("commentForm:saveComment");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), text("residency.report.commentSaved")));
        browser.captureForReview("05-manager-comment");

        browser.open("incubation/residency/residency.xhtml?id=" + residencyId);
        assertTrue(browser.visibleId("checks").getText().contains(text("residency.graduation.met")));
        assertEquals(
                "1",
                browser.driver()
                        .findElement(By.xpath("//*[@id='checks']//tr[td[contains(., '"
                                + text("residency.criterion.INVESTMENT") + "')]]/td[4]"))
                        .getText()
                        .strip(),
                "the agreement counts as evidence for investment");
        browser.captureForReview("06-residency-manager");
        browser.clickId("endForm:openGraduate");
        browser.visibleId("graduateForm:criterion");
        assertEquals(
                text("residency.criterion.INVESTMENT"),
                browser.visibleId("graduateForm:criterion_label").getText());
        browser.captureForReview("07-confirm-graduation");
        browser.clickIdAndWaitForNewPage("graduateForm:graduate");
        assertEquals(
                text("residency.status.GRADUATED"), browser.visibleId("status").getText());
        browser.visibleId("graduatedNote");
        assertTrue(
                browser.visibleId("residencyPeriod")
                        .getText()
                        .endsWith(TestTime.today().toString()),
                "a graduate's residency ends on the graduation day: "
                        + browser.visibleId("residencyPeriod").getText());
        assertFalse(browser.isPresent(By.id("endForm")), "a graduate cannot graduate again");
        browser.captureForReview("08-graduated");

        browser.open("incubation/dashboard.xhtml?incubator=" + s.getJsonNumber("incubatorId"));
        assertEquals("1", browser.visibleId("graduatesFigure").getText().strip());
        browser.captureForReview("09-dashboard");
        // The trend charts' figures, as a table under them on request: their text alternative, named for screen
        // readers.
        browser.click(By.cssSelector("#trendData > summary"));
        assertEquals(
                text("residency.dashboard.trends"),
                ((JavascriptExecutor) browser.driver())
                        .executeScript(
                                "return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent;",
                                browser.visible(By.cssSelector("#trendData table"))));
        assertFalse(browser.driver()
                .findElements(By.cssSelector("[id$='trendTable_data'] > tr"))
                .isEmpty());
        browser.captureForReview("09b-dashboard-figures");
        // each figure opens the list it counts: the graduate among the graduated residents
        browser.clickIdAndWaitForNewPage("graduatesFigure");
        assertEquals("incubation/residency/residents.xhtml", browser.currentPage());
        assertEquals(
                text("residency.status.GRADUATED"),
                browser.visibleId("residentsForm:statusFilter_label").getText());
        assertTrue(browser.visibleId("residentsForm:residents").getText().contains(s.getString("organisation")));
        browser.captureForReview("10-graduated-residents");

        // The start-up reads the comment.
        browser.startFreshSession();
        signIn(s.getString("founder"), s.getString("password"));
        browser.open("incubation/residency/report.xhtml?id=" + reportId);
        assertTrue(browser.visibleId("managerComment").getText().contains("Series A"));
    }

    @Test
    void anotherStartUpsReportAnswersLikeOneThatDoesNotExist() {
        JsonObject mine = scenario();
        JsonObject theirs = scenario();
        signIn(mine.getString("founder"), mine.getString("password"));
        browser.open("incubation/residency/report.xhtml?id=" + theirs.getJsonNumber("firstReportId"));
        String foreign = browser.driver().findElement(By.tagName("main")).getText();
        browser.open("incubation/residency/report.xhtml?id=999999999");
        String missing = browser.driver().findElement(By.tagName("main")).getText();
        assertEquals(missing, foreign);
        assertFalse(foreign.contains(theirs.getString("organisation")));
    }
}
