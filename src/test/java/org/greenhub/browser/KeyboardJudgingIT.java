package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A judge who does not use a mouse: signs in, opens the queue from the header's menu, scores an entry (typing the
 * scores and stepping them with the arrow keys), writes comments, and submits through the confirmation dialog, with
 * nothing but keys sent to whatever has focus. Every control reached shows that it has focus, the first Tab stop is
 * "skip to content", and the dialog takes focus, keeps it while open and gives it back to the button that opened it.
 */
class KeyboardJudgingIT extends BrowserTest {

    /** More than any page here has before the control a step looks for; a page needing more has a tab-order problem. */
    private static final int MAX_TAB_STOPS = 60;

    private static String judging(String key) {
        return BundleText.english("judging", key);
    }

    @Test
    void aJudgeScoresAndSubmitsAnEntryWithTheKeyboardAlone() {
        JsonObject s = postScenario("test-support/judging-scenario");
        // The entry without a document: the test document is no real PDF, and the preview's error would take focus.
        String reference = s.getString("secondReference");

        // The first Tab stop of a page is the skip link, shown when focused, and it takes focus past the header.
        browser.open("account/signin.xhtml");
        press(Keys.TAB);
        WebElement skip = focused();
        assertEquals("gh-skip", skip.getAttribute("class"));
        assertEquals(BundleText.english("platform", "platform.nav.skipToContent"), skip.getText());
        assertFocusVisible(skip);
        assertTrue(skip.getRect().getX() >= 0, "the focused skip link is on the screen");
        press(Keys.ENTER);
        browser.waitFor(d -> "main".equals(focused().getAttribute("id")));

        tabTo(id("signInForm:email"), "the e-mail field");
        press(s.getString("judge"));
        tabTo(id("signInForm:password"), "the password field");
        press(s.getString("password"));
        pressAndWaitForNewPage(Keys.ENTER);

        // The queue, from the header's menu: its group opens with Enter, its links are the next Tab stops.
        tabTo(id("menu-judging"), "the judging menu");
        press(Keys.ENTER);
        assertEquals("true", focused().getAttribute("aria-expanded"));
        tabTo(id("navJudgeQueue"), "the queue link");
        pressAndWaitForNewPage(Keys.ENTER);
        assertEquals("evaluation/judge/queue.xhtml", browser.currentPage());

        tabTo(
                e -> "a".equals(e.getTagName())
                        && String.valueOf(e.getAttribute("title")).contains(reference),
                "the link scoring " + reference);
        pressAndWaitForNewPage(Keys.ENTER);
        assertEquals("evaluation/judge/score.xhtml", browser.currentPage());
        assertEquals(reference, browser.visibleId("entryReference").getText());

        // Scores typed, and stepped with the arrow keys within each criterion's scale; each saves a draft on leaving.
        tabTo(id("scoreForm:tech"), "the Technology score");
        press("7");
        leaveFieldAndWaitForTheDraft("scoreForm:tech_comment");
        press("Field-tested at two plants.");
        leaveFieldAndWaitForTheDraft("scoreForm:market");
        press("5", Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_DOWN);
        assertEquals("6", focused().getAttribute("value"), "5, up, up, down");
        leaveFieldAndWaitForTheDraft("scoreForm:market_comment");
        tabTo(id("scoreForm:team"), "the Team score");
        press(Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("2", focused().getAttribute("value"), "an empty field starts at the scale's minimum, 1");
        press(Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP, Keys.ARROW_UP);
        assertEquals("5", focused().getAttribute("value"), "and stops at its maximum, 5");
        leaveFieldAndWaitForTheDraft("scoreForm:team_comment");
        tabTo(id("scoreForm:green"), "the Green impact score");
        press("80");
        leaveFieldAndWaitForTheDraft("scoreForm:green_comment");
        tabTo(id("scoreForm:finance"), "the Finance score");
        press("12", Keys.ARROW_DOWN);
        assertEquals("11", focused().getAttribute("value"));
        leaveFieldAndWaitForTheDraft("scoreForm:finance_comment");
        tabTo(id("scoreForm:overallComment"), "the overall comment");
        press("A credible plan with a tested prototype.");
        leaveFieldAndWaitForTheDraft("scoreForm:submit");
        browser.captureForReview("01-sheet-filled");

        // Submit asks for confirmation: the dialog takes focus and keeps it; "No" gives it back to Submit.
        press(Keys.ENTER);
        WebElement dialog = browser.visible(By.cssSelector(".ui-confirm-dialog"));
        browser.waitFor(d -> inside(focused(), dialog));
        assertFocusVisible(focused());
        browser.captureForReview("02-confirm-dialog");
        for (int i = 0; i < 5; i++) {
            press(Keys.TAB);
            assertTrue(inside(focused(), dialog), "Tab stays in the open dialog, at " + describe(focused()));
            assertFocusVisible(focused());
        }
        tabTo(id("scoreForm:confirmNo"), "the dialog's No");
        press(Keys.ENTER);
        browser.waitFor(ExpectedConditions.invisibilityOf(dialog));
        browser.waitFor(d -> "scoreForm:submit".equals(focused().getAttribute("id")));
        assertFalse(browser.isPresent(By.id("scoreForm:submittedNote")), "No submits nothing");

        press(Keys.ENTER);
        browser.waitFor(d -> inside(focused(), dialog));
        tabTo(id("scoreForm:confirmYes"), "the dialog's Yes");
        press(Keys.ENTER);
        browser.waitUntilIdle();
        String submitted = browser.visibleId("scoreForm:submittedNote").getText();
        String expected = judging("evaluation.judging.score.submittedAt");
        assertTrue(
                submitted.startsWith(
                        expected.substring(0, expected.indexOf("{0}")).strip()),
                submitted);
        assertFalse(browser.isPresent(By.id("scoreForm:submit")), "a submitted sheet cannot be submitted again");
        assertEquals("6", browser.visibleId("scoreForm:market").getAttribute("value"));
        assertEquals("5", browser.visibleId("scoreForm:team").getAttribute("value"));
        assertEquals("11", browser.visibleId("scoreForm:finance").getAttribute("value"));
        browser.captureForReview("03-submitted");
    }

    // ---- keys to whatever has focus ---------------------------------------------------------------------------

    private void press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
    }

    private WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    private void pressAndWaitForNewPage(CharSequence key) {
        WebElement oldPage = browser.driver().findElement(By.tagName("html"));
        press(key);
        browser.waitFor(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        browser.waitUntilIdle();
    }

    /** Tab to the next control, which gets focus; autosave of the one left is awaited (the "saved" status). */
    private void leaveFieldAndWaitForTheDraft(String nextId) {
        press(Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("scoreForm:saveStatus"),
                judging("evaluation.judging.score.savedAt").replace("{0}", "").strip()));
        assertEquals(nextId, focused().getAttribute("id"), "Tab goes on to the next field");
        assertFocusVisible(focused());
    }

    private static Predicate<WebElement> id(String id) {
        return e -> id.equals(e.getAttribute("id"));
    }

    /**
     * Presses Tab until the focused element is the one wanted, checking on the way that every control reached shows
     * its focus; fails naming the stops when it is not reached.
     */
    private void tabTo(Predicate<WebElement> wanted, String what) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MAX_TAB_STOPS; i++) {
            WebElement current = focused();
            if (wanted.test(current)) {
                assertFocusVisible(current);
                return;
            }
            press(Keys.TAB);
            WebElement reached = focused();
            stops.add(describe(reached));
            if (!"body".equals(reached.getTagName())) {
                assertFocusVisible(reached);
            }
        }
        throw new AssertionError(what + " is not reached with Tab; the stops were " + stops);
    }

    /**
     * The focus indicator a person sees: an outline or a ring (box-shadow) drawn while the element has focus, on the
     * element or, for PrimeFaces' composite widgets (a select's focusable label inside its box), on the widget that
     * PrimeFaces marks focused (ui-state-focus).
     */
    private void assertFocusVisible(WebElement element) {
        String style = (String) ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "function shown(e) { var s = getComputedStyle(e);"
                                + " var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                                + " var ring = s.boxShadow && s.boxShadow !== 'none';"
                                + " return outline || ring; }"
                                + " var e = arguments[0], widget = e.parentElement && e.parentElement.closest('.ui-state-focus');"
                                + " if (shown(e) || (widget && shown(widget))) { return ''; }"
                                + " var s = getComputedStyle(e);"
                                + " return 'outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', box-shadow ' + s.boxShadow;",
                        element);
        assertEquals("", style, "no focus indicator on " + describe(element));
    }

    private boolean inside(WebElement element, WebElement container) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
                .executeScript("return arguments[1].contains(arguments[0]);", element, container));
    }

    private static String describe(WebElement element) {
        try {
            String id = element.getAttribute("id");
            return element.getTagName()
                    + (id == null || id.isEmpty() ? "" : "#" + id)
                    + " \"" + element.getText().strip().replaceAll("\\s+", " ") + "\"";
        } catch (WebDriverException replaced) {
            // Redrawn by an Ajax update after it had focus: that lost focus is what the failure is about.
            return "an element the page replaced while it had focus";
        }
    }
}
