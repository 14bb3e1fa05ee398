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
 * The owner's reserve over the API, as a script uses it: my organisations' projects paged and filtered, one project
 * with its screening, grade, financing and ETag, a draft changed with If-Match (428 without, 412 stale) and submitted;
 * another organisation's project is 404, tokens keep to their reach, problems come in the caller's language.
 */
class OwnerProjectsApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/reserve-owner-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = http.request(path).GET().header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> send(String method, String path, String authorization, String ifMatch, String json) {
        HttpRequest.Builder request = http.request(path)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Accept-Language", "th");
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static List<JsonObject> items(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static String declaration(String title, String sought) {
        return """
                {"title":"%s","summary":"1.2 MW on the logistics halls.","category":"CLEAN_ENERGY","stage":"PILOT",
                 "totalInvestmentYuan":2000000,"financingSoughtYuan":%s,"instruments":["GREEN_LOAN"],
                 "energySavedTce":420,"co2AvoidedT":600,"contactForFunders":false}""".formatted(title, sought);
    }

    private long id(String key) {
        return s.getJsonNumber(key).longValue();
    }

    @Test
    void myProjectsArePagedInEveryStatusAndFilteredByStatusAndStage() {
        String mine = "api/reserve/projects/mine";
        HttpResponse<String> first = get(mine + "?size=2", as("owner"), "en");
        List<JsonObject> page = items(first);
        assertEquals(2, page.size());
        assertEquals(3, Http.json(first).getInt("total"), "two drafts and the listed project, not the stranger's");
        assertEquals("3", first.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(
                String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""),
                first.headers().toString());
        List<JsonObject> second = items(get(mine + "?size=2&page=2", as("owner"), "en"));
        assertEquals(1, second.size());

        List<JsonObject> listed = items(get(mine + "?status=listed", as("owner"), "en"));
        assertEquals(
                List.of(id("listedId")),
                listed.stream().map(p -> p.getJsonNumber("id").longValue()).toList());
        assertEquals("B", listed.get(0).getString("grade"));
        assertEquals(
                2,
                items(get(mine + "?status=DRAFT&stage=PILOT", as("owner"), "en"))
                        .size());
        assertEquals(0, items(get(mine + "?stage=CONCEPT", as("owner"), "en")).size());

        HttpResponse<String> badStage = get(mine + "?stage=someday", as("owner"), "th");
        assertEquals(400, badStage.statusCode(), badStage.body());
        assertTrue(badStage.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("stage", Http.json(badStage).getString("field"));
        assertTrue(Http.json(badStage).getString("detail").startsWith("พารามิเตอร์ “stage”"), badStage.body());

        assertEquals(1, items(get(mine, as("stranger"), "en")).size(), "the stranger sees only their own draft");
        assertEquals(401, get(mine, null, "en").statusCode());
        HttpResponse<String> outside = get(mine, "Bearer " + s.getString("competitionToken"), "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
    }

    @Test
    void theOwnerReadsAListedProjectWithItsGradeAndFinancing() {
        HttpResponse<String> read = get("api/reserve/projects/mine/" + id("listedId"), as("owner"), "zh-CN");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject project = Http.json(read);
        assertEquals("储备库征集批次", project.getString("call"), "the call named in the caller's language");
        assertEquals("LISTED", project.getString("status"));
        assertEquals("B", project.getString("grade"));
        assertEquals(1, project.getJsonArray("financing").size(), read.body());
        assertEquals(
                0,
                project.getJsonNumber("raisedYuan").bigDecimalValue().compareTo(new java.math.BigDecimal("300000")),
                read.body());
        assertTrue(read.headers().firstValue("ETag").isPresent());

        assertEquals(
                404,
                get("api/reserve/projects/mine/" + id("strangersDraftId"), as("owner"), "en")
                        .statusCode());
        assertEquals(
                404,
                get("api/reserve/projects/mine/" + id("firstDraftId"), as("stranger"), "en")
                        .statusCode(),
                "another organisation's draft is not found");
        assertEquals(
                404,
                get("api/reserve/projects/" + id("firstDraftId"), null, "en").statusCode(),
                "the public reserve still knows no draft");
    }

    @Test
    void theOwnerChangesADraftWithIfMatchAndSubmitsIt() {
        String path = "api/reserve/projects/mine/" + id("firstDraftId");
        HttpResponse<String> read = get(path, as("owner"), "en");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("DRAFT", Http.json(read).getString("status"));
        String tag = read.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> noTag =
                send("PUT", path, as("owner"), null, declaration("Solar roofs, phase 2", "800000"));
        assertEquals(428, noTag.statusCode(), noTag.body());
        HttpResponse<String> tooMuch = send("PUT", path, as("owner"), tag, declaration("Too much", "2500000"));
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        assertEquals("financingSought", Http.json(tooMuch).getString("field"));
        assertEquals(
                "วงเงินที่ต้องการระดมทุนต้องไม่เกินเงินลงทุนทั้งหมด",
                Http.json(tooMuch).getString("detail"),
                "in the caller's language");

        HttpResponse<String> saved = send("PUT", path, as("owner"), tag, declaration("Solar roofs, phase 2", "900000"));
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("Solar roofs, phase 2", Http.json(saved).getString("title"));
        String savedTag = saved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, savedTag);

        HttpResponse<String> stale = send("PUT", path, as("owner"), tag, declaration("Overwritten", "800000"));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("platform.api.ifMatch.stale", Http.json(stale).getString("code"));
        assertEquals(
                "Solar roofs, phase 2",
                Http.json(get(path, as("owner"), "en")).getString("title"),
                "nothing stored from a stale If-Match");
        assertEquals(
                404,
                send(
                                "PUT",
                                "api/reserve/projects/mine/" + id("strangersDraftId"),
                                as("owner"),
                                savedTag,
                                declaration("Not mine", "800000"))
                        .statusCode());

        HttpResponse<String> readOnly =
                send("POST", path + "/submit", "Bearer " + s.getString("readToken"), savedTag, null);
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));

        HttpResponse<String> submitted = send("POST", path + "/submit", as("owner"), savedTag, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getString("status"));
        assertEquals(false, Http.json(submitted).getBoolean("editable"));
        HttpResponse<String> again = send(
                "PUT",
                path,
                as("owner"),
                submitted.headers().firstValue("ETag").orElseThrow(),
                declaration("Later", "800000"));
        assertEquals(
                409, again.statusCode(), "a submitted project is no longer the owner's to change: " + again.body());
    }
}
