package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
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
 * The coordinator's forms lead to the safe next step: the workspace figures open the list they count; on a member's
 * page just activated, no sanction is chosen or dated for the coordinator (the sanctions are folded away), the dues
 * form offers the category's annual dues, clears after a payment is recorded and follows a change of category.
 */
class CoordinatorFormsIT extends BrowserTest {

    private static String text(String key) {
        return BundleText.english("alliance", key);
    }

    /** An alliance whose coordinator has just activated one member (category "Ordinary member unit", 10,000 a year). */
    private JsonObject activeMember() {
        return postScenario("test-support/alliance-scenario?member=true");
    }

    @Test
    void workspaceFiguresOpenTheListsTheyCount() {
        JsonObject s = activeMember();
        signIn(s.getString("coordinator"), s.getString("password"));
        browser.open("dashboard/coordinator.xhtml");

        browser.clickAndWaitForNewPage(By.cssSelector("a[id$=':active']"));
        assertEquals("alliance/manage.xhtml", browser.currentPage());
        assertTrue(browser.currentQuery().contains("stage=ACTIVE"), browser.currentQuery());
        assertEquals(
                text("alliance.status.ACTIVE"),
                browser.visibleId("tabs:membersForm:stage_label").getText());
        assertTrue(browser.visibleId("tabs:membersForm:members").getText().contains(s.getString("organisation")));

        browser.open("dashboard/coordinator.xhtml");
        browser.clickAndWaitForNewPage(By.cssSelector("a[id$=':inReview']"));
        assertEquals(
                text("alliance.manage.stage.IN_REVIEW"),
                browser.visibleId("tabs:membersForm:stage_label").getText());
        assertTrue(
                browser.visibleId("tabs:membersForm:members").getText().contains(text("alliance.manage.noMembers")),
                "the active member is not an application in review");
    }

    @Test
    void afterActivationTheCouncilFormChoosesNoSanctionAndTheDuesFormOffersTheNextPayment() {
        JsonObject s = activeMember();
        signIn(s.getString("coordinator"), s.getString("password"));
        browser.open("alliance/membership.xhtml?id="
                + s.getJsonNumber("membershipId").longValue());
        browser.waitFor(ExpectedConditions.textToBe(By.id("statusTag"), text("alliance.status.ACTIVE")));

        // The sanctions are closed until asked for.
        assertFalse(browser.isPresent(By.id("councilForm:decisionKind")), "the sanctions form is closed");
        browser.visibleId("councilForm:openSanctions");

        // The dues form offers the category's annual dues, paid today, with no reference.
        assertEquals(0, new BigDecimal("10000").compareTo(amount()), "the category's annual dues: " + amount());
        assertEquals(
                TestTime.today().toString(),
                browser.visibleId("duesForm:paidOn_input").getAttribute("value"));
        assertEquals("", browser.visibleId("duesForm:reference").getAttribute("value"));
        browser.captureForReview("01-active-member");

        // Recording a payment clears the form: a second click would record nothing twice.
        browser.type("duesForm:reference", "ICBC-2027-0042");
        browser.clickId("duesForm:recordDues");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("payments"), "ICBC-2027-0042"));
        assertEquals("", browser.visibleId("duesForm:reference").getAttribute("value"));
        assertEquals(0, new BigDecimal("10000").compareTo(amount()), "the category's annual dues: " + amount());
        browser.clickId("duesForm:recordDues");
        browser.waitFor(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id='duesForm'] .ui-message-error")));
        assertEquals(
                1,
                browser.visibleId("payments").getText().split("ICBC-2027-0042", -1).length - 1,
                "the payment is recorded once");

        // Opened, the sanctions form has no decision chosen and no date, and refuses a vote without a decision.
        browser.clickId("councilForm:openSanctions");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("councilForm:votesFor_input")));
        assertEquals(
                text("alliance.membership.chooseDecisionOption"),
                browser.visibleId("councilForm:decisionKind_label").getText());
        assertEquals("", browser.visibleId("councilForm:decidedOn_input").getAttribute("value"));
        browser.captureForReview("01b-sanctions-opened");
        number("councilForm:votesFor_input", "7");
        browser.clickId("councilForm:recordDecision");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("councilForm"), text("alliance.membership.chooseDecision")));
        assertEquals(
                text("alliance.status.ACTIVE"), browser.visibleId("statusTag").getText());

        // A new category brings its dues into the form.
        chooseStartingWith("categoryForm:category", "Council member unit");
        browser.clickId("categoryForm:changeCategory");
        browser.waitFor(d -> amount().compareTo(new BigDecimal("30000")) == 0);
        assertTrue(browser.visibleId("duesForm:amountHint").getText().contains("Council member unit"));

        // The same page in Thai and in Chinese, for review (the language is chosen on the dashboard, then the page
        // opened).
        String page = "alliance/membership.xhtml?id="
                + s.getJsonNumber("membershipId").longValue();
        browser.open("dashboard/coordinator.xhtml");
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        browser.open(page);
        browser.visibleId("duesForm:amount_input");
        browser.captureForReview("02-member-page-th");
        browser.open("dashboard/coordinator.xhtml");
        browser.selectAndWaitForNewPage("languageForm:language", "简体中文");
        browser.open(page);
        browser.visibleId("duesForm:amount_input");
        browser.captureForReview("03-member-page-zh");
        browser.open("dashboard/coordinator.xhtml");
        browser.selectAndWaitForNewPage("languageForm:language", "English");
    }

    @Test
    void theCoordinatorAsksAllMatchingApplicantsAtOnceThenRemindsTheTickedOne() {
        JsonObject s = postScenario("test-support/alliance-scenario?applicants=3");
        signIn(s.getString("coordinator"), s.getString("password"));
        browser.open("alliance/manage.xhtml?alliance="
                + s.getJsonNumber("allianceId").longValue() + "&stage=IN_REVIEW");

        // the list shows 20 a page; "all matching" counts every page
        WebElement allMatching = browser.visibleId("tabs:membersForm:allMatching");
        assertTrue(allMatching.getText().contains("All 3 members matching the filter"), allMatching.getText());
        browser.click(By.cssSelector("[id='tabs:membersForm:allMatching'] .ui-chkbox-box"));
        browser.type("tabs:membersForm:bulkQuestion", "Please send your latest annual report.");
        browser.captureForReview("06-members-bulk");
        browser.clickId("tabs:membersForm:askSelected");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), "Applicants asked for more information: 3."));
        String members = browser.visibleId("tabs:membersForm:members").getText();
        assertEquals(3, members.split(text("alliance.status.INFO_REQUESTED"), -1).length - 1, members);

        // one ticked row: only that applicant is reminded
        browser.click(By.cssSelector("[id='tabs:membersForm:members_data'] tr:first-child .ui-chkbox-box"));
        browser.clickId("tabs:membersForm:remindSelected");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Reminders sent: 1."));

        // the same list in Thai, for review
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        browser.visibleId("tabs:membersForm:allMatching");
        browser.captureForReview("07-members-bulk-th");
        browser.selectAndWaitForNewPage("languageForm:language", "English");
    }

    @Test
    void theAuditTrailReadsTheActivationAsSentencesInTheReadersLanguage() {
        JsonObject s = activeMember();
        String membership = String.valueOf(s.getJsonNumber("membershipId").longValue());
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.open("platform/audit.xhtml");
        chooseRecordType("Membership");
        browser.type("auditForm:entityId", membership);
        browser.clickId("auditForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditForm:events"), "recorded membership dues paid for membership #" + membership));
        String events = browser.visibleId("auditForm:events").getText();
        assertTrue(events.contains("Status: approved → active"), events);
        assertTrue(events.contains(" passed membership #" + membership + " to the council"), events);
        assertFalse(events.contains("ALLIANCE_") || events.contains("{") || events.contains("APPROVED"), events);

        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        chooseRecordType("สมาชิกภาพ");
        browser.type("auditForm:entityId", membership);
        browser.clickId("auditForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("auditForm:events"), "สถานะ: อนุมัติแล้ว → ใช้งานอยู่"));
        browser.captureForReview("04-audit-trail-th");
        browser.selectAndWaitForNewPage("languageForm:language", "简体中文");
        chooseRecordType("会员资格");
        browser.type("auditForm:entityId", membership);
        browser.clickId("auditForm:search");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("auditForm:events"), "状态：已批准 → 有效"));
        browser.captureForReview("05-audit-trail-zh");
        browser.selectAndWaitForNewPage("languageForm:language", "English");
    }

    /**
     * Chooses the record type in the audit trail's filter by its name in the page's language (the menu offers names,
     * not the stored codes such as "Membership" on a Thai page); retried if the panel was still opening.
     */
    private void chooseRecordType(String name) {
        String id = "auditForm:entityType";
        for (int attempt = 1; ; attempt++) {
            browser.waitUntilIdle();
            browser.clickId(id);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label='" + name + "']"));
            browser.waitUntilIdle();
            boolean taken =
                    browser.driver().findElement(By.id(id + "_label")).getText().equals(name);
            if (taken || attempt == 3) {
                assertTrue(taken, "the record type menu did not take " + name);
                return;
            }
        }
    }

    private BigDecimal amount() {
        String shown =
                browser.visibleId("duesForm:amount_input").getAttribute("value").replace(",", "");
        return shown.isEmpty() ? BigDecimal.ZERO : new BigDecimal(shown);
    }

    /** A PrimeFaces number field keeps its formatted text on clear(): select it all and type over it. */
    private void number(String id, String value) {
        WebElement field = browser.visibleId(id);
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), value, Keys.TAB);
        browser.waitUntilIdle();
    }

    /** Chooses the option of a PrimeFaces menu whose label starts with the given text. */
    private void chooseStartingWith(String id, String labelStart) {
        for (int attempt = 1; ; attempt++) {
            browser.waitUntilIdle();
            browser.clickId(id);
            browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id(id + "_panel")));
            browser.click(By.cssSelector("[id='" + id + "_items'] li[data-label^='" + labelStart + "']"));
            browser.waitUntilIdle();
            boolean taken =
                    browser.driver().findElement(By.id(id + "_label")).getText().startsWith(labelStart);
            if (taken || attempt == 3) {
                assertTrue(taken, "the menu " + id + " did not take " + labelStart);
                return;
            }
        }
    }
}
