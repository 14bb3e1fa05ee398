package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A founder whose account is in Chinese places their start-up in a zone record: the zone select names the zones in
 * Chinese, "another zone" opens a field for a zone GreenHub has no record of, and the chosen zone is kept.
 */
class ZoneLinkIT extends BrowserTest {

    @Test
    void aFounderChoosesTheirZoneFromTheListInChinese() {
        JsonObject scene = postScenario("test-support/zone-link-scenario");
        String zone = scene.getString("zoneChinese");
        signIn(scene.getString("founder"), scene.getString("password"));
        browser.open("organisation/view.xhtml?id=" + scene.getJsonNumber("organisationId"));
        assertEquals("zh-CN", browser.pageLanguage());
        assertFalse(browser.isPresent(By.id("recordForm:zone")), "no free-text field while no zone is chosen");

        browser.chooseInMenu("recordForm:zoneChoice", "其他园区（请填写名称）");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recordForm:zone")));
        browser.captureForReview("zone-link-01-other-zone-zh");

        browser.chooseInMenu("recordForm:zoneChoice", zone);
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("recordForm:zone")));
        browser.clickId("recordForm:save");
        browser.waitUntilIdle();
        browser.captureForReview("zone-link-02-saved-zh");

        browser.open("organisation/view.xhtml?id=" + scene.getJsonNumber("organisationId"));
        String shown = browser.visibleId("recordForm:zoneChoice_label").getText();
        assertTrue(shown.contains(zone), "the record names its zone in the reader's language: " + shown);
    }
}
