package org.greenhub.competition.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.browser.TestDatabase;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In headless Chromium: a programme manager creates and publishes a competition and adds round 1; a founder enters it
 * with the wizard, uploads the business plan, sees eligibility, submits, answers the manager's information request and
 * follows the timeline; the manager marks the entry eligible and moves it into round 1.
 */
class CompetitionJourneyIT extends BrowserTest {

    private static final String BUNDLE = "competition";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private record Person(String name, String email, String password, String organisation) {}

    private Person register(String prefix, String name, String organisation, LocalDate founded) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(
                name + " " + suffix,
                prefix + "-" + suffix + "@example.test",
                "Competition-2026-" + suffix,
                organisation + " " + suffix);
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
                        "START_UP",
                        "foundingDate_input",
                        founded.toString()),
                "submit");
        assertTrue(
                registered.body().contains("registeredNote"), "registration of " + person.email() + " did not succeed");
        session.get(TestDatabase.latestMailedLinkTo(person.email()).pathAndQuery());
        return person;
    }

    private void grant(Person person, String roles) {
        FormSession session = new FormSession(base);
        session.signIn(person.email(), person.password());
        long id = Http.json(session.get("api/me")).getJsonNumber("id").longValue();
        HttpResponse<String> granted = new Http(base)
                .send(
                        "PUT",
                        "api/admin/users/" + id + "/roles",
                        Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD),
                        "application/json",
                        roles.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, granted.statusCode(), granted.body());
    }

    /** Signs in as this person in a fresh session (the previous person's session ends). */
    private void signIn(Person person) {
        browser.startFreshSession();
        signIn(person.email(), person.password());
    }

    private static String text(String key, Object... args) {
        return MessageFormat.format(BundleText.english(BUNDLE, key), args);
    }

    @Test
    void aManagerPublishesACompetitionAndAFounderEntersItUntilRoundOne() throws IOException {
        Person manager = register("manager", "Chen Jing", "Zone committee", LocalDate.of(2015, 1, 1));
        grant(manager, "[\"APPLICANT\",\"PROGRAMME_MANAGER\"]");
        Person founder = register(
                "founder", "Nguyễn Thị Lan", "Xanh Solar", TestTime.today().minusMonths(5));
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String competitionName = "Green Cup " + suffix;
        String title = "Solar dryers " + suffix;

        // the manager creates the edition
        signIn(manager);
        browser.clickMenuLinkAndWaitForNewPage("navManageCompetitions");
        assertEquals("competition/manage/list.xhtml", browser.currentPage());
        browser.clickIdAndWaitForNewPage("newCompetition");
        browser.type("setupForm:seriesKey", "green-cup-" + suffix);
        browser.type("setupForm:seriesName", "Green Cup");
        browser.type("setupForm:edition", "2026");
        pickInAutoComplete("setupForm:organiser", manager.organisation());
        browser.type("setupForm:texts:0:name", competitionName);
        browser.type("setupForm:texts:0:description", "Innovation contest for green start-ups");
        browser.type("setupForm:texts:1:name", "绿色创新大赛 " + suffix);
        LocalDateTime shanghaiNow = LocalDateTime.now(TestTime.clock().withZone(ZoneId.of("Asia/Shanghai")));
        replace(
                "setupForm:submissionOpensAt_input",
                shanghaiNow.minusDays(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        replace(
                "setupForm:submissionClosesAt_input",
                shanghaiNow.plusDays(20).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        browser.captureForReview("01-setup");
        browser.clickIdAndWaitForNewPage("setupForm:saveCompetition");
        assertEquals("competition/manage/competition.xhtml", browser.currentPage());
        String competitionQuery = browser.currentQuery();
        browser.clickIdAndWaitForNewPage("statusForm:publish");
        assertEquals(
                text("competition.status.PUBLISHED"),
                browser.visibleId("competitionStatus").getText());
        browser.type("roundForm:name", "Online preliminary review");
        browser.clickIdAndWaitForNewPage("roundForm:addRound");
        assertTrue(browser.visibleId("roundsForm:roundTable").getText().contains("Online preliminary review"));
        browser.captureForReview("02-competition");

        // the founder enters with the wizard
        signIn(founder);
        browser.clickMenuLinkAndWaitForNewPage("navCompetitions");
        browser.click(By.linkText(competitionName));
        browser.visibleId("enterForm:projectTitle");
        browser.captureForReview("03-enter");
        browser.type("enterForm:projectTitle", title);
        browser.clickIdAndWaitForNewPage("enterForm:createEntry");
        assertEquals("competition/entry.xhtml", browser.currentPage());
        String entryQuery = browser.currentQuery();
        browser.type("entryForm:summary", "Solar dryers with thermal storage for farms");
        browser.type("entryForm:technology", "Phase-change storage keeps drying at night");
        browser.type("entryForm:market", "Smallholder farms in the Mekong delta");
        browser.type("entryForm:team", "Four engineers and an agronomist");
        browser.captureForReview("04-wizard-project");
        next();
        browser.visibleId("entryForm:revenuePreviousYear_input");
        replace("entryForm:revenuePreviousYear_input", "850000");
        browser.click(By.cssSelector("[id='entryForm:ipDeclared'] .ui-chkbox-box"));
        next();
        browser.visibleId("entryForm:greenBaselineYear_input");
        replace(
                "entryForm:greenBaselineYear_input",
                String.valueOf(TestTime.today().getYear() - 1));
        replace("entryForm:greenEmissions_input", "-5");
        browser.chooseInMenu("entryForm:greenCategory", BundleText.english("green", "green.category.CLEAN_PRODUCTION"));
        browser.type("entryForm:greenMethodNote", "Diesel replaced; national grid factors");
        browser.clickId("entryForm:toAttachments");
        browser.waitUntilIdle();
        // a negative figure keeps the applicant on the step, with the problem beside the field
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='entryForm:greenEmissions'] ~ .ui-message-error, .ui-message-error")));
        assertEquals("competition/entry.xhtml", browser.currentPage());
        browser.captureForReview("05-wizard-green-refused");
        replace("entryForm:greenEmissions_input", "120");
        browser.clickIdAndWaitForNewPage("entryForm:toAttachments");

        Path plan = Files.createTempFile("business-plan", ".pdf");
        Files.write(plan, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        browser.driver()
                .findElement(By.cssSelector("[id='uploadForm'] input[type='file']"))
                .sendKeys(plan.toString());
        browser.clickIdAndWaitForNewPage("uploadForm:uploadButton");
        assertTrue(browser.visibleId("filesForm:files")
                .getText()
                .contains(plan.getFileName().toString()));
        browser.clickIdAndWaitForNewPage("toReview");
        assertTrue(browser.visibleId("eligibilitySummary").getText().contains(text("competition.eligibility.allPass")));
        browser.captureForReview("06-review");
        browser.clickId("submitForm:submitEntry");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("entryStatus"), text("competition.entryStatus.SUBMITTED")));
        browser.captureForReview("07-submitted");

        // the manager asks for more information
        signIn(manager);
        browser.open("competition/entry.xhtml?" + entryQuery);
        browser.type("askForm:question", "Please add last year’s energy bills");
        replace(
                "askForm:questionDeadline_input",
                LocalDateTime.now(TestTime.clock().withZone(ZoneId.of("Asia/Shanghai")))
                        .plusDays(5)
                        .format(MINUTES));
        browser.clickIdAndWaitForNewPage("askForm:askButton");
        assertEquals(
                text("competition.entryStatus.INFO_REQUESTED"),
                browser.visibleId("entryStatus").getText());

        // the founder answers and follows the timeline
        signIn(founder);
        browser.open("competition/entry.xhtml?" + entryQuery);
        WebElement answer = browser.visible(By.cssSelector("textarea[id$='answerForm:answer']"));
        answer.sendKeys("Added to the financial statements");
        browser.clickAndWaitForNewPage(By.cssSelector("[id$='answerForm:sendAnswer']"));
        assertEquals(
                text("competition.entryStatus.SUBMITTED"),
                browser.visibleId("entryStatus").getText());
        String timeline = browser.visibleId("timelineSteps").getText();
        assertTrue(
                timeline.contains(text("competition.entryStatus.DRAFT"))
                        && timeline.contains(text("competition.entryStatus.INFO_REQUESTED")),
                timeline);
        browser.captureForReview("08-timeline");

        // the manager marks it eligible and moves it into round 1
        signIn(manager);
        browser.open("competition/manage/entries.xhtml?" + competitionQuery);
        assertTrue(browser.visibleId("entriesForm:entries").getText().contains(title));
        browser.captureForReview("09-entries");
        browser.open("competition/entry.xhtml?" + entryQuery);
        browser.clickIdAndWaitForNewPage("decideForm:markEligible");
        assertEquals(
                text("competition.entryStatus.ELIGIBLE"),
                browser.visibleId("entryStatus").getText());
        browser.open("competition/manage/competition.xhtml?" + competitionQuery);
        browser.clickIdAndWaitForNewPage("roundsForm:roundTable:0:moveIn");
        assertTrue(browser.visibleId("pageMessages").getText().contains(text("competition.page.moved", 1)));
        browser.open("competition/entry.xhtml?" + entryQuery);
        assertEquals(
                text("competition.entryStatus.IN_ROUND"),
                browser.visibleId("entryStatus").getText());
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

    private void pickInAutoComplete(String id, String text) {
        browser.type(id + "_input", text);
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
}
