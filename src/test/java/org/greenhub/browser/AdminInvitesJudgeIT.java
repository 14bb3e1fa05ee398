package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.List;
import java.util.UUID;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator invites a judge from the users page; the judge accepts from the mailed link. */
class AdminInvitesJudgeIT extends BrowserTest {

    private static final By INVITE_DIALOG = By.id("inviteDialog");
    private static final By USER_ROWS = By.cssSelector("[id='usersForm:users_data'] > tr");

    @Test
    void adminInvitesAJudgeWhoAcceptsAndLandsOnTheJudgeDashboard() {
        Invitee judge = Invitee.unique();

        inviteJudgeThroughTheUsersPage(judge, true);

        // The search filters after a short typing pause: wait for the table's answer, not for a time.
        browser.type("usersForm:search", judge.name());
        browser.waitFor(ExpectedConditions.numberOfElementsToBe(USER_ROWS, 1));
        WebElement row = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(USER_ROWS));
        browser.waitFor(ExpectedConditions.textToBePresentInElement(row, judge.email()));
        String rowText = row.getText();
        assertTrue(rowText.contains(judge.name()), rowText);
        assertTrue(rowText.contains(BundleText.english("account", "account.role.JUDGE")), rowText);
        assertTrue(rowText.contains(BundleText.english("account", "account.status.INVITED")), rowText);
        browser.captureForReview("05-users-search-finds-judge");

        // The judge opens the mail on their own computer: nothing of the administrator's session comes along.
        browser.startFreshSession();
        GreenHubSteps.openMailedLink(browser, judge.email(), "account/accept-invitation.xhtml");
        browser.type("invitationForm:password", judge.password());
        browser.captureForReview("06-accept-invitation");
        browser.clickIdAndWaitForNewPage("invitationForm:submit");

        assertEquals("dashboard/judge.xhtml", browser.currentPage());
        WebElement dashboard = browser.visibleId("judgeDashboard");
        assertTrue(
                dashboard.getText().contains(judge.name()),
                "the judge is greeted by the invited name: " + dashboard.getText());
        assertEquals(judge.email(), browser.visibleId("profileLink").getText());
        browser.captureForReview("07-judge-dashboard");
    }

    /** The page says "Check your name and choose a password", so the name the administrator typed must be there to check. */
    @Test
    void invitationPageShowsTheInvitedNameToCheck() {
        Invitee judge = Invitee.unique();
        inviteJudgeThroughTheUsersPage(judge, false);

        browser.startFreshSession();
        GreenHubSteps.openMailedLink(browser, judge.email(), "account/accept-invitation.xhtml");

        assertEquals(
                BundleText.english("account", "account.invitation.intro"),
                browser.visible(By.cssSelector("[id='invitationForm'] p")).getText());
        assertEquals(
                judge.name(), browser.visibleId("invitationForm:displayName").getAttribute("value"));
    }

    private record Invitee(String email, String name, String password) {
        static Invitee unique() {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            return new Invitee(
                    "judge-" + suffix + "@example.test", "Somchai Judge " + suffix, "Fair-Scores-For-All-" + suffix);
        }
    }

    /**
     * Signs in as the administrator and sends a judge's invitation from the users page, checking each step.
     * Only one test keeps review pictures of these pages, so the pictures always come from the same run.
     */
    private void inviteJudgeThroughTheUsersPage(Invitee judge, boolean keepReviewPictures) {
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        assertEquals("dashboard/admin.xhtml", browser.currentPage());
        browser.visibleId("adminDashboard");
        captureForReviewIf(keepReviewPictures, "01-admin-dashboard");

        browser.clickMenuLinkAndWaitForNewPage("navUsers");
        assertEquals("account/admin/users.xhtml", browser.currentPage());
        browser.visibleId("usersForm:users");
        captureForReviewIf(keepReviewPictures, "02-users");

        browser.clickId("usersForm:openInvite");
        browser.visible(INVITE_DIALOG);
        browser.type("inviteForm:email", judge.email());
        browser.type("inviteForm:displayName", judge.name());
        chooseOnlyRole(BundleText.english("account", "account.role.JUDGE"));
        captureForReviewIf(keepReviewPictures, "03-invite-dialog");

        browser.clickId("inviteForm:sendInvite");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(INVITE_DIALOG));
        String confirmation =
                MessageFormat.format(BundleText.english("account", "account.admin.invited"), judge.email());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), confirmation));
        captureForReviewIf(keepReviewPictures, "04-invitation-sent");
    }

    private void captureForReviewIf(boolean keep, String step) {
        if (keep) {
            browser.captureForReview(step);
        }
    }

    /** Ticks exactly one role in the invite dialog; PrimeFaces hides the real check boxes behind styled boxes. */
    private void chooseOnlyRole(String roleLabel) {
        List<WebElement> boxes =
                browser.driver().findElements(By.cssSelector("[id='inviteForm:roles'] input[type=checkbox]"));
        assertTrue(boxes.size() > 1, "the dialog offers the roles to choose from");
        for (WebElement box : boxes) {
            WebElement label =
                    browser.driver().findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            boolean wanted = label.getText().trim().equals(roleLabel);
            if (box.isSelected() != wanted) {
                browser.click(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            }
            browser.waitFor(ExpectedConditions.elementSelectionStateToBe(box, wanted));
        }
    }
}
