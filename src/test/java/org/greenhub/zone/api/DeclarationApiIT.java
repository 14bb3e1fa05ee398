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

/** Filing an annual declaration over the JSON API: 201 with its page, 422 naming the item, 404 for what is not one's. */
class DeclarationApiIT extends HttpTest {

    private static String body(long organisation, int year, String electricity, String green) {
        return """
                {"organisationId":%d,"year":%d,"valueAdded":12500,"grossOutput":48000,"greenTechOutput":9000,
                 "electricity":%s,"greenElectricity":%s,"naturalGas":350000,"heat":800,"waterWithdrawn":90000,
                 "waterReused":30000,"cod":2.1,"so2":0.8,"nox":1.6,"cleanerProductionAudit":true,"meetsStandards":true}""".formatted(organisation, year, electricity, green);
    }

    private HttpResponse<String> file(JsonObject s, String who, String zone, String json, String language) {
        HttpRequest request = new Http(base)
                .request("api/zones/" + zone + "/declarations")
                .header("Authorization", Http.basic(who, s.getString("password")))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return new Http(base).send(request);
    }

    @Test
    void anEnterpriseFilesItsDeclarationAndBadInputOrAnotherZoneGetsAProblem() {
        JsonObject s = postScenario("test-support/declaration-scenario");
        long organisation = s.getJsonNumber("organisationId").longValue();
        String enterprise = s.getString("enterprise");
        String zone = s.getString("zoneCode");

        HttpResponse<String> green = file(s, enterprise, zone, body(organisation, 2024, "100", "150"), "zh-CN");
        assertEquals(422, green.statusCode(), green.body());
        JsonObject problem = Http.json(green);
        assertEquals("greenElectricity", problem.getString("field"));
        assertEquals("zone.declaration.greenAboveElectricity", problem.getString("code"));
        assertTrue(problem.getString("detail").contains("绿色电力"), "in the caller's language: " + green.body());

        HttpResponse<String> negative = file(s, enterprise, zone, body(organisation, 2024, "-1", "0"), "en");
        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals("electricity", Http.json(negative).getString("field"));

        HttpResponse<String> otherZone =
                file(s, enterprise, s.getString("otherZoneCode"), body(organisation, 2024, "100", "10"), "en");
        assertEquals(404, otherZone.statusCode(), "the organisation is not in that zone: " + otherZone.body());
        HttpResponse<String> noZone = file(s, enterprise, "NO-SUCH-ZONE", body(organisation, 2024, "100", "10"), "en");
        assertEquals(404, noZone.statusCode(), noZone.body());
        HttpResponse<String> notTheirs =
                file(s, s.getString("reviewer"), zone, body(organisation, 2024, "100", "10"), "en");
        assertEquals(404, notTheirs.statusCode(), "the zone's reviewer does not file for an enterprise");

        HttpResponse<String> filed = file(s, enterprise, zone, body(organisation, 2024, "100", "10"), "en");
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Http.json(filed).getJsonNumber("declarationId").longValue();
        assertEquals("SUBMITTED", Http.json(filed).getString("status"));
        assertEquals(
                Http.publicBaseUrl() + "zone/declaration.xhtml?id=" + id,
                filed.headers().firstValue("Location").orElse(""),
                "the declaration's page, at the configured base URL");

        HttpResponse<String> again = file(s, enterprise, zone, body(organisation, 2024, "100", "10"), "en");
        assertEquals(409, again.statusCode(), "a declaration in review is not filed over: " + again.body());
    }
}
