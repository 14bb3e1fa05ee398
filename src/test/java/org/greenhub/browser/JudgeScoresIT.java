package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.text.MessageFormat;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A judge works through the queue: opens an entry, scores with autosave (the draft survives a reload), is stopped
 * by a missing required comment shown beside the criterion, completes and submits, and sees the queue say so.
 */
class JudgeScoresIT extends BrowserTest {

    private static final By QUEUE_ROWS = By.cssSelector("[id='queueForm:queue_data'] > tr");

    /** A round with published assignments, built inside the server by the test deployment's scenario servlet. */
    private JsonObject scenario() {
        return scenario("");
    }

    private JsonObject scenario(String query) {
        return postScenario("test-support/judging-scenario" + query);
    }

    private static String judging(String key) {
        return BundleText.english("judging", key);
    }

    @Test
    void aJudgeScoresWithAutosaveIsStoppedByAMissingCommentThenSubmits() {
        JsonObject s = scenario();
        String reference = s.getString("reference");
        signIn(s.getString("judge"), s.getString("password"));

        browser.open("evaluation/judge/queue.xhtml");
        WebElement row = queueRow(reference);
        assertTrue(row.getText().contains(s.getString("title")), row.getText());
        assertTrue(row.getText().contains(judging("evaluation.judging.state.NOT_STARTED")), row.getText());
        assertTrue(browser.visible(QUEUE_ROWS).isDisplayed());
        assertEquals(2, browser.driver().findElements(QUEUE_ROWS).size(), "both assigned entries are listed");
        browser.captureForReview("01-queue");

        browser.clickAndWaitForNewPage(
                By.cssSelector("[id='queueForm:queue_data'] a.gh-button-link[title*='" + reference + "']"));
        assertEquals("evaluation/judge/score.xhtml", browser.currentPage());
        String scorePage = "evaluation/judge/score.xhtml?" + browser.currentQuery();
        assertEquals(reference, browser.visibleId("entryReference").getText());
        assertEquals(s.getString("title"), browser.visibleId("entryTitle").getText());
        assertEquals(
                s.getString("organisation"),
                browser.visibleId("entryOrganisation").getText());
        WebElement document = browser.visible(By.cssSelector("#documents a.gh-document"));
        assertTrue(
                document.getAttribute("href")
                        .endsWith("/api/evaluation/documents/"
                                + s.getJsonNumber("documentId").longValue()),
                document.getAttribute("href"));
        // Criterion names and guidance in the judge's language, labels on every field.
        assertTrue(browser.driver().getPageSource().contains("Evidence counts more than claims."));
        assertEquals(
                MessageFormat.format(judging("evaluation.judging.score.value"), "Technology"),
                browser.driver()
                        .findElement(By.cssSelector("label[for='scoreForm:tech']"))
                        .getText()
                        .replace("*", "")
                        .strip());
        browser.captureForReview("02-score-form");

        // Each change saves a draft.
        score("tech", "2");
        score("market", "7");
        score("team", "4");
        score("green", "80");

        // The draft survives a reload.
        browser.open(scorePage);
        assertEquals("2", browser.visibleId("scoreForm:tech").getAttribute("value"));
        assertEquals("80", browser.visibleId("scoreForm:green").getAttribute("value"));
        assertEquals(
                judging("evaluation.judging.score.draftKept"),
                browser.visibleId("scoreForm:saveStatus").getText());

        // Complete, but tech is below 3 without a comment: the refusal shows beside that criterion.
        score("finance", "10");
        submitAndConfirm();
        String expected =
                MessageFormat.format(BundleText.english("scoring", "evaluation.scoring.commentRequired"), "tech", "3");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("scoreForm:tech_message"), expected));
        assertFalse(browser.isPresent(By.id("scoreForm:submittedNote")));
        browser.captureForReview("03-comment-required");

        browser.type("scoreForm:tech_comment", "The prototype is not tested outside the lab yet." + Keys.TAB);
        browser.waitUntilIdle();
        submitAndConfirm();
        browser.visibleId("scoreForm:submittedNote");
        assertFalse(browser.isPresent(By.id("scoreForm:submit")), "a submitted sheet cannot be submitted again");
        assertEquals("false", String.valueOf(browser.visibleId("scoreForm:tech").isEnabled()));
        browser.captureForReview("04-submitted");

        browser.clickIdAndWaitForNewPage("backToQueue");
        assertTrue(
                queueRow(reference).getText().contains(judging("evaluation.judging.state.SUBMITTED")),
                queueRow(reference).getText());
        browser.captureForReview("05-queue-after-submitting");
    }

    @Test
    void anEntryTheJudgeMayNotScoreAnswers404LikeOneThatDoesNotExist() {
        JsonObject s = scenario();
        signIn(s.getString("conflictedJudge"), s.getString("password"));
        browser.open("evaluation/judge/queue.xhtml");
        String queue = browser.visibleId("judgeQueue").getText();
        WebElement conflictedRow = queueRow(s.getString("reference"));
        assertTrue(
                conflictedRow.getText().contains(judging("evaluation.judging.state.CONFLICT")),
                conflictedRow.getText());
        assertFalse(queue.contains(s.getString("title")), "a conflicted entry is listed by reference only: " + queue);
        assertTrue(conflictedRow.findElements(By.tagName("a")).isEmpty(), "and cannot be opened");
        assertTrue(queue.contains(s.getString("secondReference")), queue);

        browser.open("evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject="
                + s.getJsonNumber("subjectId"));
        String conflicted = browser.driver().findElement(By.tagName("main")).getText();
        browser.open("evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject=999999999");
        String missing = browser.driver().findElement(By.tagName("main")).getText();
        assertEquals(missing, conflicted);
        browser.open("evaluation/judge/score.xhtml?round=abc&subject=" + s.getJsonNumber("subjectId"));
        assertEquals(missing, browser.driver().findElement(By.tagName("main")).getText());
        assertFalse(conflicted.contains(s.getString("title")), conflicted);
        assertFalse(browser.isPresent(By.id("scoreForm")));
    }

    @Test
    void afterTheRoundClosesTheSheetIsReadOnlyWithAClearMessage() {
        JsonObject s = scenario("?over=true");
        signIn(s.getString("judge"), s.getString("password"));
        browser.open("evaluation/judge/queue.xhtml");
        assertTrue(queueRow(s.getString("reference")).getText().contains(judging("evaluation.judging.round.closed")));
        browser.open("evaluation/judge/score.xhtml?round=" + s.getJsonNumber("roundId") + "&subject="
                + s.getJsonNumber("subjectId"));
        String note = browser.visibleId("scoreForm:closedNote").getText();
        String closedText = judging("evaluation.judging.score.closed");
        assertTrue(
                note.startsWith(
                        closedText.substring(0, closedText.indexOf("{0}")).strip()),
                note);
        assertFalse(browser.visibleId("scoreForm:tech").isEnabled());
        assertFalse(browser.isPresent(By.id("scoreForm:submit")));
        browser.captureForReview("06-round-closed");
    }

    private WebElement queueRow(String reference) {
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(QUEUE_ROWS));
        return browser.driver().findElements(QUEUE_ROWS).stream()
                .filter(r -> r.getText().contains(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " is not in the queue"));
    }

    /** Types a score and leaves the field, as a judge does; the change saves the draft. */
    private void score(String criterion, String value) {
        browser.type("scoreForm:" + criterion, value + Keys.TAB);
        browser.waitUntilIdle();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("scoreForm:saveStatus"),
                judging("evaluation.judging.score.savedAt").replace("{0}", "").strip()));
    }

    private void submitAndConfirm() {
        browser.clickId("scoreForm:submit");
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
    }
}
