package org.greenhub.incubation.residency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/** Filing a report over the JSON API: the answers a caller gets for good and bad input, and evidence downloads. */
class ResidencyApiIT extends HttpTest {

    private JsonObject scenario() {
        return postScenario("test-support/residency-scenario?evidence=true");
    }

    private static String body(String from, String to, String employees) {
        return """
                {"periodStart":"%s","periodEnd":"%s","revenue":820000,"employees":%s,"rndStaff":4,"rndSpend":95000,
                 "patentsFiled":1,"patentsGranted":0,"investmentRaised":0,"emissionsAvoidedTco2e":35.5,"note":"API"}""".formatted(from, to, employees);
    }

    private HttpResponse<String> file(JsonObject s, String who, long residency, String json, String language) {
        HttpRequest request = new Http(base)
                .request("api/incubation/residencies/" + residency + "/reports")
                .header("Authorization", Http.basic(who, s.getString("password")))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                // A forged host changes no link GreenHub hands out (the tests run as behind a proxy).
                .header("X-Forwarded-Host", "evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return new Http(base).send(request);
    }

    @Test
    void aReportIsFiledOnceAndBadInputGetsAClearProblemDocument() {
        JsonObject s = scenario();
        long residency = s.getJsonNumber("residencyId").longValue();
        String founder = s.getString("founder");

        HttpResponse<String> reversed = file(s, founder, residency, body("2025-09-30", "2025-07-01", "12"), "en");
        assertEquals(422, reversed.statusCode(), reversed.body());
        assertEquals("residency.report.periodOrder", Http.json(reversed).getString("code"));
        assertEquals("periodEnd", Http.json(reversed).getString("field"));

        HttpResponse<String> outside = file(s, founder, residency, body("2025-04-01", "2025-06-30", "12"), "zh-CN");
        assertEquals(422, outside.statusCode(), outside.body());
        assertTrue(Http.json(outside).getString("detail").contains("孵化期"), outside.body());

        HttpResponse<String> negative = file(s, founder, residency, body("2025-07-01", "2025-09-30", "-1"), "en");
        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals("employees", Http.json(negative).getString("field"));

        HttpResponse<String> filed = file(s, founder, residency, body("2025-07-01", "2025-09-30", "12"), "en");
        assertEquals(201, filed.statusCode(), filed.body());
        assertEquals(
                s.getJsonNumber("firstReportId").longValue(),
                Http.json(filed).getJsonNumber("reportId").longValue());
        assertEquals(
                Http.publicBaseUrl() + "incubation/residency/report.xhtml?id="
                        + s.getJsonNumber("firstReportId").longValue(),
                filed.headers().firstValue("Location").orElse(""),
                "the report's page, at the configured base URL");

        HttpResponse<String> again = file(s, founder, residency, body("2025-07-01", "2025-09-30", "13"), "en");
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("residency.report.alreadyFiled", Http.json(again).getString("code"));

        HttpResponse<String> manager =
                file(s, s.getString("manager"), residency, body("2025-10-01", "2025-12-31", "12"), "en");
        assertEquals(403, manager.statusCode(), "managers read reports but do not file them: " + manager.body());
    }

    @Test
    void evidenceIsDownloadedByTheResidencysPeopleOnlyAndAnybodyElseGets404() {
        JsonObject mine = scenario();
        JsonObject other = scenario();
        String path = "api/incubation/residency-evidence/" + mine.getJsonNumber("evidenceId");
        Http http = new Http(base);

        HttpResponse<String> founder =
                http.get(path, Http.basic(mine.getString("founder"), mine.getString("password")));
        assertEquals(200, founder.statusCode());
        assertEquals(
                "nosniff",
                founder.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(
                founder.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(
                200,
                http.get(path, Http.basic(mine.getString("manager"), mine.getString("password")))
                        .statusCode());

        assertEquals(
                404,
                http.get(path, Http.basic(other.getString("founder"), other.getString("password")))
                        .statusCode());
        assertEquals(
                404,
                http.get(path, Http.basic(other.getString("manager"), other.getString("password")))
                        .statusCode());
        assertEquals(401, http.get(path, null).statusCode());
        HttpResponse<String> otherResidency = file(
                other,
                mine.getString("founder"),
                other.getJsonNumber("residencyId").longValue(),
                body("2025-07-01", "2025-09-30", "12"),
                "en");
        assertEquals(404, otherResidency.statusCode(), otherResidency.body());
    }
}
