package org.greenhub.reserve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/** A financed project's owner reports a year's results over the JSON API: 201, 422 naming the field, 404 for others. */
class ProjectResultsApiIT extends HttpTest {

    private HttpResponse<String> report(JsonObject s, String who, long project, String json, String language) {
        HttpRequest request = new Http(base)
                .request("api/reserve/projects/" + project + "/results")
                .header("Authorization", Http.basic(who, s.getString("password")))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return new Http(base).send(request);
    }

    @Test
    void theOwnerReportsAYearAndBadInputOrAnotherCallerGetsAProblem() {
        JsonObject s = postScenario("test-support/reserve-financing-scenario");
        long project = s.getJsonNumber("projectId").longValue();
        int first = s.getInt("firstYear");
        String owner = s.getString("owner");

        HttpResponse<String> negative =
                report(s, owner, project, "{\"year\":%d,\"co2AvoidedT\":-5}".formatted(first), "zh-CN");
        assertEquals(422, negative.statusCode(), negative.body());
        assertEquals("co2AvoidedT", Http.json(negative).getString("field"));
        assertTrue(Http.json(negative).getString("detail").contains("实际效益"), "in the caller's language");

        HttpResponse<String> outside =
                report(s, owner, project, "{\"year\":%d,\"energySavedTce\":500}".formatted(first - 1), "en");
        assertEquals(422, outside.statusCode(), outside.body());
        assertEquals("year", Http.json(outside).getString("field"));
        assertEquals("reserve.results.yearOutside", Http.json(outside).getString("code"));

        String good = "{\"year\":%d,\"energySavedTce\":540.5,\"co2AvoidedT\":3650}".formatted(first);
        HttpResponse<String> stranger = report(s, s.getString("stranger"), project, good, "en");
        assertEquals(404, stranger.statusCode(), stranger.body());
        HttpResponse<String> manager = report(s, s.getString("manager"), project, good, "en");
        assertEquals(404, manager.statusCode(), "the reserve manager does not report for the owner");

        HttpResponse<String> created = report(s, owner, project, good, "en");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(first, Http.json(created).getInt("year"));
        assertEquals(
                Http.publicBaseUrl() + "reserve/financing.xhtml?project=" + project,
                created.headers().firstValue("Location").orElse(""));

        HttpResponse<String> again = report(s, owner, project, good, "en");
        assertEquals(422, again.statusCode(), again.body());
        assertEquals("reserve.results.duplicateYear", Http.json(again).getString("code"));
    }
}
