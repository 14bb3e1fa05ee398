package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.UUID;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator adds two zones and names a zone administrator for one; the zone administrator, in Chinese, lands on
 * their zones, reads their zone's record, and gets "not found" for the other zone.
 */
class ZoneAdministrationJourneyIT extends BrowserTest {

    private static final By ZONE_DIALOG = By.id("zoneDialog");

    @Test
    void anAdministratorNamesAZoneAdministratorWhoSeesOnlyTheirZoneInChinese() {
        JsonObject accounts = postScenario("test-support/role-accounts");
        String zoneAdministrator = accounts.getJsonObject("accounts")
                .getJsonObject("ZONE_ADMINISTRATOR")
                .getString("zh-CN");
        String password = accounts.getString("password");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String mine = "SIP" + suffix;
        String other = "ZGC" + suffix;

        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.clickMenuLinkAndWaitForNewPage("navZones");
        assertEquals("zone/admin/zones.xhtml", browser.currentPage());

        // A name that is no account is refused beside the field, and nothing is stored.
        openNewZoneDialog();
        fillZone(
                mine,
                "Suzhou Industrial Park " + suffix,
                "苏州工业园区 " + suffix,
                "nobody-" + suffix.toLowerCase(Locale.ROOT) + "@example.test");
        browser.clickId("zoneForm:save");
        browser.waitUntilIdle();
        String refusal = browser.visible(By.cssSelector("[id='zoneForm'] .ui-message-error"))
                .getText();
        assertTrue(refusal.contains("nobody-"), refusal);
        browser.captureForReview("zone-01-dialog-refused");

        browser.type("zoneForm:administrators", zoneAdministrator);
        browser.clickId("zoneForm:save");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(ZONE_DIALOG));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), MessageFormat.format(BundleText.english("zone", "zone.admin.added"), mine)));

        openNewZoneDialog();
        fillZone(other, "Zhongguancun " + suffix, null, null);
        browser.clickId("zoneForm:save");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(ZONE_DIALOG));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("listForm:zones"), other));
        browser.captureForReview("zone-02-zones-list");
        String otherLink = browser.visible(By.linkText(other)).getAttribute("href");

        // The zone administrator signs in on their own computer, in their language (Chinese).
        browser.startFreshSession();
        signIn(zoneAdministrator, password);
        assertEquals("zone/home.xhtml", browser.currentPage(), "a zone administrator's home is their zones");
        assertEquals("zh-CN", browser.pageLanguage());
        String home = browser.visibleId("zones").getText();
        assertTrue(home.contains("苏州工业园区 " + suffix) && home.contains(mine), home);
        assertTrue(!home.contains(other), "another zone is not listed: " + home);
        browser.captureForReview("zone-03-home-zh");

        browser.clickAndWaitForNewPage(By.partialLinkText("苏州工业园区 " + suffix));
        assertEquals("zone/zone.xhtml", browser.currentPage());
        assertEquals(mine, browser.visibleId("code").getText());
        assertEquals(
                "1,234.5 平方公里", browser.visibleId("area").getText(), "the area in the reader's number format and unit");
        assertEquals(
                BundleText.translated("zone", "zh_CN", "zone.level.PROVINCIAL").orElseThrow(),
                browser.visibleId("level").getText());
        browser.captureForReview("zone-04-record-zh");

        HttpResponse<String> hidden = new Http(base)
                .send(new Http(base)
                        .request(otherLink.substring(otherLink.indexOf("zone/zone.xhtml")))
                        .header("Authorization", Http.basic(zoneAdministrator, password))
                        .GET()
                        .build());
        assertEquals(404, hidden.statusCode(), "another zone's record is not found for this zone administrator");
    }

    private void openNewZoneDialog() {
        browser.clickId("listForm:add");
        browser.visible(ZONE_DIALOG);
        browser.waitUntilIdle();
    }

    private void fillZone(String code, String nameEn, String nameZh, String administrators) {
        browser.type("zoneForm:code", code);
        browser.type("zoneForm:name", nameEn);
        if (nameZh != null) {
            browser.type("zoneForm:nameZh", nameZh);
            browser.chooseInMenu("zoneForm:level", BundleText.english("zone", "zone.level.PROVINCIAL"));
            browser.type("zoneForm:province", "Jiangsu");
            browser.type("zoneForm:city", "Suzhou");
            browser.type("zoneForm:area_input", "1234.5");
        }
        if (administrators != null) {
            browser.type("zoneForm:administrators", administrators);
        }
    }
}
