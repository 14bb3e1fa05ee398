package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A competition's manager (in Chinese) nominates the edition's award winner to a reserve call; the winner's founder
 * follows the mailed link and finds the declaration form filled from the winning entry, in Vietnamese.
 */
class ReserveNominationJourneyIT extends BrowserTest {

    private static final Pattern NOMINATION = Pattern.compile("nomination=(\\d+)");

    @Test
    void aManagerNominatesTheWinnerWhoDeclaresFromTheEntry() {
        JsonObject s = postScenario("test-support/reserve-nomination-scenario");
        signIn(s.getString("manager"), s.getString("password"));
        browser.open("dashboard/manager.xhtml");
        browser.clickIdAndWaitForNewPage("reserveNominate");
        assertEquals("reserve/nominate.xhtml", browser.currentPage());
        // the menus hold other tests' editions and calls too: choose this scenario's by value, as a keyboard user could
        choose(
                "nominateForm:competition_input",
                s.getJsonNumber("competitionId").toString());
        choose("nominateForm:call_input", s.getJsonNumber("callId").toString());
        browser.clickId("nominateForm:invite");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "本次邀请的单位数：1"));
        browser.captureForReview("reserve-nominate-01-invited-zh");

        String body = TestDatabase.latestMailBodyTo(s.getString("founder")).orElseThrow();
        assertTrue(body.startsWith("Kính gửi"), "the founder is written to in Vietnamese: " + body);
        Matcher link = NOMINATION.matcher(body);
        assertTrue(link.find(), body);

        browser.startFreshSession();
        signIn(s.getString("founder"), s.getString("password"));
        browser.open("reserve/declare.xhtml?nomination=" + link.group(1));
        assertEquals(
                "Kho lạnh năng lượng mặt trời",
                browser.visibleId("declareForm:title").getAttribute("value"));
        assertTrue(browser.visibleId("declareForm:category_label").getText().contains("Năng lượng sạch"));
        browser.captureForReview("reserve-nominate-02-form-vi");
    }

    private void choose(String selectId, String value) {
        browser.driver().findElement(By.id(selectId)).findElements(By.tagName("option")).stream()
                .filter(o -> o.getAttribute("value").equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(selectId + " offers no " + value));
        String label = new Select(browser.driver().findElement(By.id(selectId)))
                .getOptions().stream()
                        .filter(o -> o.getAttribute("value").equals(value))
                        .findFirst()
                        .orElseThrow()
                        .getAttribute("textContent");
        browser.chooseInMenu(selectId.replace("_input", ""), label);
    }
}
