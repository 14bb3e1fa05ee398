package org.greenhub.reserve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.Test;

/**
 * Declaring a reserve project over the JSON API: a draft with 201 and its page, a screening refusal naming every
 * reason in the caller's language, 404 for a call not open or an organisation not the caller's; and another
 * organisation's people get 404 from the project's page and its edit form.
 */
class ProjectDeclarationApiIT extends HttpTest {

    private static String body(JsonObject s, String category, String extra) {
        return """
                {"callId":%d,"title":"Điện mặt trời áp mái","summary":"1,2 MW trên mái nhà xưởng.",
                 "category":"%s","stage":"PILOT","totalInvestmentYuan":2000000,"financingSoughtYuan":800000,
                 "instruments":["GREEN_LOAN","GUIDANCE_FUND"],"co2AvoidedT":600,"contactForFunders":true%s}""".formatted(s.getJsonNumber("callId").longValue(), category, extra);
    }

    private HttpResponse<String> declare(JsonObject s, String who, String json, String language) {
        HttpRequest request = new Http(base)
                .request("api/reserve/projects")
                .header("Authorization", Http.basic(who, s.getString("password")))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        return new Http(base).send(request);
    }

    @Test
    void anOwnerDeclaresADraftAndBadInputOrWhatIsNotTheirsGetsAProblem() {
        JsonObject s = postScenario("test-support/reserve-declare-scenario");
        String owner = s.getString("owner");

        HttpResponse<String> drafted = declare(s, owner, body(s, "CLEAN_ENERGY", ""), "vi");
        assertEquals(201, drafted.statusCode(), drafted.body());
        long id = Http.json(drafted).getJsonNumber("projectId").longValue();
        assertEquals("DRAFT", Http.json(drafted).getString("status"));
        assertEquals(
                Http.publicBaseUrl() + "reserve/project.xhtml?id=" + id,
                drafted.headers().firstValue("Location").orElse(""),
                "the project's page, at the configured base URL");

        HttpResponse<String> tooMuch =
                declare(s, owner, body(s, "CLEAN_ENERGY", "").replace("800000", "2500000"), "vi");
        assertEquals(422, tooMuch.statusCode(), tooMuch.body());
        JsonObject problem = Http.json(tooMuch);
        assertEquals("financingSought", problem.getString("field"));
        assertTrue(problem.getString("detail").contains("tổng vốn đầu tư"), "in Vietnamese: " + tooMuch.body());

        HttpResponse<String> refused = declare(s, owner, body(s, "ECOLOGICAL_ENVIRONMENT", ",\"submit\":true"), "vi");
        assertEquals(422, refused.statusCode(), refused.body());
        JsonObject screening = Http.json(refused);
        assertEquals("category", screening.getString("field"));
        assertEquals(
                2,
                screening.getJsonArray("errors").size(),
                "the category and the missing feasibility study, in one answer: " + refused.body());
        assertEquals(
                "evidence", screening.getJsonArray("errors").getJsonObject(1).getString("field"));
        assertTrue(
                screening
                        .getJsonArray("errors")
                        .getJsonObject(1)
                        .getString("detail")
                        .contains("nghiên cứu khả thi"),
                refused.body());

        String otherOrganisation = ",\"organisationId\":" + s.getJsonNumber("otherOrganisationId");
        HttpResponse<String> notTheirs = declare(s, owner, body(s, "CLEAN_ENERGY", otherOrganisation), "en");
        assertEquals(404, notTheirs.statusCode(), "nobody declares for an organisation they are not with");
        HttpResponse<String> noCall = declare(
                s, owner, body(s, "CLEAN_ENERGY", "").replaceFirst("\"callId\":\\d+", "\"callId\":999999999"), "en");
        assertEquals(404, noCall.statusCode(), noCall.body());

        FormSession outsider = new FormSession(base);
        outsider.signIn(s.getString("outsider"), s.getString("password"));
        assertEquals(404, outsider.get("reserve/project.xhtml?id=" + id).statusCode(), "another's project page");
        assertEquals(404, outsider.get("reserve/declare.xhtml?id=" + id).statusCode(), "another's edit form");
        assertEquals(
                404,
                outsider.get("reserve/project.xhtml?id=" + s.getJsonNumber("draftId"))
                        .statusCode(),
                "another's draft");
        FormSession ownerSession = new FormSession(base);
        ownerSession.signIn(owner, s.getString("password"));
        assertEquals(200, ownerSession.get("reserve/project.xhtml?id=" + id).statusCode(), "the owner's own page");
    }
}
