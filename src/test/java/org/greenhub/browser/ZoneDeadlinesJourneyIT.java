package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A zone administrator finds the enterprises that missed last year's deadline on the zone's record, reminds one of
 * them now, and sets the deadline's reminders (a bad value refused beside the field first); the Thai enterprise's
 * founder reads the deadline on the declare page in Thai, with the time zone named.
 */
class ZoneDeadlinesJourneyIT extends BrowserTest {

    private static String th(String key) {
        return BundleText.translated("zoneimport", "th", key).orElseThrow();
    }

    @Test
    void theZoneRemindsTheOverdueAndSetsItsDeadline() {
        JsonObject s = postScenario("test-support/zone-import-scenario");
        String thai = s.getString("thaiOrganisation");
        String chinese = s.getString("chineseOrganisation");
        signIn(s.getString("reviewer"), s.getString("password"));
        browser.open("zone/zone.xhtml?id=" + s.getJsonNumber("zoneId"));
        String list = browser.visibleId("overdueForm:overdueTable").getText();
        assertTrue(list.contains(thai) && list.contains(chinese), list);
        assertTrue(list.contains(s.getString("thaiCode")), "the credit code beside the name: " + list);
        assertTrue(list.contains("Not filed"), list);

        browser.click(By.xpath("//tr[contains(., '" + thai + "')]//div[contains(@class, 'ui-chkbox-box')]"));
        browser.clickId("overdueForm:remind");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-info"), "Reminders sent: 1."));
        String row =
                browser.visible(By.xpath("//tr[contains(., '" + thai + "')]")).getText();
        assertTrue(row.contains("(Asia/Shanghai)"), "when it was reminded, with the zone named: " + row);
        browser.captureForReview("deadlines-01-overdue-reminded");

        browser.clickIdAndWaitForNewPage("deadlines");
        assertEquals("zone/deadlines.xhtml", browser.currentPage());
        String listed = browser.visibleId("deadlinesForm:deadlines").getText();
        assertTrue(listed.contains("China Standard Time UTC+8") && listed.contains("Passed"), listed);
        browser.click(By.xpath("//tr[contains(., '" + s.getInt("year") + "')]//button"));
        browser.type("deadlineForm:reminderDays", "90");
        browser.clickId("deadlineForm:save");
        String refusal = browser.visible(By.cssSelector("[id='deadlineForm'] .ui-message-error"))
                .getText();
        assertTrue(refusal.contains("1 to 60"), refusal);
        browser.captureForReview("deadlines-02-refused");
        browser.type("deadlineForm:reminderDays", "21, 7");
        browser.clickId("deadlineForm:save");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("deadlinesForm:deadlines"), "21, 7 days before"));
        browser.captureForReview("deadlines-03-saved");

        browser.startFreshSession();
        signIn(s.getString("thai"), s.getString("password"));
        browser.open("zone/declare.xhtml");
        assertEquals("th", browser.pageLanguage());
        String notice = browser.visible(By.cssSelector(".gh-deadline")).getText();
        assertTrue(notice.contains("เวลามาตรฐานจีน UTC+8"), "the time zone named in Thai: " + notice);
        assertTrue(notice.startsWith(th("zoneimport.declare.duePassed").substring(0, 12)), notice);
        browser.captureForReview("deadlines-04-declare-th");
    }
}
