package org.greenhub.reserve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A financed project's owner reports a year's realised benefits (a negative figure is refused beside its field), and
 * the call's reserve manager sees the financing and the results on the reserve dashboard.
 */
class ReserveFinancingJourneyIT extends BrowserTest {

    private static String en(String key) {
        return BundleText.english("reserve", key);
    }

    @Test
    void theOwnerReportsAYearAndTheManagerSeesItOnTheDashboard() {
        JsonObject s = postScenario("test-support/reserve-financing-scenario");
        long project = s.getJsonNumber("projectId").longValue();

        signIn(s.getString("owner"), s.getString("password"));
        browser.open("reserve/financing.xhtml?project=" + project);
        assertEquals("8,000,000 yuan", browser.visibleId("raised").getText());
        assertTrue(browser.visibleId("partsTable").getText().contains("contract.pdf"));

        browser.type("resultsForm:energySavedTce_input", "540");
        browser.type("resultsForm:co2AvoidedT_input", "-5");
        browser.clickId("resultsForm:reportResults");
        assertEquals(
                en("reserve.results.negative"),
                browser.visible(By.cssSelector("[id='resultsForm'] .ui-message-error"))
                        .getText());
        // the number field formats as one types: select what is there and type over it (clear() leaves it)
        org.openqa.selenium.WebElement co2 = browser.visibleId("resultsForm:co2AvoidedT_input");
        co2.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "3650");
        browser.clickId("resultsForm:reportResults");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), en("reserve.results.reported")));
        String table = browser.visibleId("resultsTable").getText();
        assertTrue(table.contains("3,650"), table);
        browser.captureForReview("reserve-financing-01-owner-reported");

        browser.startFreshSession();
        signIn(s.getString("manager"), s.getString("password"));
        browser.open("reserve/manage/dashboard.xhtml");
        assertEquals("8,000,000", browser.visibleId("totalRaised").getText());
        assertTrue(browser.visibleId("benefitsTable").getText().contains("3,650 of 3,900"));
        browser.captureForReview("reserve-dashboard-01-manager");
    }
}
