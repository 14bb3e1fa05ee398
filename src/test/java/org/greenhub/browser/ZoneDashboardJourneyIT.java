package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A zone administrator who reads GreenHub in Chinese opens their zone's dashboard from their home page: the year's
 * energy and CO2, the indicators against their targets, the sectors and the largest emitters; they switch the trend
 * chart to another indicator and enter the zone's own PM2.5 figure with its evidence.
 */
class ZoneDashboardJourneyIT extends BrowserTest {

    private static String zh(String key) {
        return BundleText.translated("zonedashboard", "zh_CN", key).orElseThrow();
    }

    @Test
    void aZoneAdministratorReadsTheDashboardAndEntersAValueInChinese() throws Exception {
        JsonObject scenario = postScenario("test-support/zone-dashboard-scenario");
        String year = String.valueOf(scenario.getInt("year"));

        signIn(scenario.getString("administrator"), scenario.getString("password"));
        assertEquals("zh-CN", browser.pageLanguage());
        browser.open("zone/home.xhtml");
        browser.clickAndWaitForNewPage(By.xpath(
                "//tr[contains(., '" + scenario.getString("zoneChinese") + "')]//a[contains(@id, 'dashboard')]"));
        assertEquals("zone/dashboard.xhtml", browser.currentPage());
        // the year of the scenario's declarations, whatever today is
        browser.open("zone/dashboard.xhtml?zone=" + scenario.getJsonNumber("zoneId") + "&year=" + year);

        String main = browser.visible(By.tagName("main")).getText();
        assertTrue(browser.visible(By.tagName("h1")).getText().contains(scenario.getString("zoneChinese")), main);
        assertTrue(
                main.contains(zh("zone.dashboard.largest")) && main.contains("新能源电池") && main.contains("纺织印染"), main);
        assertTrue(browser.visibleId("energy").getText().endsWith("吨标准煤"), main);
        assertEquals("4", browser.visibleId("enterprises").getText());
        assertEquals("1", browser.visibleId("missing").getText(), "the quiet works has not declared");
        assertEquals(
                3,
                browser.driver()
                        .findElements(By.cssSelector("[id$='emitterTable_data'] tr"))
                        .size());
        assertTrue(main.contains("单位工业增加值综合能耗") && main.contains(zh("zone.dashboard.status.NO_VALUE")), main);
        browser.captureForReview("zone-dashboard-01-overview-zh");

        browser.chooseInMenu("trendForm:indicator", "一般工业固体废物综合利用率");
        browser.waitUntilIdle();
        assertTrue(browser.isPresent(By.cssSelector("[id='trendForm:trendChart'] canvas")));
        // The chart's figures as a table under it (its text alternative), captioned with the indicator's name.
        browser.click(By.cssSelector("#trendData > summary"));
        String name = (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "return document.getElementById(arguments[0].getAttribute('aria-labelledby')).textContent;",
                        browser.visible(By.cssSelector("#trendData table")));
        assertTrue(name.contains("一般工业固体废物综合利用率"), "the table is named by the indicator: " + name);
        assertEquals(
                String.valueOf(year),
                browser.driver()
                        .findElement(By.cssSelector("[id$='trendTable_data'] > tr:last-child > td"))
                        .getAttribute("textContent")
                        .replace(zh("zone.dashboard.year"), "")
                        .strip());
        browser.captureForReview("zone-dashboard-01b-trend-figures-zh");

        Path evidence = Files.createTempFile("pm25-", ".pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes());
        browser.chooseInMenu("enterForm:indicator", "PM2.5浓度低于50微克/立方米的天数 (天)");
        browser.type("enterForm:value", "291");
        browser.type("enterForm:note", "市环境监测站年报");
        browser.visible(By.cssSelector("[id='enterForm'] input[type=file]"))
                .sendKeys(evidence.toAbsolutePath().toString());
        browser.clickIdAndWaitForNewPage("enterForm:saveValue");
        String row =
                browser.visible(By.xpath("//tr[contains(., 'PM2.5浓度低于50微克')]")).getText();
        assertTrue(row.contains("291") && row.contains("市环境监测站年报"), row);
        browser.captureForReview("zone-dashboard-02-entered-zh");
    }
}
