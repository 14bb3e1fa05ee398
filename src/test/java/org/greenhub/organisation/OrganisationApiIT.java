package org.greenhub.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;

/**
 * The organisation API as a script uses it: the organisations I act for, a record read by its people only and
 * changed by those who keep it under If-Match, and its people.
 */
class OrganisationApiIT extends HttpTest {

    private HttpResponse<String> get(String path, String authorization) {
        return new Http(base).get(path, authorization);
    }

    private HttpResponse<String> put(String path, String authorization, String ifMatch, String json, String language) {
        HttpRequest.Builder request = new Http(base)
                .request(path)
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return new Http(base).send(request.build());
    }

    private static String basic(JsonObject s, String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private static String body(JsonObject s, String foundingDate, String sector) {
        return """
                {"kind":"ENTERPRISE","legalName":"%s","registeredName":null,"registrationCode":null,
                 "foundingDate":"%s","zone":"Suzhou Industrial Park","sector":"%s","website":null}""".formatted(s.getString("organisation"), foundingDate, sector);
    }

    private static List<JsonObject> items(HttpResponse<String> page) {
        assertEquals(200, page.statusCode(), page.body());
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    @Test
    void theRecordIsReadByItsPeopleAndChangedByThoseWhoKeepItWithTheCurrentETag() {
        JsonObject s = postScenario("test-support/organisation-api-scenario");
        long id = s.getJsonNumber("organisationId").longValue();
        String path = "api/organisations/" + id;

        List<JsonObject> mine = items(get("api/organisations/mine", basic(s, "founder")));
        assertEquals(
                List.of(id),
                mine.stream().map(o -> o.getJsonNumber("id").longValue()).toList());
        assertEquals("FOUNDER", mine.get(0).getString("role"));
        assertEquals(
                "EMPLOYEE",
                items(get("api/organisations/mine", basic(s, "employee")))
                        .get(0)
                        .getString("role"));

        assertEquals(404, get(path, basic(s, "outsider")).statusCode(), "an outsider does not learn it exists");
        HttpResponse<String> asEmployee = get(path, basic(s, "employee"));
        assertEquals(200, asEmployee.statusCode(), asEmployee.body());
        assertFalse(Http.json(asEmployee).getBoolean("editable"));
        HttpResponse<String> shown = get(path, basic(s, "founder"));
        assertTrue(Http.json(shown).getBoolean("editable"));
        String etag = shown.headers().firstValue("ETag").orElseThrow();

        String change = body(s, "2021-03-01", "industrial heat pumps");
        assertEquals(428, put(path, basic(s, "founder"), null, change, "en").statusCode());
        HttpResponse<String> stale = put(path, basic(s, "founder"), "\"" + id + "-999\"", change, "vi");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                BundleText.translated("platform", "vi", "platform.api.ifMatch.stale")
                        .orElseThrow(),
                Http.json(stale).getString("detail"));
        assertEquals(
                403,
                put(path, "Bearer " + s.getString("read"), etag, change, "en").statusCode());
        assertEquals(
                404,
                put(path, basic(s, "employee"), etag, change, "en").statusCode(),
                "an employee reads the record but does not keep it");
        HttpResponse<String> future = put(path, basic(s, "founder"), etag, body(s, "2999-01-01", "x"), "zh-CN");
        assertEquals(422, future.statusCode(), future.body());
        assertEquals("foundingDate", Http.json(future).getString("field"));
        assertEquals(
                BundleText.translated("organisation", "zh_CN", "organisation.validation.foundingInFuture")
                        .orElseThrow(),
                Http.json(future).getString("detail"));
        assertNotEquals(
                "industrial heat pumps",
                Http.json(get(path, basic(s, "founder"))).getString("sector", ""));

        HttpResponse<String> changed = put(path, basic(s, "founder"), etag, change, "en");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("industrial heat pumps", Http.json(changed).getString("sector"));
        assertNotEquals(etag, changed.headers().firstValue("ETag").orElseThrow());
        assertEquals(
                "industrial heat pumps",
                Http.json(get(path, basic(s, "employee"))).getString("sector"));
        assertEquals(
                412,
                put(path, basic(s, "founder"), etag, change, "en").statusCode(),
                "the ETag read before the change is stale now");
    }

    @Test
    void thePeopleArePagedForThoseWhoMaySeeTheRecord() {
        JsonObject s = postScenario("test-support/organisation-api-scenario");
        String path = "api/organisations/" + s.getJsonNumber("organisationId") + "/affiliations";

        HttpResponse<String> first = get(path + "?size=1", basic(s, "employee"));
        assertEquals(1, items(first).size());
        assertEquals(2, Http.json(first).getInt("total"));
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                List.of("FOUNDER", "EMPLOYEE").stream().sorted().toList(),
                items(get(path, basic(s, "founder"))).stream()
                        .map(a -> a.getString("role"))
                        .sorted()
                        .toList());
        assertEquals(404, get(path, basic(s, "outsider")).statusCode());
        assertEquals(401, get(path, null).statusCode());
    }
}
