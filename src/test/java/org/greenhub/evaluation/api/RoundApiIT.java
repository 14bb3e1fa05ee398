package org.greenhub.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The managers' round API as a manager's script uses it: the round with its rubric and counts, progress by judge and
 * by entry a page at a time, the ranking under the declared and every other method, the sensitivity report, the
 * exports, and the automatic assignment plan previewed and applied with If-Match. Rounds of programmes the caller
 * does not manage, and every round to people who manage none, answer 404; a token reaches only as far as it may.
 */
class RoundApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/round-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private String token(String which) {
        return "Bearer " + s.getString(which);
    }

    private String round(String key) {
        return "api/rounds/" + s.getJsonNumber(key).longValue();
    }

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = http.request(path).GET().header("Authorization", authorization);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> post(String path, String authorization, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static JsonObject byReference(JsonArray lines, String reference) {
        return lines.stream()
                .map(JsonValue::asJsonObject)
                .filter(line -> line.getString("reference").equals(reference))
                .findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not in " + lines));
    }

    private static String oneOf(String language, String parameter, String values) {
        return MessageFormat.format(
                BundleText.translated("platform", language, "platform.api.query.oneOf")
                        .orElseThrow(),
                parameter,
                values);
    }

    @Test
    void aManagerReadsTheRoundWithItsRubricMethodAndCounts() {
        HttpResponse<String> read = get(round("roundId"), as("manager"), null);
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("ETag").isPresent(), "the round's tag");
        JsonObject r = Http.json(read);
        assertEquals("Preliminary round", r.getString("name"));
        assertEquals(s.getString("programmeKey"), r.getJsonObject("programme").getString("key"));
        assertEquals("OPEN", r.getString("status"));
        assertEquals("UTC", r.getString("zone"));
        assertTrue(r.getBoolean("assignmentsPublished"));
        JsonArray criteria = r.getJsonArray("criteria");
        assertEquals(5, criteria.size());
        JsonObject tech = criteria.getJsonObject(0);
        assertEquals("tech", tech.getString("code"));
        assertEquals(30, tech.getJsonNumber("weight").intValue());
        assertEquals(10, tech.getJsonNumber("max").intValue());
        assertEquals(3, tech.getJsonNumber("commentRequiredBelow").intValue());
        assertEquals("MEAN", r.getJsonObject("method").getString("type"));
        JsonArray tieBreak = r.getJsonObject("method").getJsonArray("tieBreak");
        assertEquals(List.of("green", "tech"), List.of(tieBreak.getString(0), tieBreak.getString(1)));
        JsonObject counts = r.getJsonObject("counts");
        assertEquals(3, counts.getInt("entries"));
        assertEquals(3, counts.getInt("judges"));
        assertEquals(9, counts.getInt("assignments"));
        assertEquals(8, counts.getInt("submitted"));

        // a read-only token reads; one limited to competitions does not reach evaluation
        assertEquals(200, get(round("roundId"), token("readToken"), null).statusCode());
        HttpResponse<String> outside = get(round("roundId"), token("competitionToken"), null);
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
    }

    @Test
    void roundsOfOtherProgrammesAndToNonManagersAre404LikeOnesThatDoNotExist() {
        HttpResponse<String> missing = get("api/rounds/999999999", as("manager"), null);
        assertEquals(404, missing.statusCode(), missing.body());
        for (String[] attempt : new String[][] {
            {"manager", "otherRoundId", ""}, // a round of a competition someone else manages
            {"judge", "roundId", ""}, // a judge of the round, who manages nothing
            {"manager", "otherRoundId", "/results"},
            {"judge", "roundId", "/progress"},
            {"judge", "roundId", "/export?format=csv"}
        }) {
            HttpResponse<String> refused = get(round(attempt[1]) + attempt[2], as(attempt[0]), null);
            assertEquals(404, refused.statusCode(), String.join(" on ", attempt));
            assertEquals(missing.body(), refused.body(), String.join(" on ", attempt));
        }
        HttpResponse<String> theirs = get(round("otherRoundId"), as("otherManager"), "zh-CN");
        assertEquals(200, theirs.statusCode(), "the competition's manager reads it: " + theirs.body());
        JsonObject programme = Http.json(theirs).getJsonObject("programme");
        assertEquals("competition", programme.getString("kind"));
        assertEquals("Cup round-api-cup", programme.getString("name"), "the edition named only in English");
        assertEquals("Asia/Shanghai", Http.json(theirs).getString("zone"));
        assertEquals(401, http.get(round("roundId"), null).statusCode());
        assertEquals(401, http.get(round("roundId") + "/results", null).statusCode());
    }

    @Test
    void progressByJudgeAndByEntryIsPagedInTheDatabase() {
        HttpResponse<String> first = get(round("roundId") + "/progress?size=2", as("manager"), null);
        assertEquals(200, first.statusCode(), first.body());
        JsonObject page = Http.json(first);
        assertEquals(3, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals("3", first.headers().firstValue("X-Total-Count").orElse(""));
        String links = String.join(",", first.headers().allValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("page=2"), links);
        JsonObject judge0 = page.getJsonArray("items").getJsonObject(0);
        assertEquals(s.getString("judge"), judge0.getString("email"));
        assertEquals(3, judge0.getInt("assigned"));
        assertEquals(3, judge0.getInt("submitted"));
        assertEquals(0, judge0.getInt("conflictsDeclared"));

        JsonObject last = Http.json(get(round("roundId") + "/progress?view=judges&size=2&page=2", as("manager"), null));
        assertEquals(1, last.getJsonArray("items").size());
        JsonObject judge2 = last.getJsonArray("items").getJsonObject(0);
        assertEquals(s.getString("judgeName"), judge2.getString("name"));
        assertEquals(2, judge2.getInt("submitted"));
        assertEquals(1, judge2.getInt("missing"));
        assertEquals(1, judge2.getInt("conflictsDeclared"));

        HttpResponse<String> entries =
                get(round("roundId") + "/progress?view=ENTRIES&size=2&page=2", as("manager"), null);
        assertEquals(200, entries.statusCode(), entries.body());
        assertEquals("3", entries.headers().firstValue("X-Total-Count").orElse(""));
        JsonObject c = Http.json(entries).getJsonArray("items").getJsonObject(0);
        assertEquals(s.getString("c"), c.getString("reference"));
        assertEquals(3, c.getInt("assigned"));
        assertEquals(2, c.getInt("submitted"));
        assertEquals(1, c.getInt("missing"));
        assertFalse(c.getBoolean("complete"));

        HttpResponse<String> bad = get(round("roundId") + "/progress?view=panels", as("manager"), "th");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(bad);
        assertEquals("view", problem.getString("field"));
        assertEquals(oneOf("th", "view", "JUDGES, ENTRIES"), problem.getString("detail"));
        assertEquals(
                "size",
                Http.json(get(round("roundId") + "/progress?size=101", as("manager"), null))
                        .getString("field"));
    }

    @Test
    void resultsRankByTheDeclaredMethodOrAnyOtherAndTheReportShowsRanksMoving() {
        HttpResponse<String> declared = get(round("roundId") + "/results", as("manager"), null);
        assertEquals(200, declared.statusCode(), declared.body());
        JsonObject mean = Http.json(declared);
        assertEquals("MEAN", mean.getString("method"));
        assertEquals("MEAN", mean.getString("declaredMethod"));
        assertEquals(4, mean.getJsonArray("methods").size());
        JsonArray meanLines = mean.getJsonArray("entries");
        assertEquals(s.getString("a"), meanLines.getJsonObject(0).getString("reference"));
        assertEquals(1, byReference(meanLines, s.getString("a")).getInt("rank"));
        assertEquals(2, byReference(meanLines, s.getString("b")).getInt("rank"));
        assertEquals(
                "Entry " + s.getString("a"),
                byReference(meanLines, s.getString("a")).getString("title"));
        assertEquals(3, byReference(meanLines, s.getString("a")).getInt("sheets"));
        JsonObject c = byReference(meanLines, s.getString("c"));
        assertEquals(2, c.getInt("sheets"));
        assertTrue(c.getJsonArray("flags").toString().contains("FEWER_JUDGES_THAN_PLANNED"), c.toString());

        JsonObject median = Http.json(get(round("roundId") + "/results?method=median", as("manager"), null));
        assertEquals("MEDIAN", median.getString("method"));
        assertEquals("MEAN", median.getString("declaredMethod"));
        assertEquals(
                1, byReference(median.getJsonArray("entries"), s.getString("b")).getInt("rank"));
        assertEquals(
                2, byReference(median.getJsonArray("entries"), s.getString("a")).getInt("rank"));

        HttpResponse<String> unknown = get(round("roundId") + "/results?method=mode", as("manager"), "vi");
        assertEquals(400, unknown.statusCode(), unknown.body());
        JsonObject problem = Http.json(unknown);
        assertEquals("method", problem.getString("field"));
        assertEquals(oneOf("vi", "method", "MEAN, MEDIAN, TRIMMED_MEAN, ZSCORE"), problem.getString("detail"));

        HttpResponse<String> report = get(round("roundId") + "/sensitivity", as("manager"), null);
        assertEquals(200, report.statusCode(), report.body());
        JsonObject sensitivity = Http.json(report);
        assertEquals("MEAN", sensitivity.getString("declaredMethod"));
        JsonObject a = byReference(sensitivity.getJsonArray("lines"), s.getString("a"));
        assertEquals(4, a.getJsonArray("places").size());
        JsonObject underMedian = a.getJsonArray("places").stream()
                .map(JsonValue::asJsonObject)
                .filter(p -> p.getString("method").equals("MEDIAN"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, underMedian.getInt("rank"), a.toString());
        assertEquals(
                s.getString("a"),
                sensitivity.getJsonArray("lines").getJsonObject(0).getString("reference"));
    }

    @Test
    void theExportsAreThePagesDownloads() {
        HttpResponse<String> csv = get(round("roundId") + "/export?format=csv", as("manager"), null);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String disposition = csv.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment") && disposition.contains(".csv"), disposition);
        String[] lines = csv.body().replace("\uFEFF", "").split("\r?\n");
        assertTrue(lines[0].startsWith("scope,rank,entry,score,judges"), lines[0]);
        assertTrue(lines[1].contains(s.getString("a")), lines[1]);

        HttpResponse<String> workbook =
                get(round("roundId") + "/export?format=XLSX&content=scores", as("manager"), null);
        assertEquals(200, workbook.statusCode(), workbook.body());
        assertEquals(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                workbook.headers().firstValue("Content-Type").orElse(""));
        assertTrue(workbook.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .contains(".xlsx"));
        assertTrue(workbook.body().startsWith("PK"), "a zip (OOXML) file");

        HttpResponse<String> pdf = get(round("roundId") + "/export?format=pdf", as("manager"), "zh-CN");
        assertEquals(400, pdf.statusCode(), pdf.body());
        assertEquals("format", Http.json(pdf).getString("field"));
        assertEquals(oneOf("zh_CN", "format", "CSV, XLSX"), Http.json(pdf).getString("detail"));
    }

    @Test
    void anAssignmentPlanIsPreviewedThenAppliedWithTheRoundsETag() {
        String planned = round("plannedRoundId");
        HttpResponse<String> readOnly = post(planned + "/assignments/preview", token("readToken"), null, "{}");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));

        HttpResponse<String> preview =
                post(planned + "/assignments/preview", token("writeToken"), null, "{\"seed\":7}");
        assertEquals(200, preview.statusCode(), preview.body());
        JsonObject plan = Http.json(preview);
        assertEquals(7, plan.getInt("seed"));
        assertEquals(4, plan.getInt("planned"));
        for (JsonValue entry : plan.getJsonArray("entries")) {
            assertEquals(2, entry.asJsonObject().getJsonArray("judges").size(), entry.toString());
        }
        assertEquals(0, assignmentCount(planned), "a preview stores nothing");

        String tag =
                get(planned, as("manager"), null).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> without = post(planned + "/assignments/apply", token("writeToken"), null, "{\"seed\":7}");
        assertEquals(428, without.statusCode(), without.body());
        HttpResponse<String> stale = post(
                planned + "/assignments/apply",
                token("writeToken"),
                "\"" + s.getJsonNumber("plannedRoundId") + "-999\"",
                "{\"seed\":7}");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(0, assignmentCount(planned), "nothing stored without the current tag");

        HttpResponse<String> applied = post(planned + "/assignments/apply", token("writeToken"), tag, "{\"seed\":7}");
        assertEquals(200, applied.statusCode(), applied.body());
        assertEquals(4, Http.json(applied).getInt("planned"));
        assertEquals(4, assignmentCount(planned));
        String after = applied.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, after);
        assertEquals(
                after,
                get(planned, as("manager"), null).headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> again = post(planned + "/assignments/apply", token("writeToken"), tag, "{\"seed\":8}");
        assertEquals(412, again.statusCode(), "the tag the first apply used is stale now: " + again.body());

        String published = get(round("roundId"), as("manager"), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        HttpResponse<String> refused =
                post(round("roundId") + "/assignments/apply", token("writeToken"), published, "{}");
        assertEquals(409, refused.statusCode(), "published assignments are not reshuffled: " + refused.body());

        HttpResponse<String> badSeed =
                post(planned + "/assignments/preview", token("writeToken"), null, "{\"seed\":\"seven\"}");
        assertEquals(422, badSeed.statusCode(), badSeed.body());
        assertEquals("seed", Http.json(badSeed).getString("field"));
    }

    private int assignmentCount(String roundPath) {
        return Http.json(get(roundPath, as("manager"), null))
                .getJsonObject("counts")
                .getInt("assignments");
    }
}
