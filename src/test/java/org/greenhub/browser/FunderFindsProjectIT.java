package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A bank's funder who reads GreenHub in Chinese lands on the funder home, searches the public reserve in Chinese,
 * opens the rooftop-solar project and reads the owner's contact (the owner chose to show it to funders), marks
 * interest with a note and saves a search; the owner, in English, accepts contact.
 */
class FunderFindsProjectIT extends BrowserTest {

    private static String zh(String key) {
        return BundleText.translated("reserve", "zh_CN", key).orElseThrow();
    }

    @Test
    void aFunderFindsTheProjectInChineseAndReadsItsContact() {
        JsonObject scenario = postScenario("test-support/reserve-scenario");
        String tag = scenario.getString("tag");
        String solar = "屋顶光伏 " + tag;

        signIn(scenario.getString("funder"), scenario.getString("password"));
        assertEquals("reserve/funder/home.xhtml", browser.currentPage(), "a funder's home");
        assertEquals("zh-CN", browser.pageLanguage());
        browser.clickIdAndWaitForNewPage("browseReserve");
        assertEquals("reserve/index.xhtml", browser.currentPage());

        browser.type("reserveForm:q", "屋顶光伏 " + tag);
        By table = By.id("reserveForm:projects");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(table, solar));
        browser.waitFor(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(table, "Wastewater reuse " + tag)));
        browser.waitUntilIdle();
        String row = browser.visible(table).getText();
        assertTrue(row.contains(zh("reserve.grade.A")), row);
        assertTrue(row.contains("12,000,000元"), "the amount as a Chinese reader writes it: " + row);
        browser.captureForReview("reserve-01-search-zh");

        browser.clickAndWaitForNewPage(By.linkText(solar));
        assertEquals("reserve/listed.xhtml", browser.currentPage());
        String contact = browser.visibleId("contact").getText();
        assertTrue(contact.contains(scenario.getString("owner")), contact);
        browser.captureForReview("reserve-02-project-zh");

        // The funder marks interest with a note and lands on the match's thread.
        browser.type("interestForm:note", "我行可提供绿色信贷，期限五年。");
        browser.clickIdAndWaitForNewPage("interestForm:markInterest");
        assertEquals("reserve/match.xhtml", browser.currentPage());
        assertEquals(
                zh("reserve.match.status.INTERESTED"),
                browser.visibleId("status").getText());
        assertTrue(browser.visibleId("thread").getText().contains("我行可提供绿色信贷，期限五年。"));
        browser.captureForReview("reserve-03-interest-marked-zh");

        // The funder saves a search for new clean-energy listings.
        browser.open("reserve/funder/searches.xhtml");
        browser.type("searchForm:name", "清洁能源 " + tag);
        browser.chooseInMenu("searchForm:category", zh("reserve.category.CLEAN_ENERGY"));
        browser.clickId("searchForm:save");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("searchForm:searches"), "清洁能源 " + tag));
        browser.waitUntilIdle();
        browser.captureForReview("reserve-05-saved-search-zh");

        // The owner opens the project's interest and accepts contact.
        browser.startFreshSession();
        signIn(scenario.getString("owner"), scenario.getString("password"));
        browser.open("reserve/interest.xhtml?project=" + scenario.getJsonNumber("solar"));
        browser.clickAndWaitForNewPage(By.cssSelector("[id$=':open']"));
        browser.clickId("threadForm:accept");
        browser.waitFor(ExpectedConditions.textToBe(
                By.id("status"), BundleText.english("reserve", "reserve.match.status.ACCEPTED")));
        browser.captureForReview("reserve-04-owner-accepted-en");

        // Signed out, the same page gives no contact, and a draft is not found.
        browser.startFreshSession();
        browser.open("reserve/listed.xhtml?id=" + scenario.getJsonNumber("solar"));
        assertFalse(browser.isPresent(By.id("contact")), "no contact for a visitor");
        browser.open("reserve/listed.xhtml?id=" + scenario.getJsonNumber("draft"));
        assertTrue(browser.isPresent(By.cssSelector("#errorPage[data-status='404']")), "a draft is not found");
    }
}
