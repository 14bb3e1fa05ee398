package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 11, the judge's workspace in the browser: the judge reads the entry's sections beside the sheet with its
 * attachments shown in the page, types a value outside the scale and sees it refused beside the field with the value
 * still there, submits, goes on with "save and next", watches the progress count, and finds entries by search and
 * status in the queue. Then the same workspace in Chinese, Thai and Vietnamese: no codes, no English, numbers and
 * times as the reader and the round expect.
 */
class JudgeWorkspaceIT extends BrowserTest {

    private static final By QUEUE_ROWS = By.cssSelector("[id='queueForm:queue_data'] > tr");
    private static final By SCORE_INPUTS = By.cssSelector("input.gh-score-input");

    /** Language menu label and bundle suffix of the three translated languages; Vietnamese (decimal comma) last. */
    private static final List<Map.Entry<String, String>> LANGUAGES =
            List.of(Map.entry("简体中文", "zh_CN"), Map.entry("ไทย", "th"), Map.entry("Tiếng Việt", "vi"));

    private JsonObject scene() {
        return postScenario("test-support/judged-entry-scenario?blind=false&open=true");
    }

    private static String judging(String key, Object... args) {
        return MessageFormat.format(BundleText.english("judging", key), args);
    }

    private static String translated(String feature, String suffix, String key, Object... args) {
        return MessageFormat.format(BundleText.translated(feature, suffix, key).orElseThrow(), args);
    }

    @Test
    void theJudgeReadsTheEntryBesideTheSheetIsRefusedOutOfScaleValuesAndWorksThroughTheQueue() {
        JsonObject s = scene();
        String reference = s.getString("reference");
        String otherReference = s.getString("otherReference");
        signIn(s.getString("secondJudge"), s.getString("password"));

        browser.open("evaluation/judge/queue.xhtml");
        assertEquals(
                judging("evaluation.judging.queue.progress", 0, 2),
                browser.visibleId("queueProgressText").getText());
        assertTrue(
                queueRow(reference).getText().contains("Clean energy · Start-up group"),
                "codes are named: " + queueRow(reference).getText());
        assertTrue(
                queueRow(reference).getText().contains("(Asia/Shanghai)"), "the deadline in the edition's zone, named");

        // The workspace: the entry's sections and attachments beside the sheet.
        browser.clickAndWaitForNewPage(
                By.cssSelector("[id='queueForm:queue_data'] a.gh-button-link[title*='" + reference + "']"));
        assertEquals(
                judging("evaluation.judging.score.progress", 0, 2),
                browser.visibleId("roundProgressText").getText());
        String entry = browser.visibleId("entryCard").getText();
        for (String seen : List.of(
                "The project",
                "Solar-powered cold rooms",
                "Phase-change storage",
                "Farm cooperatives",
                "Four engineers",
                "Financials",
                "372815",
                "Green metrics",
                "Clean energy · Start-up group",
                "(Asia/Shanghai)",
                "Business plan",
                "Evidence for green metrics")) {
            assertTrue(entry.contains(seen), "the entry shows " + seen + ": " + entry);
        }
        assertFalse(entry.contains("START_UP") || entry.contains("CLEAN_ENERGY"), entry);
        WebElement frame = browser.visible(By.cssSelector("#documents iframe.gh-preview-frame"));
        assertTrue(
                frame.getAttribute("src").matches(".*/api/evaluation/documents/\\d+/preview"),
                frame.getAttribute("src"));
        WebElement picture = browser.visible(By.cssSelector("#documents img.gh-preview-image"));
        browser.waitFor(
                d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth;", picture))
                                .intValue()
                        > 0);
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("#documents a.gh-document[download]"))
                        .size(),
                "downloads stay");

        // A value outside the scale is refused beside its field and stays there as typed.
        List<String> criteria = browser.driver().findElements(SCORE_INPUTS).stream()
                .map(e -> e.getAttribute("id"))
                .toList();
        assertEquals(5, criteria.size(), criteria.toString());
        String first = criteria.get(0);
        browser.type(first, "12" + Keys.TAB);
        browser.waitUntilIdle();
        String refusal = judging("evaluation.judging.score.outOfScale", "12", "0", "10", "0.5");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(first + "_message"), refusal));
        assertEquals("12", browser.visibleId(first).getAttribute("value"), "the refused value stays visible");
        assertEquals(
                judging("evaluation.judging.score.notSaved"),
                browser.visibleId("scoreForm:saveStatus").getText());
        browser.captureForReview("01-out-of-scale");
        // Another field's autosave keeps refusing it, so the judge cannot miss it.
        browser.type(criteria.get(1), "8" + Keys.TAB);
        browser.waitUntilIdle();
        assertTrue(browser.visibleId(first + "_message").getText().contains(refusal));
        // Not a number at all: refused with the scale, never emptied.
        browser.type(first, "seven" + Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id(first + "_message"), judging("evaluation.judging.score.notANumber", "0", "10", "0.5")));
        assertEquals("seven", browser.visibleId(first).getAttribute("value"));

        for (String id : criteria) {
            score(id, "7.5");
        }
        browser.clickId("scoreForm:submit");
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.visibleId("scoreForm:submittedNote");
        assertEquals(
                judging("evaluation.judging.score.progress", 1, 2),
                browser.visibleId("roundProgressText").getText());

        // "Next entry" goes to the entry still to score.
        assertEquals(
                judging("evaluation.judging.score.next"),
                browser.visibleId("scoreForm:saveAndNext").getText());
        browser.clickIdAndWaitForNewPage("scoreForm:saveAndNext");
        assertEquals(otherReference, browser.visibleId("entryReference").getText());
        score(criteria.get(0), "6");
        browser.clickIdAndWaitForNewPage("scoreForm:saveAndNext");
        assertEquals("evaluation/judge/queue.xhtml", browser.currentPage(), "nothing else to score: back to the queue");
        assertTrue(browser.visibleId("pageMessages").getText().contains(judging("evaluation.judging.score.queueDone")));

        // The queue: progress, search, status filter.
        assertEquals(
                judging("evaluation.judging.queue.progress", 1, 2),
                browser.visibleId("queueProgressText").getText());
        assertTrue(
                queueRow(otherReference).getText().contains(judging("evaluation.judging.state.DRAFT")),
                "save and next kept the draft");
        browser.type("queueForm:search", s.getString("otherTitle").substring(0, 12));
        browser.waitFor(d -> rows().size() == 1 && rows().get(0).getText().contains(otherReference));
        browser.type("queueForm:search", reference.toLowerCase());
        browser.waitFor(d -> rows().size() == 1 && rows().get(0).getText().contains(reference));
        browser.type("queueForm:search", "" + Keys.TAB);
        browser.waitFor(d -> rows().size() == 2);
        browser.chooseInMenu("queueForm:state", judging("evaluation.judging.state.SUBMITTED"));
        browser.waitFor(d -> rows().size() == 1 && rows().get(0).getText().contains(reference));
        browser.chooseInMenu("queueForm:state", judging("evaluation.judging.state.NOT_STARTED"));
        browser.waitFor(d -> rows().get(0).getText().contains(judging("evaluation.judging.queue.noMatch")));
        browser.captureForReview("02-queue-filtered");
    }

    @Test
    void theWorkspaceSpeaksEachLanguageWithNoCodesAndTheRoundsZone() {
        JsonObject s = scene();
        signIn(s.getString("judge"), s.getString("password"));
        String workspace = "evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject="
                + s.getJsonNumber("subjectId");
        browser.open(workspace);
        browser.captureForReview("workspace-en");

        for (Map.Entry<String, String> language : LANGUAGES) {
            String suffix = language.getValue();
            browser.selectAndWaitForNewPage("languageForm:language", language.getKey());
            browser.open(workspace);
            String page = browser.driver().findElement(By.tagName("main")).getText();
            for (String english : List.of(
                    "Business plan",
                    "Evidence for green metrics",
                    "Clean energy",
                    "Start-up group",
                    "CLEAN_ENERGY",
                    "START_UP",
                    "The project",
                    "Green metrics",
                    "Save and next")) {
                assertFalse(page.contains(english), suffix + " page shows " + english);
            }
            for (String[] key : new String[][] {
                {"competition", "competition.attachmentKind.BUSINESS_PLAN"},
                {"competition", "competition.group.START_UP"},
                {"green", "green.focus.CLEAN_ENERGY"},
                {"competition", "competition.judging.section.project"}
            }) {
                String text = translated(key[0], suffix, key[1]);
                assertTrue(page.contains(text), suffix + " page lacks " + text);
            }
            assertTrue(
                    browser.visibleId("closesAt").getText().endsWith("(Asia/Shanghai)"),
                    browser.visibleId("closesAt").getText());
            String step = "vi".equals(suffix) ? "0,5" : "0.5";
            assertTrue(
                    page.contains(translated("judging", suffix, "evaluation.judging.score.scale", "0", "10", step)),
                    suffix + ": the scale in the reader's numbers");
            browser.captureForReview("workspace-" + suffix);
        }

        // A decimal comma where the language writes one: typed, saved and shown again the same way.
        String first = browser.driver().findElements(SCORE_INPUTS).get(0).getAttribute("id");
        browser.type(first, "7,5" + Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("scoreForm:saveStatus"), "(Asia/Shanghai)"));
        browser.open(workspace);
        assertEquals("7,5", browser.visibleId(first).getAttribute("value"));
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(QUEUE_ROWS);
    }

    private WebElement queueRow(String reference) {
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(QUEUE_ROWS));
        return rows().stream()
                .filter(r -> r.getText().contains(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not in the queue"));
    }

    /** Types a score and leaves the field, as a judge does; the change saves the draft. */
    private void score(String id, String value) {
        browser.type(id, value + Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("scoreForm:saveStatus"),
                judging("evaluation.judging.score.savedAt", "").strip()));
    }
}
