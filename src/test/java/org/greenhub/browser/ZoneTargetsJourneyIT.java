package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.UUID;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A zone administrator who reads GreenHub in Vietnamese reads the indicator sets, opens their zone's targets, is told
 * that a range cannot end below its start, and sets the Vietnamese programme's 40–45 % green-technology share.
 */
class ZoneTargetsJourneyIT extends BrowserTest {

    private static final String VN_SET = "Chương trình tăng trưởng xanh của Việt Nam";
    private static final String SHARE = "Tỷ trọng giá trị sản xuất công nghiệp từ công nghệ xanh";

    private static String vi(String key) {
        return BundleText.translated("zonefactors", "vi", key).orElseThrow();
    }

    @Test
    void aZoneAdministratorSetsATargetRangeInVietnamese() {
        JsonObject accounts = postScenario("test-support/role-accounts");
        String zoneAdministrator = accounts.getJsonObject("accounts")
                .getJsonObject("ZONE_ADMINISTRATOR")
                .getString("vi");
        String code = "HL" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);

        // An administrator adds the zone and names the zone administrator.
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.open("zone/admin/zones.xhtml");
        browser.clickId("listForm:add");
        browser.visible(By.id("zoneDialog"));
        browser.waitUntilIdle();
        browser.type("zoneForm:code", code);
        browser.type("zoneForm:name", "Hoa Lac " + code);
        browser.type("zoneForm:nameVi", "Khu công nghệ cao Hòa Lạc " + code);
        browser.type("zoneForm:administrators", zoneAdministrator);
        browser.clickId("zoneForm:save");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("zoneDialog")));

        browser.startFreshSession();
        signIn(zoneAdministrator, accounts.getString("password"));
        assertEquals("vi", browser.pageLanguage());
        browser.clickMenuLinkAndWaitForNewPage("navZoneIndicators");
        assertEquals("zone/indicators.xhtml", browser.currentPage());
        String sets = browser.visible(By.tagName("main")).getText();
        assertTrue(sets.contains(VN_SET) && sets.contains(SHARE), sets);
        assertTrue(sets.contains(vi("zone.indicators.direction.HIGHER_IS_BETTER")), sets);
        browser.captureForReview("targets-01-indicator-sets-vi");

        browser.open("zone/home.xhtml");
        browser.clickAndWaitForNewPage(By.partialLinkText("Khu công nghệ cao Hòa Lạc " + code));
        browser.clickIdAndWaitForNewPage("targets");
        assertEquals("zone/targets.xhtml", browser.currentPage());
        // A year of the test's own, whatever today is.
        browser.open("zone/targets.xhtml?" + browser.currentQuery().replaceAll("&?year=\\d+", "") + "&year=2033");
        assertTrue(browser.visible(By.tagName("h1")).getText().contains("Khu công nghệ cao Hòa Lạc " + code));

        By edit = By.xpath("//tr[contains(., '" + VN_SET + "') and contains(., '" + SHARE + "')]//button");
        browser.click(edit);
        browser.visible(By.id("targetDialog"));
        browser.waitUntilIdle();
        browser.type("targetForm:low", "45");
        browser.type("targetForm:high", "40");
        browser.clickId("targetForm:save");
        browser.waitUntilIdle();
        assertEquals(
                vi("zone.targets.validation.rangeOrder"),
                browser.visible(By.cssSelector("[id='targetForm'] .ui-message-error"))
                        .getText());
        browser.captureForReview("targets-02-refused-vi");

        browser.type("targetForm:low", "40");
        browser.type("targetForm:high", "45");
        browser.clickId("targetForm:save");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("targetDialog")));
        String row = browser.visible(By.xpath("//tr[contains(., '" + VN_SET + "') and contains(., '" + SHARE + "')]"))
                .getText();
        assertTrue(row.matches("(?s).*40–45 %.*40–45 %.*"), "the programme's range and the zone's: " + row);
        browser.captureForReview("targets-03-set-vi");
    }
}
