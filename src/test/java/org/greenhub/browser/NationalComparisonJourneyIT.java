package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator who reads GreenHub in Chinese opens the national comparison from their home page, changes an
 * indicator's weight and sees the zone's index change, then records a major pollution accident for the dashboard
 * scenario's zone and reads its grade moved down one with the accident as the reason beside it. Anyone else signed in
 * is told the page does not exist.
 */
class NationalComparisonJourneyIT extends BrowserTest {

    /** The national plan's energy intensity, as a Chinese reader sees it in the weights table. */
    private static final String ENERGY_INTENSITY = "单位工业增加值综合能耗";

    private static String zh(String key) {
        return BundleText.translated("zonedashboard", "zh_CN", key).orElseThrow();
    }

    @Test
    void anAdministratorChangesAWeightAndRecordsAnAccidentInChinese() {
        JsonObject scenario = postScenario("test-support/zone-dashboard-scenario");
        int year = scenario.getInt("year");
        String zone = scenario.getString("zoneChinese");
        JsonObject accounts = postScenario("test-support/role-accounts");
        signIn(
                accounts.getJsonObject("accounts")
                        .getJsonObject("ADMINISTRATOR")
                        .getString("zh-CN"),
                accounts.getString("password"));

        browser.open("dashboard/admin.xhtml");
        browser.clickIdAndWaitForNewPage("toComparison");
        assertEquals("zone/admin/comparison.xhtml", browser.currentPage());
        assertEquals("zh-CN", browser.pageLanguage());
        // the scenario's declarations are last year's, whatever today is
        browser.open("zone/admin/comparison.xhtml?year=" + year);
        String main = browser.visible(By.tagName("main")).getText();
        assertTrue(main.contains(zh("zone.comparison.title")) && main.contains(zh("zone.comparison.bands")), main);
        String indexBefore = cell(zone, "index");
        assertTrue(indexBefore.matches("\\d{1,3}\\.\\d\\d"), "an index to two decimals: " + indexBefore);
        browser.captureForReview("zone-comparison-01-overview-zh");

        String weightInput = weightInputOf(ENERGY_INTENSITY);
        String weightBefore = browser.visibleId(weightInput).getAttribute("value");
        browser.type(weightInput, "一百");
        browser.clickId("weightsForm:saveWeights");
        browser.waitUntilIdle();
        assertEquals(
                BundleText.translated("zonefactors", "zh_CN", "zone.factors.validation.number")
                        .orElseThrow(),
                browser.visible(By.cssSelector("[id='weightsForm'] .ui-message-error"))
                        .getText(),
                "a weight that is not a number is refused beside its field");
        assertEquals(indexBefore, cell(zone, "index"), "nothing saved");

        browser.type(weightInput, "0");
        browser.clickId("weightsForm:saveWeights");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='weightsForm'] .ui-messages"), zh("zone.comparison.weightsSaved")));
        assertNotEquals(indexBefore, cell(zone, "index"), "energy intensity no longer counts in the index");
        // the index ranks the scenario's zone among every zone in the database (other tests' too), so its band may be
        // any grade; D has none below it and stays D, with the reason shown all the same
        String gradeBefore = cell(zone, "grade");

        browser.chooseInMenu("accidentForm:zone", zone);
        browser.type("accidentForm:occurredOn_input", year + "-08-12" + Keys.TAB);
        browser.type("accidentForm:description", "化工厂溶剂泄漏进入运河");
        browser.type("accidentForm:source", "省生态环境厅第17号通报");
        browser.clickId("accidentForm:record");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='accidentForm'] .ui-messages"), zh("zone.comparison.accidentRecorded")));
        String gradeAfter = cell(zone, "grade");
        assertEquals(
                "D".equals(gradeBefore) ? "D" : String.valueOf((char) (gradeBefore.charAt(0) + 1)),
                gradeAfter,
                "one grade down");
        assertEquals(
                "D".equals(gradeBefore)
                        ? MessageFormat.format(zh("zone.comparison.accidentAtLowest"), "化工厂溶剂泄漏进入运河")
                        : MessageFormat.format(zh("zone.comparison.downgraded"), gradeBefore, "化工厂溶剂泄漏进入运河"),
                cell(zone, "downgrade"),
                "the reason beside the grade");
        browser.captureForReview("zone-comparison-02-downgraded-zh");

        // the weights are everyone's: leave them as they were
        browser.type(weightInputOf(ENERGY_INTENSITY), weightBefore);
        browser.clickId("weightsForm:saveWeights");
        browser.waitUntilIdle();
        assertEquals(indexBefore, cell(zone, "index"), "the weight back, the index back");
    }

    @Test
    void anyoneButAnAdministratorIsToldThePageDoesNotExist() {
        JsonObject accounts = postScenario("test-support/role-accounts");
        for (String role : new String[] {"ZONE_ADMINISTRATOR", "PROGRAMME_MANAGER", "APPLICANT"}) {
            String email =
                    accounts.getJsonObject("accounts").getJsonObject(role).getString("en");
            HttpResponse<String> page = new Http(base)
                    .send(new Http(base)
                            .request("zone/admin/comparison.xhtml")
                            .header("Authorization", Http.basic(email, accounts.getString("password")))
                            .GET()
                            .build());
            assertEquals(404, page.statusCode(), role);
        }
    }

    private WebElement row(String zone) {
        return browser.visible(By.xpath("//tbody[contains(@id, 'results_data')]/tr[contains(., '" + zone + "')]"));
    }

    private String cell(String zone, String id) {
        return row(zone).findElement(By.cssSelector("[id$=':" + id + "']")).getText();
    }

    private String weightInputOf(String indicator) {
        return browser.visible(By.xpath(
                        "//tbody[contains(@id, 'weightTable_data')]/tr[contains(., '" + indicator + "')]//input"))
                .getAttribute("id");
    }
}
