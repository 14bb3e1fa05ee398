package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An enterprise's manager declares the year's figures in Chinese (a refusal beside the field first), and the zone's
 * administrator finds the declaration in the zone's list and returns it with a reason; the manager then reads it.
 */
class ZoneDeclarationJourneyIT extends BrowserTest {

    @Test
    void anEnterpriseDeclaresInChineseAndTheZoneReturnsIt() {
        JsonObject s = postScenario("test-support/declaration-scenario");
        signIn(s.getString("enterprise"), s.getString("password"));
        browser.open("zone/declare.xhtml");
        assertEquals("zh-CN", browser.pageLanguage());
        browser.type("declareForm:valueAdded_input", "12500");
        browser.type("declareForm:grossOutput_input", "48000");
        browser.type("declareForm:electricity_input", "100");
        browser.type("declareForm:greenElectricity_input", "150");
        browser.type("declareForm:naturalGas_input", "350000");
        browser.type("declareForm:cod_input", "2.1");
        browser.click(By.cssSelector("[id='declareForm:cleanerProductionAudit'] .ui-radiobutton-box"));
        browser.click(By.cssSelector("[id='declareForm:meetsStandards'] .ui-radiobutton-box"));
        browser.clickId("declareForm:file");
        browser.waitUntilIdle();
        String refusal = browser.visible(By.cssSelector("#declareForm .ui-message-error"))
                .getText();
        assertTrue(refusal.contains("绿色电力"), "the refusal is beside the field, in Chinese: " + refusal);
        browser.captureForReview("declare-01-refused-zh");

        // select what was typed and type over it, as a person would (the number field formats as one types)
        browser.visibleId("declareForm:greenElectricity_input")
                .sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "40");
        browser.clickIdAndWaitForNewPage("declareForm:file");
        assertEquals("zone/declaration.xhtml", browser.currentPage());
        assertEquals("待审核", browser.visibleId("status").getText());
        browser.captureForReview("declare-02-filed-zh");

        browser.startFreshSession();
        signIn(s.getString("reviewer"), s.getString("password"));
        browser.open("zone/zone.xhtml?id=" + s.getJsonNumber("zoneId"));
        browser.captureForReview("declare-03-review-list");
        browser.clickAndWaitForNewPage(By.linkText(s.getString("organisation")));
        browser.type("reviewForm:reason", "Natural gas looks like litres, not m³.");
        browser.clickId("reviewForm:return");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Returned for correction"));
        assertTrue(browser.visibleId("returnReason").getText().contains("litres"));
        browser.captureForReview("declare-04-returned");
    }
}
