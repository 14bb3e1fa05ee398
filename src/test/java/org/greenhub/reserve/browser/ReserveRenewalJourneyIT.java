package org.greenhub.reserve.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Vietnamese owner opens their listed project: the evidence file is a link that downloads it (as a PDF attachment
 * with its name; a stranger is told "not found"), and they request a renewal, which the page then says is awaiting a
 * new review. The call's manager, reading Chinese, finds the renewals on the call's page and the call's zones as zone
 * records, named in Chinese, on its form.
 */
class ReserveRenewalJourneyIT extends BrowserTest {

    private static String vi(String key) {
        return BundleText.translated("reserve", "vi", key).orElseThrow();
    }

    private static String zh(String key) {
        return BundleText.translated("reserve", "zh_CN", key).orElseThrow();
    }

    @Test
    void theOwnerDownloadsEvidenceAndRequestsARenewalTheManagerSeesRenewalsAndZones() {
        JsonObject s = postScenario("test-support/reserve-renewal-scenario");
        long project = s.getJsonNumber("projectId").longValue();
        String password = s.getString("password");

        String evidencePath = "api/reserve/projects/" + project + "/evidence/FEASIBILITY_STUDY";
        HttpResponse<String> download = new Http(base).get(evidencePath, Http.basic(s.getString("owner"), password));
        assertEquals(200, download.statusCode());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        String disposition =
                download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment"), disposition);
        assertTrue(disposition.contains("B%C3%A1o%20c%C3%A1o"), "the file's own name: " + disposition);
        assertEquals(
                404,
                new Http(base)
                        .get(evidencePath, Http.basic(s.getString("stranger"), password))
                        .statusCode(),
                "nobody else learns the file exists");

        signIn(s.getString("owner"), password);
        browser.open("reserve/project.xhtml?id=" + project);
        assertEquals("vi", browser.pageLanguage());
        String link = browser.visible(By.cssSelector("#evidence a")).getAttribute("href");
        assertTrue(link.endsWith(evidencePath), link);
        assertEquals(
                "Báo cáo nghiên cứu khả thi.pdf",
                browser.visible(By.cssSelector("#evidence a")).getText());
        browser.captureForReview("reserve-renewal-01-owner-vi");

        browser.clickId("renewalForm:requestRenewal");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("renewalForm:renewalRequested")));
        assertTrue(
                browser.visibleId("pageMessages").getText().contains(vi("reserve.renewal.requested")),
                browser.visibleId("pageMessages").getText());
        assertTrue(
                browser.driver()
                        .findElements(By.id("renewalForm:requestRenewal"))
                        .isEmpty(),
                "a renewal is requested once");
        browser.captureForReview("reserve-renewal-02-requested-vi");

        browser.startFreshSession();
        signIn(s.getString("manager"), password);
        browser.open("reserve/manage/call.xhtml?id=" + s.getJsonNumber("callId").longValue());
        assertEquals("zh-CN", browser.pageLanguage());
        assertTrue(browser.visibleId("renewals").getText().contains(zh("reserve.renewal.addRound")));
        assertEquals(
                "1", browser.visibleId("renewalRequests").getText(), "the owner's request waits for a renewal review");
        assertTrue(browser.driver().getPageSource().contains("苏州工业园区"), "the call's zone is named in Chinese");
        browser.captureForReview("reserve-renewal-03-call-zh");

        browser.open("reserve/manage/project.xhtml?id=" + project);
        assertTrue(
                browser.visibleId("renewalAwaiting").getText().contains(zh("reserve.renewal.awaitingReview")),
                "the manager is told a renewal awaits its review");
        assertTrue(
                browser.driver().findElements(By.id("decisionForm:renew")).isEmpty(),
                "no renewal without a renewal review");
        browser.captureForReview("reserve-renewal-04-project-zh");

        browser.open("reserve/manage/edit.xhtml?id=" + s.getJsonNumber("callId").longValue());
        assertTrue(
                browser.visibleId("callForm:zoneIds").getText().contains("苏州工业园区"),
                "the call's zone record is chosen, named in Chinese");
        browser.captureForReview("reserve-renewal-05-call-form-zh");
    }
}
