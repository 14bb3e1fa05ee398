package org.greenhub.reserve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The reserve managers' review over the API: the projects of their calls awaiting review, paged and filtered by call,
 * status and stage; one project with the grade its review proposes and its ETag; the decision page's decisions with
 * If-Match (428 without, 412 stale, the grade rule in the caller's language). Another manager's call and projects
 * are 404, an owner is refused, tokens keep to their reach.
 */
class ReserveReviewApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/reserve-review-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private long id(String key) {
        return s.getJsonNumber(key).longValue();
    }

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = http.request(path).GET().header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> decide(
            long project, String authorization, String ifMatch, String json, String language) {
        HttpRequest.Builder request = http.request("api/reserve/review/projects/" + project + "/decision")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static List<Long> ids(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(p -> p.getJsonNumber("id").longValue())
                .toList();
    }

    @Test
    void aManagerListsTheProjectsOfTheirCallsAwaitingReview() {
        String list = "api/reserve/review/projects";
        HttpResponse<String> first = get(list + "?size=2", as("manager"), "zh-CN");
        assertEquals(
                List.of(id("bestId"), id("secondId")),
                ids(first),
                "the longest waiting first, not the other call's project");
        assertEquals(3, Http.json(first).getInt("total"), "two in review and one submitted since");
        assertEquals("3", first.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(List.of(id("waitingId")), ids(get(list + "?size=2&page=2", as("manager"), "en")));
        JsonObject line = Http.json(first).getJsonArray("items").getJsonObject(0);
        assertTrue(line.getString("call").startsWith("绿色项目储备库"), "the call named in Chinese: " + line);

        assertEquals(List.of(id("waitingId")), ids(get(list + "?status=SUBMITTED", as("manager"), "en")));
        assertEquals(
                3,
                ids(get(list + "?call=" + id("callId") + "&stage=CONSTRUCTION", as("manager"), "en"))
                        .size());
        assertEquals(0, ids(get(list + "?stage=CONCEPT", as("manager"), "en")).size());
        assertEquals(List.of(id("elsewhereId")), ids(get(list, as("otherManager"), "en")));

        assertEquals(
                404,
                get(list + "?call=" + id("callId"), as("otherManager"), "en").statusCode(),
                "another's call");
        HttpResponse<String> draft = get(list + "?status=DRAFT", as("manager"), "th");
        assertEquals(400, draft.statusCode(), "drafts are the owners' alone: " + draft.body());
        assertEquals("status", Http.json(draft).getString("field"));
        assertTrue(Http.json(draft).getString("detail").startsWith("พารามิเตอร์ “status”"), draft.body());
        assertEquals(400, get(list + "?call=first", as("manager"), "en").statusCode());
        assertEquals(403, get(list, as("owner"), "en").statusCode(), "owners manage no call");
        assertEquals(401, get(list, null, "en").statusCode());
        HttpResponse<String> outside = get(list, "Bearer " + s.getString("zoneToken"), "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
    }

    @Test
    void aManagerListsAProjectWithIfMatchAndTheGradeRuleIsKept() {
        String path = "api/reserve/review/projects/" + id("bestId");
        HttpResponse<String> read = get(path, as("manager"), "en");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject project = Http.json(read);
        assertEquals("IN_REVIEW", project.getString("status"));
        assertEquals("A", project.getJsonObject("proposal").getString("grade"), read.body());
        String tag = read.headers().firstValue("ETag").orElseThrow();

        assertEquals(404, get(path, as("otherManager"), "en").statusCode(), "another manager's project");
        assertEquals(404, get(path, as("owner"), "en").statusCode(), "the owner reads it on their own pages");
        assertEquals(
                404,
                decide(id("bestId"), as("otherManager"), tag, "{\"decision\":\"REJECT\",\"reason\":\"No.\"}", "en")
                        .statusCode());
        assertEquals(
                428,
                decide(id("bestId"), as("manager"), null, "{\"decision\":\"LIST\",\"grade\":\"A\"}", "en")
                        .statusCode());
        HttpResponse<String> readOnly = decide(
                id("bestId"),
                "Bearer " + s.getString("readToken"),
                tag,
                "{\"decision\":\"LIST\",\"grade\":\"A\"}",
                "en");
        assertEquals(403, readOnly.statusCode(), readOnly.body());

        HttpResponse<String> otherGrade =
                decide(id("bestId"), as("manager"), tag, "{\"decision\":\"LIST\",\"grade\":\"B\"}", "vi");
        assertEquals(422, otherGrade.statusCode(), otherGrade.body());
        assertEquals("reason", Http.json(otherGrade).getString("field"));
        assertEquals(
                "Hãy nêu lý do khi chọn hạng khác với hạng mà kết quả chấm đề xuất.",
                Http.json(otherGrade).getString("detail"));
        HttpResponse<String> badDecision = decide(id("bestId"), as("manager"), tag, "{\"decision\":\"APPROVE\"}", "en");
        assertEquals(422, badDecision.statusCode(), badDecision.body());
        assertEquals("decision", Http.json(badDecision).getString("field"));

        HttpResponse<String> listed =
                decide(id("bestId"), as("manager"), tag, "{\"decision\":\"LIST\",\"grade\":\"A\"}", "en");
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals("LISTED", Http.json(listed).getString("status"));
        assertEquals("A", Http.json(listed).getString("grade"));
        assertNotEquals(tag, listed.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> stale = decide(
                id("bestId"), as("manager"), tag, "{\"decision\":\"REJECT\",\"reason\":\"Changed my mind.\"}", "en");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                "LISTED",
                Http.json(get(path, as("manager"), "en")).getString("status"),
                "nothing stored from a stale If-Match");
    }

    @Test
    void aManagerReturnsAProjectWithAReasonTheOwnerReads() {
        String path = "api/reserve/review/projects/" + id("secondId");
        String tag = get(path, as("manager"), "en").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> noReason = decide(id("secondId"), as("manager"), tag, "{\"decision\":\"RETURN\"}", "en");
        assertEquals(422, noReason.statusCode(), noReason.body());
        assertEquals("reason", Http.json(noReason).getString("field"));

        HttpResponse<String> returned = decide(
                id("secondId"),
                as("manager"),
                tag,
                "{\"decision\":\"RETURN\",\"reason\":\"Add the heat balance of the furnace.\"}",
                "en");
        assertEquals(200, returned.statusCode(), returned.body());
        assertEquals("RETURNED", Http.json(returned).getString("status"));
        HttpResponse<String> owners = get("api/reserve/projects/mine/" + id("secondId"), as("owner"), "en");
        assertEquals(200, owners.statusCode(), owners.body());
        assertEquals("Add the heat balance of the furnace.", Http.json(owners).getString("decisionReason"));
        assertEquals(true, Http.json(owners).getBoolean("editable"), "returned to the owner for more information");
    }
}
