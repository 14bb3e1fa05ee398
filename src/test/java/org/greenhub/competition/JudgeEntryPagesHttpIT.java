package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.server.JudgedEntryFixtures;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 over HTTP, as the judge who found it probed the server: the entry page ({@code /competition/entry.xhtml?id=N})
 * and the entry's files answer 404 to a judge, assigned or not, blind round or not, while the entry's people and its
 * manager keep the page; the judge's scoring page shows what they score and, in a blind round, nothing that names
 * the applicant; no page shows a reference made of the id.
 */
class JudgeEntryPagesHttpIT extends HttpTest {

    private JsonObject scene(boolean blind) {
        return postScenario("test-support/judged-entry-scenario?blind=" + blind);
    }

    private FormSession signedIn(JsonObject s, String who) {
        FormSession session = new FormSession(base);
        session.signIn(s.getString(who), s.getString("password"));
        return session;
    }

    @Test
    void anAssignedJudgeGetsNotFoundForTheEntryPageAndItsFilesInBlindAndOpenRounds() {
        for (boolean blind : new boolean[] {true, false}) {
            JsonObject s = scene(blind);
            String page =
                    "competition/entry.xhtml?id=" + s.getJsonNumber("entryId").longValue();
            FormSession judge = signedIn(s, "judge");
            HttpResponse<String> refused = judge.get(page);
            assertEquals(404, refused.statusCode(), "blind=" + blind);
            assertFalse(refused.body().contains(s.getString("title")), "blind=" + blind);
            HttpResponse<String> file = new Http(base)
                    .get(
                            "api/competition/attachments/"
                                    + s.getJsonNumber("attachmentId").longValue(),
                            Http.basic(s.getString("judge"), s.getString("password")));
            assertEquals(404, file.statusCode(), "blind=" + blind);

            for (String insider : new String[] {"owner", "manager"}) {
                HttpResponse<String> full = signedIn(s, insider).get(page);
                assertEquals(200, full.statusCode(), insider);
                assertTrue(full.body().contains(s.getString("title")), insider);
                assertTrue(
                        full.body().contains(s.getString("reference")),
                        "the page names the entry by its reference: " + insider);
                assertFalse(
                        full.body()
                                .contains(String.format(
                                        "E%05d", s.getJsonNumber("entryId").longValue())),
                        "no id-based reference");
            }
        }
    }

    @Test
    void theBlindScoringPageShowsWhatTheJudgeScoresAndNothingThatNamesTheApplicant() {
        JsonObject s = scene(true);
        String score = "evaluation/judge/score.xhtml?round="
                + s.getJsonNumber("roundId").longValue() + "&subject="
                + s.getJsonNumber("subjectId").longValue();
        HttpResponse<String> page = signedIn(s, "judge").get(score);
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains(s.getString("reference")));
        assertTrue(body.contains(JudgedEntryFixtures.SUMMARY), "the judge reads the entry's content here");
        String organisation = s.getString("organisation");
        // the ASCII parts too, in case the page writes the rest as character references
        for (String secret : new String[] {
            s.getString("title"),
            organisation,
            organisation.substring(organisation.length() - 8),
            JudgedEntryFixtures.FILE_NAME,
            "Solar business plan",
            JudgedEntryFixtures.IMAGE_NAME,
            "savings chart",
            JudgedEntryFixtures.REVENUE.toPlainString(),
            s.getString("founded")
        }) {
            assertFalse(body.contains(secret), "a blind round's page must not show " + secret);
        }
    }

    @Test
    void theScoringPageOfARoundThatIsNotBlindShowsTitleAndFigures() {
        JsonObject s = scene(false);
        String score = "evaluation/judge/score.xhtml?round="
                + s.getJsonNumber("roundId").longValue() + "&subject="
                + s.getJsonNumber("subjectId").longValue();
        String body = signedIn(s, "judge").get(score).body();
        assertTrue(body.contains(s.getString("title")));
        assertTrue(body.contains(JudgedEntryFixtures.SUMMARY));
        assertTrue(
                body.contains(JudgedEntryFixtures.REVENUE.toPlainString()),
                "figures are a judge's to read when the round is not blind");
    }

    @Test
    void theWorkspaceShowsAttachmentsFromGreenHubsOwnSandboxedPreviewAddressNamedNeutrallyInABlindRound() {
        JsonObject s = scene(true);
        String score = "evaluation/judge/score.xhtml?round="
                + s.getJsonNumber("roundId").longValue() + "&subject="
                + s.getJsonNumber("subjectId").longValue();
        HttpResponse<String> page = signedIn(s, "judge").get(score);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("frame-src 'self'"), "the page may frame GreenHub's own previews only: " + policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        java.util.regex.Matcher frame = java.util.regex.Pattern.compile("<iframe src=\"([^\"]+/preview)\"")
                .matcher(page.body());
        assertTrue(frame.find(), "the PDF is shown in the page");
        assertTrue(page.body().contains("/preview\" alt="), "the picture is shown in the page");

        String preview = frame.group(1).replaceFirst("^/", "");
        HttpResponse<String> judge =
                new Http(base).get(preview, Http.basic(s.getString("judge"), s.getString("password")));
        assertEquals(200, judge.statusCode());
        assertEquals(
                "application/pdf", judge.headers().firstValue("Content-Type").orElseThrow());
        String disposition = judge.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("inline; filename=\"" + s.getString("reference") + "-"), disposition);
        assertFalse(disposition.contains("Solar"), "a blind round names no file: " + disposition);
        String filePolicy =
                judge.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(
                filePolicy.startsWith("sandbox;")
                        && filePolicy.contains("frame-ancestors 'self'")
                        && filePolicy.contains("default-src 'none'"),
                filePolicy);

        HttpResponse<String> owner =
                new Http(base).get(preview, Http.basic(s.getString("owner"), s.getString("password")));
        assertEquals(404, owner.statusCode(), "the applicant is no judge of it");
        HttpResponse<String> manager =
                new Http(base).get(preview, Http.basic(s.getString("manager"), s.getString("password")));
        assertEquals(404, manager.statusCode(), "managers download; previews are the judges'");
    }
}
