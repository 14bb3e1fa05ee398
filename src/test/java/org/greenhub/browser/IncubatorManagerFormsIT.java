package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An incubator's manager keeps its record and its residency rules, saving each form twice in a row: the second save
 * must carry the version the first one left (a stale version would be refused as "changed elsewhere" and the second
 * value lost).
 */
class IncubatorManagerFormsIT extends BrowserTest {

    @Test
    void theManagerSavesTheRecordAndTheRulesTwiceInARow() {
        JsonObject s = postScenario("test-support/residency-scenario");
        signIn(s.getString("manager"), s.getString("password"));
        String record = "incubation/intake/manage/incubator.xhtml?id=" + s.getJsonNumber("incubatorId");

        browser.open(record);
        assertEquals(
                s.getString("incubator"),
                browser.visible(By.cssSelector("h1.gh-title")).getText());
        saveZone("West Park, building 3");
        saveZone("West Park, building 7");
        browser.open(record);
        assertEquals(
                "West Park, building 7", browser.visibleId("recordForm:zone").getAttribute("value"));
        browser.captureForReview("incubator-record-saved-twice");

        String rules = "incubation/residency/policy.xhtml?incubator=" + s.getJsonNumber("incubatorId");
        browser.open(rules);
        saveStandardMonths("36");
        saveStandardMonths("40");
        browser.open(rules);
        assertEquals("40", browser.visibleId("policyForm:standardMonths_input").getAttribute("value"));
        browser.captureForReview("residency-rules-saved-twice");
    }

    private void saveZone(String zone) {
        browser.type("recordForm:zone", zone);
        browser.clickId("recordForm:save");
        assertSaved(BundleText.english("incubation", "incubation.ui.incubator.saved"));
    }

    private void saveStandardMonths(String months) {
        var input = browser.visibleId("policyForm:standardMonths_input");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(months);
        browser.clickId("policyForm:save");
        assertSaved(BundleText.english("residency", "residency.policy.saved"));
    }

    /** The page says the form is saved and reports no error (a stale version would answer "changed elsewhere"). */
    private void assertSaved(String saved) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), saved));
        String messages = browser.visibleId("pageMessages").getText();
        assertFalse(browser.isPresent(By.cssSelector("#pageMessages .ui-messages-error")), messages);
    }
}
