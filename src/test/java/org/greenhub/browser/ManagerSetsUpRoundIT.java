package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.browser.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator (who may use the managers’ pages) sets up a screening round through the wizard, adds three
 * entries, a panel of two judges, previews, applies and publishes the assignment; then a judge declares a conflict of
 * interest with an organisation.
 */
class ManagerSetsUpRoundIT extends BrowserTest {

    private static final String BUNDLE = "evaluationui";

    /** Someone registered and confirmed without a browser; judges then get the judge role from the administrator. */
    private record Person(String name, String email, String password, String organisation) {}

    private Person registerConfirmed(String prefix, String displayName, String organisationName) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(
                displayName + " " + suffix,
                prefix + "-" + suffix + "@example.test",
                "Round-Setup-2026-" + suffix,
                organisationName + " " + suffix);
        FormSession session = new FormSession(base);
        HttpResponse<String> registered = session.submit(
                "account/register.xhtml",
                "registerForm",
                Map.of(
                        "displayName",
                        person.name(),
                        "email",
                        person.email(),
                        "password",
                        person.password(),
                        "language_input",
                        "en",
                        "legalName",
                        person.organisation(),
                        "kind_input",
                        "START_UP"),
                "submit");
        assertTrue(
                registered.body().contains("registeredNote"), "registration of " + person.email() + " did not succeed");
        session.get(TestDatabase.latestMailedLinkTo(person.email()).pathAndQuery());
        return person;
    }

    private Person registerJudge(String displayName, String organisationName) {
        Person judge = registerConfirmed("judge", displayName, organisationName);
        FormSession session = new FormSession(base);
        session.signIn(judge.email(), judge.password());
        long id = Http.json(session.get("api/me")).getJsonNumber("id").longValue();
        HttpResponse<String> granted = new Http(base)
                .send(
                        "PUT",
                        "api/admin/users/" + id + "/roles",
                        Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD),
                        "application/json",
                        "[\"APPLICANT\",\"JUDGE\"]".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, granted.statusCode(), granted.body());
        return judge;
    }

    @Test
    void managerCreatesARoundAddsEntriesAndAPanelPublishesTheAssignmentAndAJudgeDeclaresAConflict() {
        List<Person> founders = List.of(
                registerConfirmed("founder", "Nguyễn Văn An", "Xanh Solar Drying"),
                registerConfirmed("founder", "Somchai Rakdee", "Green Water Reuse"),
                registerConfirmed("founder", "李小红", "绿色回收科技"));
        Person judgeOne = registerJudge("Judge Mai", "Mai Consulting");
        Person judgeTwo = registerJudge("Judge Wei", "Wei Advisory");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String roundName = "Incubator intake screening " + suffix;

        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.clickMenuLinkAndWaitForNewPage("navRounds");
        assertEquals("evaluation/manage/rounds.xhtml", browser.currentPage());
        browser.visibleId("roundsForm:rounds");
        browser.captureForReview("01-rounds");

        // (a) the rubric
        browser.clickId("roundsForm:newRound");
        browser.type("wizardForm:programmeName", "intake-" + suffix);
        browser.type("wizardForm:rubricName", "Screening rubric");
        fillCriterion(0, "tech", "40", "Technology and product", "How new and how proven the solution is");
        browser.clickId("wizardForm:addCriterion");
        fillCriterion(1, "green", "60", "Climate contribution", "Emissions avoided per year, and how sure that is");
        browser.captureForReview("02-wizard-rubric");

        // (b) the rules
        browser.click(By.cssSelector("[id='wizardForm:wizard'] .ui-wizard-nav-next"));
        browser.visibleId("wizardForm:name");
        browser.type("wizardForm:name", roundName);
        typeNumber("wizardForm:judgesPerEntry_input", "2");
        browser.chooseInMenu("wizardForm:tieBreakToAdd", "green");
        browser.clickId("wizardForm:addTieBreak");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("wizardForm:tieBreakFields"), "green"));
        browser.captureForReview("03-wizard-rules");

        // (c) confirm
        browser.click(By.cssSelector("[id='wizardForm:wizard'] .ui-wizard-nav-next"));
        browser.visibleId("wizardForm:createRound");
        String confirmation = browser.visibleId("wizardForm").getText();
        assertTrue(confirmation.contains(roundName), confirmation);
        assertTrue(confirmation.contains("screening:intake-" + suffix), confirmation);
        browser.captureForReview("04-wizard-confirm");
        browser.clickIdAndWaitForNewPage("wizardForm:createRound");

        assertEquals("evaluation/manage/round.xhtml", browser.currentPage());
        assertEquals(roundName, browser.visible(By.cssSelector("h1.gh-title")).getText());
        String created = MessageFormat.format(BundleText.english(BUNDLE, "evaluation.ui.wizard.created"), roundName);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), created));
        browser.captureForReview("05-round-rules");

        // Entries: an organisation found by part of its name, in any script
        openTab("entriesTab");
        String[] references = {"SC-" + suffix + "-1", "SC-" + suffix + "-2", "SC-" + suffix + "-3"};
        String[] searches = {
            founders.get(0).organisation(),
            founders.get(1).organisation(),
            "绿色回收 " + founders.get(2).organisation().substring(7)
        };
        for (int i = 0; i < 3; i++) {
            pickInAutoComplete("roundTabs:entryForm:organisation", searches[i]);
            browser.type("roundTabs:entryForm:reference", references[i]);
            browser.type("roundTabs:entryForm:title", "Green idea " + (i + 1));
            browser.type("roundTabs:entryForm:track", i == 2 ? "recycling" : "clean-energy");
            browser.clickId("roundTabs:entryForm:addEntry");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("roundTabs:entriesListForm:entriesList"), references[i]));
        }
        assertEquals(3, rows("roundTabs:entriesListForm:entriesList").size());
        assertTrue(browser.visibleId("roundTabs:entriesListForm:entriesList")
                .getText()
                .contains(founders.get(2).organisation()));
        browser.captureForReview("06-round-entries");

        // Panels: one for the whole round, with both judges
        openTab("panelsTab");
        browser.type("roundTabs:panelForm:name", "Screening committee");
        browser.clickId("roundTabs:panelForm:createPanel");
        browser.visibleId("roundTabs:judgeForm:judge_input");
        for (Person judge : List.of(judgeOne, judgeTwo)) {
            pickInAutoComplete("roundTabs:judgeForm:judge", judge.email());
            browser.clickId("roundTabs:judgeForm:addJudge");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("roundTabs:panelsListForm:panelsList"), judge.email()));
        }
        browser.captureForReview("07-round-panels");

        openTab("conflictsTab");
        browser.visibleId("roundTabs:conflictsForm:conflictsList");
        browser.captureForReview("08-round-conflicts");

        // Assignment: preview for a seed, apply, publish
        openTab("assignmentTab");
        typeNumber("roundTabs:assignForm:seed_input", "7");
        browser.clickId("roundTabs:assignForm:preview");
        assertEquals(3, rows("roundTabs:assignForm:previewTable").size());
        List<WebElement> loads = rows("roundTabs:assignForm:loadTable");
        assertEquals(2, loads.size());
        loads.forEach(row ->
                assertTrue(row.getText().contains("3"), "each judge scores all three entries: " + row.getText()));
        browser.captureForReview("09-assignment-preview");

        browser.clickId("roundTabs:assignForm:apply");
        browser.waitFor(d -> rows("roundTabs:currentForm:currentTable").size() == 6);
        browser.clickId("roundTabs:assignForm:publish");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), BundleText.english(BUNDLE, "evaluation.ui.assignment.published")));
        assertFalse(browser.isPresent(By.id("roundTabs:assignForm:publish")), "nothing left to publish");
        browser.captureForReview("10-assignment-published");
        assertTrue(
                TestDatabase.latestMailBodyTo(judgeOne.email()).orElse("").contains(roundName),
                "the judge is told by mail");

        // A judge declares a conflict of interest with an organisation
        browser.startFreshSession();
        signIn(judgeOne.email(), judgeOne.password());
        browser.clickMenuLinkAndWaitForNewPage("navConflicts");
        assertEquals("evaluation/judge/conflicts.xhtml", browser.currentPage());
        browser.captureForReview("11-judge-conflicts");
        pickInAutoComplete("declareForm:organisation", founders.get(1).organisation());
        browser.chooseInMenu(
                "declareForm:type",
                BundleText.english("assignment", "evaluation.conflict.type.ADVISING_WITHIN_3_YEARS"));
        browser.type("declareForm:reason", "I advised the founders on their water permits last year.");
        browser.clickId("declareForm:declare");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("declarationsForm:declarations"), founders.get(1).organisation()));
        browser.captureForReview("12-judge-conflict-declared");
    }

    private void fillCriterion(int index, String code, String weight, String name, String guidance) {
        String prefix = "wizardForm:criterion:" + index + ":";
        browser.type(prefix + "code", code);
        typeNumber(prefix + "weight_input", weight);
        browser.type(prefix + "nameEn", name);
        browser.type(prefix + "guidanceEn", guidance);
    }

    /** PrimeFaces number inputs format as you type: select what is there and type over it. */
    private void typeNumber(String id, String value) {
        WebElement field = browser.visibleId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.waitUntilIdle();
    }

    private void openTab(String tabId) {
        browser.click(By.cssSelector("a[href='#roundTabs:" + tabId + "']"));
        browser.visibleId("roundTabs:" + tabId);
    }

    /** Types into a PrimeFaces auto-complete, waits for the suggestions and takes the first. */
    private void pickInAutoComplete(String id, String text) {
        browser.type(id + "_input", text);
        // Each key press may start a search: wait for the last answer, then pick its first suggestion (the search
        // matches words in any order, so the suggestion need not contain the typed text as it is).
        browser.waitUntilIdle();
        WebElement item = browser.waitFor(
                d -> d.findElements(By.cssSelector("[id='" + id + "_panel'] li.ui-autocomplete-item")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        item.click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id(id + "_panel")));
        browser.waitUntilIdle();
    }

    private List<WebElement> rows(String tableId) {
        return browser.driver()
                .findElements(By.cssSelector("[id='" + tableId + "_data'] > tr:not(.ui-datatable-empty-message)"));
    }
}
