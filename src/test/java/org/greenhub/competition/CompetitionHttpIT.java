package org.greenhub.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.server.CompetitionScenarioServlet;
import org.junit.jupiter.api.Test;

/**
 * Over HTTP: an entry's page and files answer 404 to another applicant and to a judge without an assignment (exactly
 * like an unknown id), 401 without sign-in, and reach their owner and the competition's manager as a safe download.
 */
class CompetitionHttpIT extends HttpTest {

    private JsonObject scenario() {
        return postScenario("test-support/competition-scenario");
    }

    @Test
    void attachmentsAreDownloadedOnlyByThoseWhoMayReadTheEntry() {
        JsonObject s = scenario();
        Http http = new Http(base);
        String password = s.getString("password");
        String file =
                "api/competition/attachments/" + s.getJsonNumber("attachmentId").longValue();

        assertEquals(401, http.get(file, null).statusCode());
        for (String other : new String[] {s.getString("stranger"), s.getString("judge")}) {
            HttpResponse<String> denied = http.get(file, Http.basic(other, password));
            assertEquals(404, denied.statusCode(), other);
            assertFalse(denied.body().contains("%PDF"));
        }
        assertEquals(
                404,
                http.get("api/competition/attachments/987654321", Http.basic(s.getString("owner"), password))
                        .statusCode(),
                "an unknown id answers like a forbidden one");

        for (String reader : new String[] {s.getString("owner"), s.getString("manager")}) {
            HttpResponse<String> download = http.get(file, Http.basic(reader, password));
            assertEquals(200, download.statusCode(), reader);
            assertTrue(download.body().startsWith("%PDF"));
            assertEquals(
                    "application/pdf",
                    download.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertEquals(
                    "nosniff",
                    download.headers().firstValue("X-Content-Type-Options").orElse(""));
            String disposition =
                    download.headers().firstValue("Content-Disposition").orElse("");
            assertTrue(disposition.startsWith("attachment;"), disposition);
            assertTrue(
                    disposition.contains("filename=\"") && !disposition.contains("商业"),
                    "an ASCII fallback name: " + disposition);
            assertTrue(disposition.contains("filename*=UTF-8''"), disposition);
        }
        assertTrue(CompetitionScenarioServlet.FILE_NAME.startsWith("商业"));
    }

    @Test
    void theEntryPageIsNotFoundForAnotherApplicant() {
        JsonObject s = scenario();
        String page = "competition/entry.xhtml?id=" + s.getJsonNumber("entryId").longValue();
        String password = s.getString("password");

        FormSession stranger = new FormSession(base);
        stranger.signIn(s.getString("stranger"), password);
        assertEquals(404, stranger.get(page).statusCode());
        assertEquals(404, stranger.get("competition/entry.xhtml?id=987654321").statusCode());

        FormSession judge = new FormSession(base);
        judge.signIn(s.getString("judge"), password);
        assertEquals(404, judge.get(page).statusCode());

        FormSession owner = new FormSession(base);
        owner.signIn(s.getString("owner"), password);
        HttpResponse<String> own = owner.get(page);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Private project"));

        FormSession manager = new FormSession(base);
        manager.signIn(s.getString("manager"), password);
        assertEquals(200, manager.get(page).statusCode());
        assertEquals(
                403,
                stranger.get("competition/manage/entries.xhtml?id="
                                + s.getJsonNumber("competitionId").longValue())
                        .statusCode(),
                "the managers' pages need the manager role");
    }
}
