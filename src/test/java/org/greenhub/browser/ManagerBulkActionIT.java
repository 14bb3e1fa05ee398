package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.text.MessageFormat;
import java.util.List;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A programme manager ticks two submitted entries on the entries list and asks both applicants for more information
 * at once: after a confirmation, the message says how many were asked and those two entries (only) change status.
 */
class ManagerBulkActionIT extends BrowserTest {

    private static String text(String key) {
        return BundleText.english("competition", key);
    }

    @Test
    void theManagerAsksTwoTickedEntriesForInformationAtOnce() {
        JsonObject s = postScenario("test-support/competition-scenario?submitted=3");
        signIn(s.getString("manager"), s.getString("password"));
        browser.open("competition/manage/entries.xhtml?id="
                + s.getJsonNumber("competitionId").longValue());
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[id='entriesForm:entries_data'] > tr"));
        assertEquals(3, rows.size(), "the three submitted entries (drafts are never listed)");

        // Tick the first two entries.
        List<String> ticked = new java.util.ArrayList<>();
        for (WebElement row : rows.subList(0, 2)) {
            row.findElement(By.cssSelector(".ui-chkbox-box")).click();
            ticked.add(row.getAttribute("data-rk"));
        }
        browser.waitUntilIdle();
        browser.type("entriesForm:bulkQuestion", "Please add your 2025 energy audit report.");
        browser.type("entriesForm:bulkDeadline_input", TestTime.today().plusDays(7) + " 17:00" + Keys.ESCAPE);
        browser.captureForReview("01-ticked");
        browser.clickId("entriesForm:askSelected");
        browser.visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"))
                .click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("listMessages"), MessageFormat.format(text("competition.bulk.asked"), 2)));
        browser.captureForReview("02-asked");

        String requested = text("competition.entryStatus.INFO_REQUESTED");
        for (WebElement row : browser.driver().findElements(By.cssSelector("[id='entriesForm:entries_data'] > tr"))) {
            boolean wasTicked = ticked.contains(row.getAttribute("data-rk"));
            assertEquals(wasTicked, row.getText().contains(requested), row.getText());
        }
    }
}
