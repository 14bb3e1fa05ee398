package org.greenhub.competition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Map;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 11, the applicant's path without dead ends, in headless Chromium: the home page names open competitions and
 * intake calls; the public competition page has a way in (Enter, open until when in which zone, the documents to
 * attach); the entry is a guided path (details, attachments, review) whose every part keeps its address across
 * uploads, refreshes and submission; the review lists what is missing, previews what the judges will see with
 * figures in the reader's notation, and is the only place to submit; withdrawing is for submitted entries only,
 * after a confirmation; a language picked before signing in wins over the account's and is stored.
 */
class ApplicantPathIT extends BrowserTest {

    private JsonObject scene() {
        return postScenario("test-support/applicant-scenario");
    }

    private static String competition(String key, Object... args) {
        return MessageFormat.format(BundleText.english("competition", key), args);
    }

    @Test
    void theHomePageNamesOpenCompetitionsAndIntakeCalls() {
        JsonObject s = scene();
        browser.open("index.xhtml");
        String competitions = browser.visibleId("openCompetitions").getText();
        assertTrue(competitions.contains(s.getString("competitionName")), competitions);
        assertTrue(competitions.contains("(Asia/Shanghai)"), "the deadline names its zone: " + competitions);
        assertTrue(browser.visibleId("openCalls").getText().contains(s.getString("callTitle")));
        browser.captureForReview("home");
        browser.click(By.linkText(s.getString("competitionName")));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("enterCompetition")));
        assertEquals("public/competition.xhtml", browser.currentPage());
        browser.captureForReview("public-competition");
    }

    @Test
    void theApplicantEntersFromThePublicPageFollowsThePathAndSubmitsOnlyFromTheReview() throws IOException {
        JsonObject s = scene();
        signIn(s.getString("founder"), s.getString("password"));

        // the public page: a way in, until when (zone named), and what to attach
        browser.open("public/competition.xhtml?id="
                + s.getJsonNumber("competitionId").longValue());
        String openUntil = browser.visibleId("openUntil").getText();
        assertTrue(openUntil.contains("(Asia/Shanghai)"), openUntil);
        String documents = browser.visibleId("requiredDocuments").getText();
        assertTrue(
                documents.contains(competition("competition.attachmentKind.BUSINESS_PLAN"))
                        && documents.contains(competition("competition.attachmentKind.PITCH_DECK")),
                documents);
        browser.clickIdAndWaitForNewPage("enterCompetition");
        browser.type("enterForm:projectTitle", "Solar dryers with storage");
        browser.clickIdAndWaitForNewPage("enterForm:createEntry");
        assertEquals("competition/entry.xhtml", browser.currentPage());
        String entryId = browser.currentQuery().replaceAll(".*\\bid=(\\d+).*", "$1");

        // step 1, the details: neither Submit nor Withdraw here
        assertFalse(browser.isPresent(By.id("submitForm:submitEntry")), "no Submit on the details");
        assertFalse(browser.isPresent(By.id("withdrawForm:withdrawEntry")), "no Withdraw for a draft");
        browser.type("entryForm:summary", "Solar dryers with thermal storage for farms");
        browser.type("entryForm:technology", "Phase-change storage keeps drying at night");
        browser.type("entryForm:market", "Smallholder farms in the Mekong delta");
        browser.type("entryForm:team", "Four engineers and an agronomist");
        next();
        replace("entryForm:revenuePreviousYear_input", "1250000");
        browser.click(By.cssSelector("[id='entryForm:ipDeclared'] .ui-chkbox-box"));
        next();
        replace(
                "entryForm:greenBaselineYear_input",
                String.valueOf(TestTime.today().getYear() - 1));
        replace("entryForm:greenEmissions_input", "120");
        browser.chooseInMenu("entryForm:greenCategory", BundleText.english("green", "green.category.CLEAN_PRODUCTION"));
        browser.type("entryForm:greenMethodNote", "Diesel replaced; national grid factors");
        browser.clickIdAndWaitForNewPage("entryForm:toAttachments");

        // step 2, the attachments: the upload keeps the address, and so does a refresh
        assertTrue(
                browser.currentQuery().contains("id=" + entryId)
                        && browser.currentQuery().contains("step=attachments"),
                browser.currentQuery());
        Path plan = pdf("business-plan");
        browser.driver()
                .findElement(By.cssSelector("[id='uploadForm'] input[type='file']"))
                .sendKeys(plan.toString());
        browser.clickIdAndWaitForNewPage("uploadForm:uploadButton");
        assertTrue(browser.visibleId("pageMessages")
                .getText()
                .contains(competition(
                        "competition.attachment.added", plan.getFileName().toString())));
        assertTrue(
                browser.currentQuery().contains("id=" + entryId)
                        && browser.currentQuery().contains("step=attachments"),
                browser.currentQuery());
        browser.driver().navigate().refresh();
        browser.waitUntilIdle();
        assertTrue(
                browser.visibleId("filesForm:files")
                        .getText()
                        .contains(plan.getFileName().toString()),
                "the refreshed page still shows the entry");

        // step 3, the review: what is missing, and no Submit until nothing is
        browser.clickIdAndWaitForNewPage("toReview");
        assertTrue(browser.currentQuery().contains("step=review"), browser.currentQuery());
        String missing =
                browser.visible(By.cssSelector("#checklist .gh-check-missing")).getText();
        assertTrue(missing.contains(competition("competition.attachmentKind.PITCH_DECK")), missing);
        assertEquals(
                competition("competition.checklist.missing", 1),
                browser.visibleId("checklistSummary").getText());
        assertFalse(browser.isPresent(By.id("submitForm:submitEntry")), "no Submit while something is missing");
        browser.visibleId("notReady");
        String eligibility = browser.visibleId("eligibilityRules").getText();
        assertTrue(
                eligibility.contains("1,250,000") && eligibility.contains("200,000,000"),
                "amounts grouped for the reader: " + eligibility);
        assertTrue(browser.visibleId("previewFinancials").getText().contains("1,250,000"));
        assertTrue(browser.visibleId("previewFiles")
                .getText()
                .contains(plan.getFileName().toString()));
        // the review in every language: the header's language menu keeps the page's address (?id=…&step=review)
        captureInEveryLanguage();
        assertTrue(
                browser.currentQuery().contains("step=review"), "still on the review step: " + browser.currentQuery());

        // the missing item's link leads to where it is fixed
        browser.clickAndWaitForNewPage(By.cssSelector("#checklist .gh-check-missing a"));
        assertTrue(browser.currentQuery().contains("step=attachments"), browser.currentQuery());
        browser.chooseInMenu("uploadForm:uploadKind", competition("competition.attachmentKind.PITCH_DECK"));
        browser.driver()
                .findElement(By.cssSelector("[id='uploadForm'] input[type='file']"))
                .sendKeys(pdf("pitch-deck").toString());
        browser.clickIdAndWaitForNewPage("uploadForm:uploadButton");
        browser.clickIdAndWaitForNewPage("toReview");
        assertEquals(
                competition("competition.checklist.complete"),
                browser.visibleId("checklistSummary").getText());
        assertTrue(browser.driver()
                .findElements(By.cssSelector("#checklist .gh-check-missing"))
                .isEmpty());

        browser.clickId("submitForm:submitEntry");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("entryStatus"), competition("competition.entryStatus.SUBMITTED")));
        assertTrue(browser.visibleId("pageMessages").getText().contains(competition("competition.entry.submitted")));
        assertTrue(
                browser.currentQuery().contains("id=" + entryId),
                "the address keeps the entry: " + browser.currentQuery());
        browser.driver().navigate().refresh();
        browser.waitUntilIdle();
        assertEquals(
                competition("competition.entryStatus.SUBMITTED"),
                browser.visibleId("entryStatus").getText());
        assertFalse(browser.isPresent(By.id("submitForm:submitEntry")), "nothing to submit any more");
        assertTrue(browser.visibleId("entryPreview").getText().contains("Solar dryers with thermal storage for farms"));

        // withdrawing a submitted entry asks first; "No" leaves it submitted
        browser.clickId("withdrawForm:withdrawEntry");
        browser.click(By.cssSelector(".ui-confirmdialog-no"));
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirmdialog")));
        browser.open("competition/entry.xhtml?id=" + entryId);
        assertEquals(
                competition("competition.entryStatus.SUBMITTED"),
                browser.visibleId("entryStatus").getText());
    }

    @Test
    void aLanguagePickedBeforeSigningInWinsOverTheAccountsAndIsStored() {
        JsonObject s = scene();
        browser.open("account/signin.xhtml");
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        assertEquals("th", browser.pageLanguage());
        signIn(s.getString("polyglot"), s.getString("password"));
        assertEquals("th", browser.pageLanguage(), "the account's Chinese did not override the choice");

        // stored: a sign-in elsewhere, without any choice, comes up in Thai
        FormSession elsewhere = new FormSession(base);
        elsewhere.signIn(s.getString("polyglot"), s.getString("password"));
        assertEquals("th", Http.json(elsewhere.get("api/me")).getString("language"));
    }

    private void captureInEveryLanguage() {
        browser.captureForReview("entry-review-en");
        Map<String, String> languages = Map.of("zh", "简体中文", "th", "ไทย", "vi", "Tiếng Việt");
        for (String tag : new String[] {"zh", "th", "vi"}) {
            browser.selectAndWaitForNewPage("languageForm:language", languages.get(tag));
            browser.visibleId("checklist");
            if ("vi".equals(tag)) {
                String figures = browser.visibleId("previewFinancials").getText();
                assertTrue(figures.contains("1.250.000"), "Vietnamese groups with dots: " + figures);
            }
            browser.captureForReview("entry-review-" + tag);
        }
        browser.selectAndWaitForNewPage("languageForm:language", "English");
    }

    private static Path pdf(String name) throws IOException {
        Path file = Files.createTempFile(name, ".pdf");
        Files.write(file, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        return file;
    }

    private void next() {
        browser.click(By.cssSelector("[id='entryForm:wizard'] .ui-wizard-nav-next"));
        browser.waitUntilIdle();
    }

    private void replace(String id, String value) {
        WebElement field = browser.visibleId(id);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.waitUntilIdle();
    }
}
