package org.greenhub.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The judges' API as a judge's script uses it: my assignments a page at a time, one sheet read with its ETag, saved
 * and submitted with If-Match (428 without, 412 stale, nothing stored either way), out-of-range values refused
 * naming the criterion in the caller's language, conflicts declared; anything not mine to score answers 404.
 */
class JudgingApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/judging-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> get(String path, String who, String language) {
        HttpRequest.Builder request = http.request(path).GET().header("Authorization", as(who));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> write(String method, String path, String authorization, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Accept-Language", "vi");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private String sheetPath(String key) {
        return "api/judging/sheets/" + s.getJsonNumber(key).longValue();
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static final String COMPLETE =
            "{\"values\":{\"tech\":{\"value\":8},\"market\":{\"value\":7},\"team\":{\"value\":4},"
                    + "\"green\":{\"value\":80},\"finance\":{\"value\":15,\"comment\":\"Plausible plan\"}},"
                    + "\"overallComment\":\"Solid entry\"}";

    @Test
    void myAssignmentsArePagedFilteredAndOnlyMine() {
        long round = s.getJsonNumber("roundId").longValue();
        HttpResponse<String> first = get("api/judging/assignments?round=" + round + "&size=1", "judge", null);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject page = Http.json(first);
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals("2", first.headers().firstValue("X-Total-Count").orElse(""));
        String links = String.join(",", first.headers().allValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("page=2"), links);
        JsonObject row = page.getJsonArray("items").getJsonObject(0);
        assertEquals(s.getString("reference"), row.getString("reference"));
        assertEquals(s.getString("title"), row.getString("title"));
        assertEquals("NOT_STARTED", row.getString("state"));
        assertEquals(
                s.getJsonNumber("firstSheet").longValue(),
                row.getJsonNumber("sheetId").longValue());

        // The round whose assignments are not published yet lists nothing, as in the queue.
        HttpResponse<String> hidden =
                get("api/judging/assignments?round=" + s.getJsonNumber("hiddenRoundId"), "judge", null);
        assertEquals(0, Http.json(hidden).getInt("total"), hidden.body());
        assertEquals(
                0,
                Http.json(get("api/judging/assignments?round=" + round + "&status=draft", "judge", null))
                        .getInt("total"));

        // The conflicted judge sees the first entry by reference only, and cannot open it.
        JsonObject theirs = Http.json(get("api/judging/assignments?round=" + round, "conflictedJudge", null));
        JsonObject conflicted = theirs.getJsonArray("items").stream()
                .map(v -> v.asJsonObject())
                .filter(r -> r.getString("reference").equals(s.getString("reference")))
                .findFirst()
                .orElseThrow();
        assertEquals("CONFLICT", conflicted.getString("state"));
        assertFalse(conflicted.containsKey("title") && !conflicted.isNull("title"), conflicted.toString());
        assertEquals(
                0, Http.json(get("api/judging/assignments", "outsider", null)).getInt("total"));

        HttpResponse<String> bad = get("api/judging/assignments?status=LATE", "judge", "vi");
        assertEquals(400, bad.statusCode(), bad.body());
        JsonObject problem = Http.json(bad);
        assertEquals("status", problem.getString("field"));
        assertTrue(
                problem.getString("detail").startsWith("Tham số “status” phải là một trong"),
                problem.getString("detail"));
    }

    @Test
    void aSheetIsReadSavedAndSubmittedWithItsETag() {
        HttpResponse<String> read = get(sheetPath("firstSheet"), "judge", null);
        assertEquals(200, read.statusCode(), read.body());
        JsonObject sheet = Http.json(read);
        assertEquals("NOT_STARTED", sheet.getString("status"));
        assertEquals(5, sheet.getJsonArray("criteria").size());
        JsonObject tech = sheet.getJsonArray("criteria").getJsonObject(0);
        assertEquals("tech", tech.getString("code"));
        assertEquals(10, tech.getJsonNumber("max").intValue());
        assertEquals(s.getString("title"), sheet.getJsonObject("entry").getString("title"));
        String tag = etag(read);

        HttpResponse<String> noIfMatch = write("PUT", sheetPath("firstSheet"), as("judge"), null, COMPLETE);
        assertEquals(428, noIfMatch.statusCode(), noIfMatch.body());
        assertEquals(
                "NOT_STARTED",
                Http.json(get(sheetPath("firstSheet"), "judge", null)).getString("status"),
                "nothing stored without If-Match");

        HttpResponse<String> outOfRange =
                write("PUT", sheetPath("firstSheet"), as("judge"), tag, "{\"values\":{\"tech\":{\"value\":11}}}");
        assertEquals(422, outOfRange.statusCode(), outOfRange.body());
        JsonObject problem = Http.json(outOfRange);
        assertEquals("tech", problem.getString("field"));
        assertEquals("evaluation.scoring.valueNotAccepted", problem.getString("code"));
        assertTrue(problem.getString("detail").startsWith("Tiêu chí tech"), problem.getString("detail"));

        HttpResponse<String> partial =
                write("PUT", sheetPath("firstSheet"), as("judge"), tag, "{\"values\":{\"tech\":{\"value\":8}}}");
        assertEquals(200, partial.statusCode(), partial.body());
        assertEquals("DRAFT", Http.json(partial).getString("status"));
        assertEquals(
                8, Http.json(partial).getJsonArray("criteria").getJsonObject(0).getInt("value"));
        String saved = etag(partial);
        assertNotEquals(tag, saved);

        HttpResponse<String> stale = write("PUT", sheetPath("firstSheet"), as("judge"), tag, COMPLETE);
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                BundleText.translated("platform", "vi", "platform.api.ifMatch.stale")
                        .orElseThrow(),
                Http.json(stale).getString("detail"));

        HttpResponse<String> incomplete = write("POST", sheetPath("firstSheet") + "/submit", as("judge"), saved, null);
        assertEquals(422, incomplete.statusCode(), incomplete.body());
        assertEquals("evaluation.scoring.incomplete", Http.json(incomplete).getString("code"));
        assertEquals(
                428,
                write("POST", sheetPath("firstSheet") + "/submit", as("judge"), null, null)
                        .statusCode());

        HttpResponse<String> complete = write("PUT", sheetPath("firstSheet"), as("judge"), saved, COMPLETE);
        assertEquals(200, complete.statusCode(), complete.body());
        HttpResponse<String> submitted =
                write("POST", sheetPath("firstSheet") + "/submit", as("judge"), etag(complete), null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        assertEquals("Solid entry", Http.json(submitted).getString("overallComment"));
        assertEquals(
                1,
                Http.json(get(
                                "api/judging/assignments?round=" + s.getJsonNumber("roundId") + "&status=SUBMITTED",
                                "judge",
                                null))
                        .getInt("total"));
    }

    @Test
    void aSheetThatIsNotMineToScoreIs404LikeOneThatDoesNotExist() {
        HttpResponse<String> missing = get("api/judging/sheets/999999999", "judge", null);
        assertEquals(404, missing.statusCode());
        for (String[] attempt : new String[][] {
            {"outsider", "firstSheet"}, // another judge's sheet
            {"conflictedJudge", "firstSheet"}, // another judge's sheet, seen by a judge of the same round
            {"conflictedJudge", "conflictedSheet"}, // my own, on an entry I am conflicted with
            {"judge", "hiddenSheet"} // my own, in a round whose assignments are not published
        }) {
            HttpResponse<String> refused = get(sheetPath(attempt[1]), attempt[0], null);
            assertEquals(404, refused.statusCode(), String.join(" on ", attempt));
            assertEquals(missing.body(), refused.body(), String.join(" on ", attempt));
        }
        HttpResponse<String> write = write("PUT", sheetPath("firstSheet"), as("outsider"), "*", COMPLETE);
        assertEquals(404, write.statusCode(), write.body());
        assertEquals(401, http.get(sheetPath("firstSheet"), null).statusCode());
    }

    @Test
    void aJudgeDeclaresAConflictOnAnAssignedEntryAndNoLongerOpensIt() {
        HttpResponse<String> notMine = write(
                "POST",
                "api/judging/conflicts",
                as("judge"),
                null,
                "{\"sheetId\":" + s.getJsonNumber("conflictedSecondSheet") + ",\"type\":\"FAMILY\",\"reason\":\"x\"}");
        assertEquals(404, notMine.statusCode(), notMine.body());

        HttpResponse<String> badType = write(
                "POST",
                "api/judging/conflicts",
                as("judge"),
                null,
                "{\"sheetId\":" + s.getJsonNumber("secondSheet") + ",\"type\":\"GRUDGE\"}");
        assertEquals(422, badType.statusCode(), badType.body());
        assertEquals("type", Http.json(badType).getString("field"));

        HttpResponse<String> readOnly = write(
                "POST",
                "api/judging/conflicts",
                "Bearer " + s.getString("readToken"),
                null,
                "{\"sheetId\":" + s.getJsonNumber("secondSheet") + ",\"type\":\"FAMILY\",\"reason\":\"My cousin\"}");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));
        HttpResponse<String> readWithToken = http.get("api/judging/assignments", "Bearer " + s.getString("readToken"));
        assertEquals(200, readWithToken.statusCode(), "a read-only token reads");
        assertEquals(200, get(sheetPath("secondSheet"), "judge", null).statusCode(), "nothing declared by the token");

        HttpResponse<String> declared = write(
                "POST",
                "api/judging/conflicts",
                as("judge"),
                null,
                "{\"sheetId\":" + s.getJsonNumber("secondSheet") + ",\"type\":\"FAMILY\",\"reason\":\"My cousin\"}");
        assertEquals(201, declared.statusCode(), declared.body());
        assertEquals(s.getString("secondReference"), Http.json(declared).getString("on"));
        assertEquals(404, get(sheetPath("secondSheet"), "judge", null).statusCode());

        JsonObject mine = Http.json(get("api/judging/conflicts", "judge", null));
        assertEquals(1, mine.getInt("total"));
        assertEquals("FAMILY", mine.getJsonArray("items").getJsonObject(0).getString("type"));
        assertEquals("My cousin", mine.getJsonArray("items").getJsonObject(0).getString("reason"));
    }
}
