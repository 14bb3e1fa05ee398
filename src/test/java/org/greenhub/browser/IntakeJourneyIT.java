package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.stream.Collectors;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.browser.TestDatabase;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The intake journey in a browser: a founder finds the open call without signing in, applies through the wizard
 * (green metrics, business plan), the committee scores, the manager sees the score and admits with a reason, and the
 * founder accepts the offer before its deadline.
 */
class IntakeJourneyIT extends BrowserTest {

    private static String text(String key, Object... args) {
        return MessageFormat.format(BundleText.english("incubation", key), args);
    }

    private JsonObject post(String query) {
        return postScenario("test-support/intake-scenario" + query);
    }

    @Test
    void applyCommitteeScoresAdmitAccept() throws IOException {
        JsonObject s = post("");
        String callTitle = s.getString("callTitle");

        // Anybody finds the open call.
        browser.open("incubation/calls.xhtml");
        browser.captureForReview("00-open-calls");
        browser.clickAndWaitForNewPage(By.linkText(callTitle));
        assertEquals("incubation/call.xhtml", browser.currentPage());
        assertTrue(browser.driver()
                .findElement(By.tagName("main"))
                .getText()
                .contains(text("incubation.ui.rules.age", 24)));
        browser.captureForReview("01-public-call");

        // Applying needs an account: sign-in first, then back to the application form.
        browser.clickIdAndWaitForNewPage("apply");
        assertEquals("account/signin.xhtml", browser.currentPage());
        signIn(s.getString("founder"), s.getString("password"));
        assertEquals("incubation/intake/my/apply.xhtml", browser.currentPage());

        browser.type("applyForm:projectTitle", "Solar drying for tea farms");
        browser.type("applyForm:summary", "Dries tea leaves with solar heat instead of coal; two pilot farms.");
        browser.chooseInMenu("applyForm:focusArea", BundleText.english("green", "green.focus.CLEAN_ENERGY"));
        browser.captureForReview("02-wizard-project");
        next();

        // Metrics: a negative figure is refused beside its field; the wizard stays on the step.
        browser.type("applyForm:greenBaselineYear_input", String.valueOf(TestTime.year() - 1));
        browser.chooseInMenu("applyForm:greenCategory", BundleText.english("green", "green.category.CLEAN_ENERGY"));
        browser.type("applyForm:greenBaselineEnergy_input", "1200");
        browser.type("applyForm:greenEmissions_input", "-5");
        browser.type("applyForm:greenMethodNote", "Metered at two pilot farms, grid factor 0.6 tCO2e/MWh.");
        next();
        browser.visibleId("applyForm:greenEmissions_input");
        assertTrue(
                browser.driver()
                        .findElement(By.tagName("main"))
                        .getText()
                        .contains(BundleText.english("green", "green.problem.negative")
                                .replace("{0}", "tCO2e/yr")),
                browser.driver().findElement(By.tagName("main")).getText());
        browser.captureForReview("03-wizard-metrics-refused");
        browser.driver()
                .findElement(By.id("applyForm:greenEmissions_input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        browser.type("applyForm:greenEmissions_input", "180" + Keys.TAB);
        next();

        // The business plan, and a last look at the eligibility rules.
        browser.visibleId("applyForm:eligibility");
        assertTrue(browser.visibleId("applyForm:eligibility").getText().contains(text("incubation.ui.apply.eligible")));
        Path plan = Files.createTempFile("business-plan", ".pdf");
        Files.write(plan, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        browser.driver()
                .findElement(By.cssSelector("[id='applyForm:plan'] input[type=file]"))
                .sendKeys(plan.toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("applyForm:planName"), plan.getFileName().toString()));
        browser.captureForReview("04-wizard-plan");
        browser.clickIdAndWaitForNewPage("applyForm:submitApplication");
        assertEquals("incubation/intake/my/applications.xhtml", browser.currentPage());
        assertTrue(
                browser.visible(By.cssSelector(".gh-status")).getText().contains(text("incubation.status.SUBMITTED")));
        browser.captureForReview("05-my-applications-submitted");

        // The business plan downloads safely for the founder only.
        String href =
                browser.visible(By.cssSelector("a[href*='/business-plan']")).getAttribute("href");
        String planPath = href.substring(href.indexOf("api/incubation/"));
        Http http = new Http(base);
        HttpResponse<String> own = http.get(planPath, Http.basic(s.getString("founder"), s.getString("password")));
        assertEquals(200, own.statusCode());
        assertTrue(own.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals(
                "nosniff", own.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(401, http.get(planPath, null).statusCode());
        String judgeEmail = s.getJsonArray("judgeEmails").getString(0);
        assertEquals(
                404,
                http.get(planPath, Http.basic(judgeEmail, s.getString("password")))
                        .statusCode(),
                "a judge gets the plan only on the scoring page of an assigned application");

        // The manager sets up the screening round; the committee scores.
        browser.startFreshSession();
        signIn(s.getString("manager"), s.getString("password"));
        browser.open("incubation/intake/manage/incubators.xhtml");
        browser.clickAndWaitForNewPage(By.linkText(s.getString("incubator")));
        assertEquals("incubation/intake/manage/incubator.xhtml", browser.currentPage());
        browser.captureForReview("06a-incubator-record");
        browser.open("incubation/intake/manage/call.xhtml?id=" + s.getJsonNumber("call"));
        assertEquals(
                s.getString("callTitle"),
                browser.visible(By.cssSelector("h1.gh-title")).getText(),
                "the call's title heads its page");
        browser.captureForReview("06-manager-call");
        browser.clickIdAndWaitForNewPage("screeningForm:setUpRound");
        assertEquals("evaluation/manage/round.xhtml", browser.currentPage());
        String judges = s.getJsonArray("judges").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(n -> String.valueOf(n.longValue()))
                .collect(Collectors.joining(","));
        JsonObject scored = post("?step=score&call=" + s.getJsonNumber("call") + "&manager="
                + s.getJsonNumber("managerId") + "&judges=" + judges);
        assertEquals(3, scored.getInt("sheets"));

        // The manager sees the score and admits with a reason.
        browser.open("incubation/intake/manage/call.xhtml?id=" + s.getJsonNumber("call"));
        String table = browser.visibleId("applicationsForm:applications").getText();
        assertTrue(table.contains("Solar drying for tea farms") && table.contains("rank 1, 3 judges"), table);
        browser.clickAndWaitForNewPage(By.linkText("Solar drying for tea farms"));
        assertEquals("incubation/intake/manage/application.xhtml", browser.currentPage());
        browser.click(By.cssSelector("[id='decisionForm:decision'] label[for='decisionForm:decision:0']"));
        browser.type("decisionForm:reason", "Strong pilot results and a clear market.");
        browser.captureForReview("07-manager-decides");
        browser.clickId("decisionForm:decide");
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), text("incubation.status.OFFERED")));
        assertTrue(TestDatabase.latestMailBodyTo(s.getString("founder"))
                .orElseThrow()
                .contains("Strong pilot results"));

        // The call's count of open offers opens the list of them; the manager reminds every one at once.
        browser.open("incubation/intake/manage/call.xhtml?id=" + s.getJsonNumber("call"));
        browser.clickAndWaitForNewPage(By.partialLinkText(text("incubation.status.OFFERED") + ": 1"));
        assertTrue(browser.currentQuery().contains("status=OFFERED"), browser.currentQuery());
        assertEquals(
                text("incubation.status.OFFERED"),
                browser.visibleId("applicationsForm:statusFilter_label").getText());
        assertTrue(browser.visibleId("applicationsForm:allMatching")
                .getText()
                .contains("All 1 applications matching the filter"));
        browser.click(By.cssSelector("[id='applicationsForm:allMatching'] .ui-chkbox-box"));
        browser.captureForReview("07b-manager-offers");
        browser.clickId("applicationsForm:remindSelected");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Reminders sent: 1."));
        assertTrue(TestDatabase.latestMailBodyTo(s.getString("founder"))
                .orElseThrow()
                .contains("still waits for your answer"));

        // The founder accepts before the deadline.
        browser.startFreshSession();
        signIn(s.getString("founder"), s.getString("password"));
        browser.open("incubation/intake/my/applications.xhtml");
        browser.captureForReview("08-offer");
        browser.click(By.cssSelector("button[id$=':accept']"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".gh-status"), text("incubation.status.ACCEPTED")));
        browser.captureForReview("09-accepted");
    }

    private void next() {
        browser.click(By.cssSelector("[id='applyForm:wizard'] .ui-wizard-nav-next"));
        browser.waitUntilIdle();
    }
}
