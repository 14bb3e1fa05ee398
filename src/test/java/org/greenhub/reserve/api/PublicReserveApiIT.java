package org.greenhub.reserve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/reserve/projects} without signing in: the page's filters and paging; a bad filter value answers 422
 * naming its parameter; a draft answers 404 like an unknown project.
 */
class PublicReserveApiIT extends HttpTest {

    private HttpResponse<String> get(String path) {
        return new Http(base).get(path, null);
    }

    @Test
    void listedProjectsArePagedAndFilteredAndBadValuesAreNamed() {
        JsonObject scenario = postScenario("test-support/reserve-scenario");
        String tag = URLEncoder.encode(scenario.getString("tag"), StandardCharsets.UTF_8);

        HttpResponse<String> all = get("api/reserve/projects?q=" + tag + "&size=1");
        assertEquals(200, all.statusCode(), all.body());
        JsonObject page = Http.json(all);
        assertEquals(2, page.getInt("total"));
        assertEquals(1, page.getJsonArray("projects").size());
        assertEquals(
                scenario.getJsonNumber("solar").longValue(),
                page.getJsonArray("projects")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue(),
                "grade A first");

        JsonObject second = Http.json(get("api/reserve/projects?q=" + tag + "&size=1&page=1"));
        assertEquals(
                scenario.getJsonNumber("water").longValue(),
                second.getJsonArray("projects")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());

        JsonObject equity = Http.json(get("api/reserve/projects?q=" + tag + "&instrument=EQUITY&maxAmount=4000000"));
        assertEquals(1, equity.getInt("total"));
        assertEquals("PILOT", equity.getJsonArray("projects").getJsonObject(0).getString("stage"));

        String chinese = URLEncoder.encode("屋顶光伏 " + scenario.getString("tag"), StandardCharsets.UTF_8);
        assertEquals(1, Http.json(get("api/reserve/projects?q=" + chinese)).getInt("total"));

        for (String[] bad : new String[][] {
            {"category=SOLAR", "category"},
            {"grade=D", "grade"},
            {"minAmount=lots", "minAmount"},
            {"minAmount=5&maxAmount=4", "maxAmount"},
            {"page=-1", "page"},
            {"size=abc", "size"},
            {"size=500", "size"}
        }) {
            HttpResponse<String> refused = get("api/reserve/projects?" + bad[0]);
            assertEquals(422, refused.statusCode(), bad[0]);
            assertEquals(bad[1], Http.json(refused).getString("field"), bad[0]);
        }

        assertEquals(
                200,
                get("api/reserve/projects/" + scenario.getJsonNumber("solar")).statusCode());
        assertEquals(
                404,
                get("api/reserve/projects/" + scenario.getJsonNumber("draft")).statusCode());
    }
}
