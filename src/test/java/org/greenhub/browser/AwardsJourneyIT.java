package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The awards from proposal to certificate in the browser: manager A proposes and may not approve their own proposal,
 * manager B approves and publishes, the public sees the provisional result and how to object, a signed-in person
 * objects with evidence, manager A investigates and revokes the award, the notice period ends, the public sees the
 * final result with the revocation, and a certificate downloads. The scored edition comes from the test servlet.
 */
class AwardsJourneyIT extends BrowserTest {

    @Test
    void managersProposeApproveAndPublishAnObjectionIsDecidedAndTheFinalResultHasCertificates() throws Exception {
        Http http = new Http(base);
        JsonObject s =
                Http.json(http.send("POST", "test-support/award-scenario?stage=judging", null, null, new byte[0]));
        long competition = s.getJsonNumber("competitionId").longValue();
        String password = s.getString("password");
        String thirdAwardee = s.getJsonArray("awardees").getString(3);

        // Manager A proposes; approving their own proposal is refused with the four-eyes message.
        signIn(s.getString("managerA"), password);
        browser.open("competition/awards/manage.xhtml?competition=" + competition);
        browser.clickId("awardsForm:propose");
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("awardsForm:awardTable"), thirdAwardee));
        browser.clickId("awardsForm:approve");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), BundleText.english("award", "award.result.fourEyes")));
        browser.clickId("awardsForm:publish");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), BundleText.english("award", "award.result.notApproved")));
        browser.captureForReview("01-proposed-four-eyes");

        // Manager B approves and publishes.
        browser.startFreshSession();
        signIn(s.getString("managerB"), password);
        browser.open("competition/awards/manage.xhtml?competition=" + competition);
        browser.clickId("awardsForm:approve");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("approvedBy")));
        browser.clickId("awardsForm:publish");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("noticeEnds")));
        assertEquals(
                BundleText.english("award", "award.resultStatus.PUBLISHED"),
                browser.visibleId("resultStatus").getText());

        // The public, not signed in, sees the provisional result and how to object.
        browser.startFreshSession();
        browser.open("public/results.xhtml?competition=" + competition);
        assertTrue(browser.visibleId("phase")
                .getText()
                .contains(BundleText.english("publication", "publication.phase.PROVISIONAL")));
        browser.visibleId("howToObject");
        browser.captureForReview("02-public-provisional");

        // A signed-in person objects to the third-placed start-up's award, with evidence.
        signIn(s.getString("objector"), password);
        browser.open("public/results.xhtml?competition=" + competition);
        WebElement row = browser.visible(By.xpath("//tr[td[contains(., '" + thirdAwardee + "')]]"));
        row.findElement(By.cssSelector("a.gh-object-link")).click();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("objectionForm:text")));
        assertEquals(
                "Objector Real Name",
                browser.visibleId("objectionForm:realName").getAttribute("value"));
        browser.type(
                "objectionForm:text", "The same project won a prize at another competition under a different name.");
        Path evidence = Files.createTempFile("evidence", ".pdf");
        Files.write(evidence, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII));
        browser.visible(By.cssSelector("[id='objectionForm'] input[type=file]"))
                .sendKeys(evidence.toAbsolutePath().toString());
        browser.captureForReview("03-objection-form");
        browser.clickIdAndWaitForNewPage("objectionForm:fileObjection");
        browser.visibleId("filed");

        // Manager A investigates and revokes the award.
        browser.startFreshSession();
        signIn(s.getString("managerA"), password);
        browser.open("competition/awards/manage.xhtml?competition=" + competition);
        WebElement investigation = browser.visible(By.cssSelector("textarea[id$=':investigation']"));
        investigation.sendKeys("The other organiser confirmed the earlier prize.");
        browser.click(By.cssSelector("button[id$=':investigate']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), BundleText.english("award", "award.manage.investigated")));
        String decision =
                browser.visible(By.cssSelector("div[id$=':decision']")).getAttribute("id");
        browser.chooseInMenu(decision, BundleText.english("award", "award.decision.REVOKE"));
        browser.visible(By.cssSelector("textarea[id$=':reason']"))
                .sendKeys("An earlier prize for the same project was not declared.");
        browser.captureForReview("04-decide-objection");
        browser.click(By.cssSelector("button[id$=':decide']"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), BundleText.english("award", "award.manage.decided")));
        assertEquals("0", browser.visibleId("openObjections").getText());

        // The notice period ends: the result is final, the revocation public, certificates downloadable.
        assertEquals(
                200,
                http.send("POST", "test-support/award-scenario?endNotice=" + competition, null, null, new byte[0])
                        .statusCode());
        browser.startFreshSession();
        browser.open("public/results.xhtml?competition=" + competition);
        assertTrue(browser.visibleId("phase")
                .getText()
                .contains(BundleText.english("publication", "publication.phase.FINAL")));
        browser.visibleId("changes");
        assertTrue(browser.visibleId("changes").getText().contains(thirdAwardee));
        browser.captureForReview("05-public-final");
        String certificate =
                browser.visible(By.cssSelector("a.gh-certificate-link")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(certificate))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));

        browser.open("public/transparency.xhtml?competition=" + competition);
        browser.clickId("recomputeForm:recomputeButton");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("verdict"), BundleText.english("publication", "publication.transparency.matches")));
        browser.captureForReview("06-transparency-recomputed");
    }
}
