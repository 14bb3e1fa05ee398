package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An enterprise's manager saves the 2022 declaration as a draft in Chinese, comes back to it and files it; the page
 * shows its energy and CO2 from the seeded 2022 factor table. The zone's administrator sees the figures and a flag
 * mark in the zone's list (the energy intensity is 8× the sector's median) and the flag's reason on the declaration.
 */
class ZoneDeclarationFiguresJourneyIT extends BrowserTest {

    @Test
    void anEnterpriseSavesADraftThenFilesAndTheZoneSeesFiguresAndAFlag() {
        JsonObject s = postScenario("test-support/declaration-flag-scenario");
        String form = "zone/declare.xhtml?organisation=" + s.getJsonNumber("organisationId") + "&year=2022";
        signIn(s.getString("enterprise"), s.getString("password"));
        browser.open(form);
        assertEquals("zh-CN", browser.pageLanguage());
        browser.type("declareForm:valueAdded_input", "1000");
        browser.type("declareForm:electricity_input", "8000");
        browser.clickId("declareForm:saveDraft");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "草稿已保存"));
        browser.captureForReview("declare-figures-01-draft-zh");

        // back later: the form continues the draft, with what was typed
        browser.open(form);
        assertTrue(browser.visibleId("declareForm:draftHint").getText().contains("草稿"));
        browser.type("declareForm:grossOutput_input", "4000");
        browser.click(By.cssSelector("[id='declareForm:cleanerProductionAudit'] .ui-radiobutton-box"));
        browser.click(By.cssSelector("[id='declareForm:meetsStandards'] .ui-radiobutton-box"));
        browser.clickIdAndWaitForNewPage("declareForm:file");
        assertEquals("zone/declaration.xhtml", browser.currentPage());
        assertEquals("待审核", browser.visibleId("status").getText());
        // 8,000 MWh × 0.1229 tce and × 0.5703 t CO2 (the seeded 2022 table), for 1,000 × 10,000 yuan
        assertEquals("983.2", browser.visibleId("energyTce").getText());
        assertEquals("4,562.4", browser.visibleId("co2T").getText());
        assertTrue(browser.visibleId("factorTable").getText().contains("2022年"));
        assertTrue(!browser.isPresent(By.id("flags")), "the enterprise does not read the reviewer's flags");
        assertTrue(browser.isPresent(By.id("evidenceForm")), "the enterprise can attach evidence to the filed version");
        browser.captureForReview("declare-figures-02-filed-zh");

        browser.startFreshSession();
        signIn(s.getString("reviewer"), s.getString("password"));
        browser.open("zone/zone.xhtml?id=" + s.getJsonNumber("zoneId"));
        String mark = browser.visible(By.cssSelector("[id$=':flagged']")).getText();
        assertTrue(mark.contains("flagged"), mark);
        assertTrue(browser.visible(By.cssSelector("[id$=':energy']")).getText().matches("[0-9.,]+"));
        browser.captureForReview("declare-figures-03-review-list");
        browser.clickAndWaitForNewPage(By.linkText(s.getString("organisation")));
        String reason = browser.visibleId("flags").getText();
        assertTrue(reason.contains("8 times the median"), reason);
        assertEquals("983.2", browser.visibleId("energyTce").getText());
        browser.captureForReview("declare-figures-04-flag");
    }
}
