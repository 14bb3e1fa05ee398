package org.greenhub.zone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/** Reading a zone's declarations over the API: its administrators list them, another zone's answer 404. */
class ZoneDeclarationsApiIT extends HttpTest {

    private static String body(long organisation, int year) {
        return """
                {"organisationId":%d,"year":%d,"valueAdded":12500,"grossOutput":48000,"greenTechOutput":9000,
                 "electricity":100,"greenElectricity":10,"naturalGas":350000,"heat":800,"waterWithdrawn":90000,
                 "waterReused":30000,"cod":2.1,"so2":0.8,"nox":1.6,"cleanerProductionAudit":true,"meetsStandards":true}""".formatted(organisation, year);
    }

    private long file(JsonObject s, int year) {
        HttpRequest request = new Http(base)
                .request("api/zones/" + s.getString("zoneCode") + "/declarations")
                .header("Authorization", basic(s, "enterprise"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body(s.getJsonNumber("organisationId").longValue(), year), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> filed = new Http(base).send(request);
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getJsonNumber("declarationId").longValue();
    }

    private static String basic(JsonObject s, String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> get(String path, String authorization) {
        return new Http(base).get(path, authorization);
    }

    @Test
    void theZonesAdministratorsListItsDeclarationsAndAnotherZoneAnswers404() {
        JsonObject s = postScenario("test-support/declaration-scenario");
        long first = file(s, 2023);
        file(s, 2024);
        String list = "api/zones/" + s.getString("zoneCode") + "/declarations";

        HttpResponse<String> page = get(list + "?size=1", basic(s, "reviewer"));
        assertEquals(200, page.statusCode(), page.body());
        assertEquals(2, Http.json(page).getInt("total"));
        assertEquals(1, Http.json(page).getJsonArray("items").size());
        assertTrue(String.join(",", page.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                2,
                Http.json(get(list + "?status=submitted", basic(s, "reviewer"))).getInt("total"));
        assertEquals(
                0,
                Http.json(get(list + "?status=ACCEPTED", basic(s, "reviewer"))).getInt("total"));
        HttpResponse<String> bad = get(list + "?status=pending", basic(s, "reviewer"));
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("status", Http.json(bad).getString("field"));
        assertEquals(404, get(list, basic(s, "otherReviewer")).statusCode(), "another zone's administrator");
        assertEquals(404, get(list, basic(s, "enterprise")).statusCode(), "the review list is the zone's");

        String one = list + "/" + first;
        HttpResponse<String> shown = get(one, basic(s, "reviewer"));
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals(2023, Http.json(shown).getInt("year"));
        assertEquals(1, Http.json(shown).getJsonArray("versions").size());
        assertEquals(200, get(one, basic(s, "enterprise")).statusCode(), "the organisation's people read it too");
        assertEquals(404, get(one, basic(s, "otherReviewer")).statusCode());
        assertEquals(
                404,
                get("api/zones/" + s.getString("otherZoneCode") + "/declarations/" + first, basic(s, "reviewer"))
                        .statusCode(),
                "addressed through another zone");
    }
}
