package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.text.MessageFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator who reads GreenHub in Chinese copies the seeded factor table to a new year, is told beside the field
 * that a word and a negative number are no factor, and changes electricity's CO2 emission factor: the table shows the
 * new value with its unit and source, and the revision that results will cite.
 */
class FactorTablesJourneyIT extends BrowserTest {

    private static final By FACTOR_DIALOG = By.id("factorDialog");

    private static String zh(String key) {
        return BundleText.translated("zonefactors", "zh_CN", key).orElseThrow();
    }

    @Test
    void anAdministratorEditsAFactorInChinese() {
        JsonObject accounts = postScenario("test-support/role-accounts");
        String administrator = accounts.getJsonObject("accounts")
                .getJsonObject("ADMINISTRATOR")
                .getString("zh-CN");
        signIn(administrator, accounts.getString("password"));
        browser.clickMenuLinkAndWaitForNewPage("navZoneFactors");
        assertEquals("zone/admin/factors.xhtml", browser.currentPage());
        assertEquals("zh-CN", browser.pageLanguage());
        String seeded = browser.visibleId("tableForm:factors").getText();
        assertTrue(seeded.contains("0.0012143 " + zh("zone.factors.tceUnit.NATURAL_GAS")), seeded);
        assertTrue(seeded.contains("GB/T 2589-2020"), "every value names its source: " + seeded);
        browser.captureForReview("factors-01-table-zh");

        // A year of its own: the latest free one, read from the page's year menu.
        Set<String> taken = browser.driver().findElements(By.cssSelector("[id='tableForm:year_input'] option")).stream()
                .map(o -> o.getAttribute("value"))
                .collect(Collectors.toSet());
        int year = 2100;
        while (taken.contains(Integer.toString(year))) {
            year--;
        }
        browser.clickId("tableForm:copy");
        browser.visible(By.id("copyDialog"));
        browser.waitUntilIdle();
        browser.type("copyForm:toYear", Integer.toString(year));
        browser.clickId("copyForm:copySave");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("copyDialog")));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), MessageFormat.format(zh("zone.factors.copied"), Integer.toString(year))));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("revision"), MessageFormat.format(zh("zone.factors.revision"), Integer.toString(year), 1)));

        browser.clickId("tableForm:factors:0:edit");
        browser.visible(FACTOR_DIALOG);
        browser.waitUntilIdle();
        browser.type("factorForm:co2PerUnit", "五点七");
        browser.clickId("factorForm:save");
        browser.waitUntilIdle();
        assertEquals(
                zh("zone.factors.validation.number"),
                browser.visible(By.cssSelector("[id='factorForm:co2PerUnit'] ~ .ui-message-error, "
                                + "[id='factorForm'] .ui-message-error"))
                        .getText());
        browser.type("factorForm:co2PerUnit", "-0.5366");
        browser.clickId("factorForm:save");
        browser.waitUntilIdle();
        assertEquals(
                zh("zone.factors.validation.notPositive"),
                browser.visible(By.cssSelector("[id='factorForm'] .ui-message-error"))
                        .getText());
        browser.captureForReview("factors-02-refused-zh");

        browser.type("factorForm:co2PerUnit", "0.5366");
        browser.type("factorForm:co2Source", "生态环境部 2023年全国电力平均二氧化碳排放因子");
        browser.clickId("factorForm:save");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(FACTOR_DIALOG));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("revision"), MessageFormat.format(zh("zone.factors.revision"), Integer.toString(year), 2)));
        String electricity = browser.visibleId("tableForm:factors:0:co2").getText();
        assertEquals("0.5366 " + zh("zone.factors.co2Unit.ELECTRICITY"), electricity);
        assertTrue(browser.visibleId("tableForm:factors").getText().contains("生态环境部 2023年全国电力平均二氧化碳排放因子"));
        browser.captureForReview("factors-03-changed-zh");
    }
}
