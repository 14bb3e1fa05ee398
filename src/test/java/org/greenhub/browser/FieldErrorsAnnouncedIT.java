package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A refused value is announced and tied to its field (greenhub/a11y.js, on every page): the field says it is
 * invalid and is described by the message beside it, the message is a live region, and after a submit focus goes to
 * the first field in error; a corrected value takes all of that away again.
 */
class FieldErrorsAnnouncedIT extends BrowserTest {

    @Test
    void aRefusedScoreIsLinkedToItsFieldAnnouncedAndFocusedAfterSubmitting() {
        JsonObject s = postScenario("test-support/judging-scenario");
        signIn(s.getString("judge"), s.getString("password"));
        // The entry without a document: the test document is no real PDF, and the preview's error would take focus.
        browser.open("evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject="
                + s.getJsonNumber("secondSubjectId"));

        // Out of the scale (0 to 10): refused beside the field on leaving it; focus goes on to where the judge went.
        browser.type("scoreForm:tech", "11" + Keys.TAB);
        browser.waitUntilIdle();
        WebElement message = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='scoreForm:tech_message'].ui-message-error")));
        assertFalse(message.getText().isBlank());
        assertEquals("polite", message.getAttribute("aria-live"), "the message is read out when it appears");
        WebElement tech = browser.visibleId("scoreForm:tech");
        assertEquals("true", tech.getAttribute("aria-invalid"));
        assertTrue(describedBy(tech).contains("scoreForm:tech_message"), tech.getAttribute("aria-describedby"));
        assertEquals(
                "scoreForm:tech_comment",
                browser.driver().switchTo().activeElement().getAttribute("id"),
                "a change saved on leaving the field does not pull focus back");
        browser.captureForReview("01-refused-on-leaving");

        // Submitting with the value still refused: focus goes to the first field in error, which still says why.
        for (String other : List.of("market", "team", "green", "finance")) {
            browser.type("scoreForm:" + other, "4" + Keys.TAB);
            browser.waitUntilIdle();
        }
        browser.clickId("scoreForm:submit");
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitFor(
                d -> "scoreForm:tech".equals(d.switchTo().activeElement().getAttribute("id")));
        tech = browser.visibleId("scoreForm:tech");
        assertEquals("true", tech.getAttribute("aria-invalid"));
        assertTrue(describedBy(tech).contains("scoreForm:tech_message"), tech.getAttribute("aria-describedby"));
        assertFalse(browser.visibleId("scoreForm:tech_message").getText().isBlank());
        assertFalse(browser.isPresent(By.id("scoreForm:submittedNote")), "nothing is submitted");
        // The page's own messages area is a live region too.
        assertFalse(String.valueOf(
                        browser.driver().findElement(By.id("pageMessages")).getAttribute("aria-live"))
                .isBlank());
        browser.captureForReview("02-focus-on-first-error");

        // Corrected: the link and the invalid state go with the message.
        browser.type("scoreForm:tech", "8" + Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("scoreForm:saveStatus"),
                BundleText.english("judging", "evaluation.judging.score.savedAt")
                        .replace("{0}", "")
                        .strip()));
        tech = browser.visibleId("scoreForm:tech");
        assertNull(tech.getAttribute("aria-invalid"));
        assertFalse(describedBy(tech).contains("scoreForm:tech_message"), tech.getAttribute("aria-describedby"));
    }

    private static List<String> describedBy(WebElement field) {
        String value = field.getAttribute("aria-describedby");
        return value == null ? List.of() : List.of(value.split("\\s+"));
    }
}
