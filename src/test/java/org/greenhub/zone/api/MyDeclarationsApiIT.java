package org.greenhub.zone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * An enterprise's people list its declarations over the API, across the zones it declared to and the years, paged,
 * filtered by year; nobody else's declarations come with them, and the zone's own list and one version still answer
 * beside this literal path.
 */
class MyDeclarationsApiIT extends HttpTest {

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = new Http(base).request(path).GET().header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new Http(base).send(request.build());
    }

    private static String basic(JsonObject s, String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private static List<JsonObject> items(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void anEnterpriseListsItsDeclarationsAcrossZonesAndYears() {
        JsonObject s = postScenario("test-support/my-declarations-api-scenario");
        int year = s.getInt("year");
        String mine = "api/zones/declarations/mine";

        HttpResponse<String> first = get(mine + "?size=2", basic(s, "enterprise"), "zh-CN");
        List<JsonObject> page = items(first);
        assertEquals(3, Http.json(first).getInt("total"), "its three years, not the other enterprise's");
        assertEquals("3", first.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                List.of(year - 1, year - 2),
                page.stream().map(d -> d.getInt("year")).toList(),
                "latest year first");
        assertEquals(s.getString("currentZoneCode"), page.get(0).getString("zoneCode"));
        assertEquals(s.getString("currentZoneChinese"), page.get(0).getString("zone"), "named in Chinese");
        assertEquals(s.getString("formerZoneCode"), page.get(1).getString("zoneCode"), "the former zone's too");
        List<JsonObject> last = items(get(mine + "?size=2&page=2", basic(s, "enterprise"), "en"));
        assertEquals(List.of(year - 3), last.stream().map(d -> d.getInt("year")).toList());
        assertEquals("ACCEPTED", last.get(0).getString("status"));

        List<JsonObject> returned = items(get(mine + "?year=" + (year - 2), basic(s, "enterprise"), "en"));
        assertEquals(1, returned.size());
        assertEquals(
                s.getJsonNumber("returnedId").longValue(),
                returned.get(0).getJsonNumber("id").longValue());
        assertEquals("RETURNED", returned.get(0).getString("status"));
        assertEquals("Please check the figures.", returned.get(0).getString("returnReason"));

        List<JsonObject> others = items(get(mine, basic(s, "other"), "en"));
        assertEquals(
                List.of(s.getJsonNumber("othersDeclarationId").longValue()),
                others.stream().map(d -> d.getJsonNumber("id").longValue()).toList());

        HttpResponse<String> badYear = get(mine + "?year=last", basic(s, "enterprise"), "th");
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertTrue(badYear.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("year", Http.json(badYear).getString("field"));
        assertTrue(Http.json(badYear).getString("detail").startsWith("พารามิเตอร์ “year”"), badYear.body());
        assertEquals(400, get(mine + "?year=1999", basic(s, "enterprise"), "en").statusCode());
        assertEquals(401, get(mine, null, "en").statusCode());
        HttpResponse<String> outside = get(mine, "Bearer " + s.getString("reserveToken"), "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));

        String one = "api/zones/" + s.getString("currentZoneCode") + "/declarations/" + s.getJsonNumber("lastYearId");
        assertEquals(200, get(one, basic(s, "enterprise"), "en").statusCode(), "one version, beside the literal path");
        assertEquals(404, get(one, basic(s, "other"), "en").statusCode(), "another enterprise's");
    }
}
