package org.greenhub.reserve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A reserve manager who reads GreenHub in Chinese finds the call among their calls, reads its projects counted by
 * status, opens the scored project, sees the grade its final score reaches by the call's bands, and lists it: the
 * project is listed with that grade, in Chinese throughout, and cannot be renewed before a renewal review.
 */
class ManagerListsProjectIT extends BrowserTest {

    private static String zh(String key) {
        return BundleText.translated("reserve", "zh_CN", key).orElseThrow();
    }

    @Test
    void theManagerListsAProject() {
        JsonObject scenario = postScenario("test-support/reserve-review-scenario");
        signIn(scenario.getString("manager"), scenario.getString("password"));
        browser.clickMenuLinkAndWaitForNewPage("navReserveCalls");
        assertEquals("reserve/manage/calls.xhtml", browser.currentPage());
        assertEquals("zh-CN", browser.pageLanguage());
        String callName = scenario.getString("callNameZh");
        assertTrue(browser.visibleId("calls").getText().contains(callName), "the manager's call is listed");
        browser.captureForReview("reserve-01-calls-zh");

        browser.clickAndWaitForNewPage(By.linkText(callName));
        assertEquals("reserve/manage/call.xhtml", browser.currentPage());
        String counts = browser.visibleId("statusCounts").getText();
        assertTrue(counts.contains(zh("reserve.review.status.IN_REVIEW") + ": 2"), counts);
        assertTrue(browser.visibleId("projectsForm:projectTable").getText().contains("Thu hồi nhiệt thải"));
        browser.captureForReview("reserve-02-call-zh");

        browser.clickAndWaitForNewPage(By.linkText("Điện mặt trời áp mái 4,2 MW"));
        assertEquals("reserve/manage/project.xhtml", browser.currentPage());
        assertEquals("90.00", browser.visibleId("score").getText());
        assertEquals(zh("reserve.grade.A"), browser.visibleId("proposedGrade").getText());
        browser.captureForReview("reserve-03-decision-zh");

        browser.clickIdAndWaitForNewPage("decisionForm:list");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), zh("reserve.review.project.listed")));
        String status = browser.visibleId("status").getText();
        assertTrue(status.contains(zh("reserve.review.status.LISTED")), status);
        assertTrue(status.contains(zh("reserve.grade.A")), status);
        assertTrue(
                browser.driver().findElements(By.id("decisionForm:list")).isEmpty(),
                "a listed project is not listed twice");
        assertTrue(
                browser.driver().findElements(By.id("decisionForm:renew")).isEmpty(),
                "a listing is renewed only after a renewal review, not straight away");
        assertTrue(
                browser.visibleId("renewalNotRequested").getText().contains(zh("reserve.renewal.notRequestedHint")),
                "the manager reads how a listing is renewed");
        browser.captureForReview("reserve-04-listed-zh");
    }
}
