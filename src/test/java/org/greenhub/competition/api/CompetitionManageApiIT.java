package org.greenhub.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an edition's managers do through the API, as on their pages: an edition moved on (published, judging,
 * cancelled) with its ETag, a move not allowed now refused with the page's message; judging rounds added and found
 * under {@code /api/rounds}; awards proposed, discarded, approved by a second manager and published. Managers of other
 * editions get 404, read-only tokens 403, changes without or with a stale If-Match 428 and 412.
 */
class CompetitionManageApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/competition-manage-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = http.request(path).GET().header("Accept-Language", "en");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> call(
            String method, String path, String authorization, String ifMatch, String language, String body) {
        HttpRequest.Builder request = http.request(path)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static String etag(HttpResponse<String> response) {
        return response.headers().firstValue("ETag").orElseThrow();
    }

    private static String status(String status) {
        return "{\"status\":\"" + status + "\"}";
    }

    private String newDraft() {
        String body = "{\"seriesKey\":\"" + s.getString("base") + "-draft\",\"seriesName\":\"Green Cup\",\"edition\":"
                + "\"2031\",\"organiserId\":" + s.getJsonNumber("organiserId") + ",\"settings\":{\"texts\":{\"en\":"
                + "{\"name\":\"Green Cup 2031\"}},\"startupFoundedOnOrAfter\":\"2024-01-01\",\"submissionOpensAt\":"
                + "\"2031-03-01T09:00\",\"submissionClosesAt\":\"2031-04-30T23:59:59\",\"timeZone\":\"Asia/Bangkok\","
                + "\"tracks\":[\"CLEAN_ENERGY\"]}}";
        HttpResponse<String> created = call("POST", "api/competitions", as("manager"), null, "en", body);
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).getJsonNumber("id").toString();
    }

    @Test
    void aManagerMovesADraftOnAsThePageDoesAndIsToldWhenAMoveIsNotAllowed() {
        String id = newDraft();
        String path = "api/competitions/" + id + "/status";
        String tag = etag(get("api/competitions/" + id, as("manager")));

        HttpResponse<String> untagged = call("POST", path, as("manager"), null, "en", status("PUBLISHED"));
        assertEquals(428, untagged.statusCode(), untagged.body());
        HttpResponse<String> stale = call("POST", path, as("manager"), "\"" + id + "-99\"", "en", status("PUBLISHED"));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                404,
                call("POST", path, as("other"), tag, "en", status("PUBLISHED")).statusCode());
        assertEquals(
                403,
                call("POST", path, "Bearer " + s.getString("managerReadToken"), tag, "en", status("PUBLISHED"))
                        .statusCode());
        assertEquals(
                401, call("POST", path, null, tag, "en", status("PUBLISHED")).statusCode());

        HttpResponse<String> noStatus = call("POST", path, as("manager"), tag, "vi", "{}");
        assertEquals(422, noStatus.statusCode(), noStatus.body());
        assertEquals("status", Http.json(noStatus).getString("field"));

        HttpResponse<String> notAMove = call("POST", path, as("manager"), tag, "th", status("FINAL"));
        assertEquals(422, notAMove.statusCode(), notAMove.body());
        assertTrue(notAMove.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(notAMove);
        assertEquals("status", problem.getString("field"));
        assertTrue(
                problem.getString("detail").startsWith("“FINAL” ไม่ใช่การเปลี่ยนสถานะ"), problem.getString("detail"));
        assertEquals(
                "DRAFT", Http.json(get("api/competitions/" + id, as("manager"))).getString("status"));

        HttpResponse<String> published = call("POST", path, as("manager"), tag, "en", status("PUBLISHED"));
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Http.json(published).getString("status"));
        assertNotEquals(tag, etag(published));
        // now anyone finds it in the public list
        assertEquals(200, get("api/competitions/" + id, null).statusCode());

        HttpResponse<String> again = call("POST", path, as("manager"), etag(published), "vi", status("PUBLISHED"));
        assertEquals(409, again.statusCode(), again.body());
        // the statuses named as the page names them, in the caller's language
        assertTrue(Http.json(again).getString("detail").contains("“Đang nhận hồ sơ”"), again.body());

        HttpResponse<String> judging = call("POST", path, as("manager"), etag(published), "en", status("judging"));
        assertEquals(200, judging.statusCode(), judging.body());
        assertEquals("JUDGING", Http.json(judging).getString("status"));
        HttpResponse<String> cancelled = call("POST", path, as("manager"), etag(judging), "en", status("CANCELLED"));
        assertEquals(200, cancelled.statusCode(), cancelled.body());
        assertEquals("CANCELLED", Http.json(cancelled).getString("status"));
        // a cancelled edition is hidden again, as on the applicants' page; its managers still read it
        assertEquals(404, get("api/competitions/" + id, null).statusCode());
        assertEquals(404, get("api/competitions/" + id, as("other")).statusCode());
        assertEquals(200, get("api/competitions/" + id, as("manager")).statusCode());
    }

    @Test
    void aManagerAddsARoundThatIsFoundUnderRounds() {
        String id = s.getJsonNumber("publishedId").toString();
        String path = "api/competitions/" + id + "/rounds";
        String round = "{\"name\":\"Online preliminary review\",\"opensAt\":\"2031-05-06T09:00\","
                + "\"closesAt\":\"2031-05-20T23:59\",\"judgesPerEntry\":2}";

        assertEquals(401, call("POST", path, null, null, "en", round).statusCode());
        assertEquals(404, call("POST", path, as("other"), null, "en", round).statusCode());
        assertEquals(
                403,
                call("POST", path, "Bearer " + s.getString("managerReadToken"), null, "en", round)
                        .statusCode());
        HttpResponse<String> noClose =
                call("POST", path, as("manager"), null, "th", "{\"name\":\"Final\",\"opensAt\":\"2031-05-06T09:00\"}");
        assertEquals(422, noClose.statusCode(), noClose.body());
        assertEquals("closesAt", Http.json(noClose).getString("field"));
        assertFalse(Http.json(noClose).getString("detail").isBlank());
        assertEquals(0, Http.json(get(path, as("manager"))).getInt("total"), "a refused round leaves nothing behind");

        HttpResponse<String> added = call("POST", path, as("manager"), null, "en", round);
        assertEquals(201, added.statusCode(), added.body());
        String roundId = Http.json(added).getJsonNumber("id").toString();
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith("/api/rounds/" + roundId));
        HttpResponse<String> engineRound = get("api/rounds/" + roundId, as("manager"));
        assertEquals(200, engineRound.statusCode(), engineRound.body());

        HttpResponse<String> listed = get(path + "?size=1", as("manager"));
        assertEquals("1", listed.headers().firstValue("X-Total-Count").orElse(""));
        JsonObject first = Http.json(listed).getJsonArray("items").getJsonObject(0);
        assertEquals(roundId, first.getJsonNumber("id").toString());
        assertEquals("Online preliminary review", first.getString("name"));
        assertEquals(1, first.getInt("position"));

        String tag = etag(get("api/competitions/" + id, as("manager")));
        assertEquals(
                200,
                call("POST", "api/competitions/" + id + "/status", as("manager"), tag, "en", status("CANCELLED"))
                        .statusCode());
        HttpResponse<String> closed = call("POST", path, as("manager"), null, "en", round);
        assertEquals(409, closed.statusCode(), closed.body());
        assertEquals("competition.round.editionClosed", Http.json(closed).getString("code"));
    }

    @Test
    void awardsAreProposedApprovedByASecondManagerAndPublished() {
        String id = s.getJsonNumber("judgingId").toString();
        String awards = "api/competitions/" + id + "/awards";

        assertEquals(
                404,
                call("POST", awards + "/proposal", as("outsider"), null, "en", "")
                        .statusCode());
        assertEquals(
                403,
                call("POST", awards + "/proposal", "Bearer " + s.getString("managerAReadToken"), null, "en", "")
                        .statusCode());
        HttpResponse<String> proposed = call("POST", awards + "/proposal", as("managerA"), null, "en", "");
        assertEquals(201, proposed.statusCode(), proposed.body());
        assertEquals("PROPOSED", Http.json(proposed).getString("status"));
        assertEquals(etag(proposed), etag(get(awards, as("managerA"))));
        HttpResponse<String> twice = call("POST", awards + "/proposal", as("managerA"), null, "en", "");
        assertEquals(409, twice.statusCode(), twice.body());

        // discarded, and proposed again, as after a correction
        assertEquals(
                412,
                call("DELETE", awards + "/proposal", as("managerA"), "\"1-99\"", "en", "")
                        .statusCode());
        assertEquals(
                204,
                call("DELETE", awards + "/proposal", as("managerA"), etag(proposed), "en", "")
                        .statusCode());
        JsonObject discarded = Http.json(get(awards, as("managerA")));
        assertTrue(!discarded.containsKey("result") || discarded.isNull("result"), discarded.toString());
        proposed = call("POST", awards + "/proposal", as("managerA"), null, "en", "");
        assertEquals(201, proposed.statusCode(), proposed.body());
        String tag = etag(proposed);

        HttpResponse<String> ownApproval = call("POST", awards + "/approval", as("managerA"), tag, "vi", "");
        assertEquals(409, ownApproval.statusCode(), ownApproval.body());
        assertTrue(Http.json(ownApproval).getString("detail").startsWith("Bạn là người đề xuất"), ownApproval.body());
        assertEquals(
                404,
                call("POST", awards + "/approval", as("outsider"), tag, "en", "")
                        .statusCode());
        assertEquals(
                428,
                call("POST", awards + "/approval", as("managerB"), null, "en", "")
                        .statusCode());
        HttpResponse<String> approved = call("POST", awards + "/approval", as("managerB"), tag, "en", "");
        assertEquals(200, approved.statusCode(), approved.body());
        assertEquals("APPROVED", Http.json(approved).getString("status"));
        assertEquals(
                412,
                call("POST", awards + "/publication", as("managerB"), tag, "en", "")
                        .statusCode(),
                "the tag from before the approval is stale");

        HttpResponse<String> published =
                call("POST", awards + "/publication", as("managerB"), etag(approved), "en", "");
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISHED", Http.json(published).getString("status"));
        assertFalse(Http.json(published).isNull("noticeEndsAt"));
        assertEquals("NOTICE", Http.json(get("api/competitions/" + id, null)).getString("status"));

        HttpResponse<String> lateDiscard =
                call("DELETE", awards + "/proposal", as("managerA"), etag(published), "en", "");
        assertEquals(409, lateDiscard.statusCode(), lateDiscard.body());
        assertEquals("award.result.alreadyPublished", Http.json(lateDiscard).getString("code"));
    }

    @Test
    void anObjectionIsInvestigatedThenDecidedWithItsTag() {
        String id = s.getJsonNumber("objectedId").toString();
        String objectionId = s.getJsonNumber("objectionId").toString();
        String manager = as("objectedManager");
        String objections = "api/competitions/" + id + "/awards/objections";
        String investigation = objections + "/" + objectionId + "/investigation";
        String decision = objections + "/" + objectionId + "/decision";

        HttpResponse<String> listed = get(objections + "?size=1", manager);
        assertEquals(200, listed.statusCode(), listed.body());
        assertEquals("1", listed.headers().firstValue("X-Total-Count").orElse(""));
        JsonObject item = Http.json(listed).getJsonArray("items").getJsonObject(0);
        assertEquals(
                objectionId, item.getJsonObject("objection").getJsonNumber("id").toString());
        assertEquals("Objector Real Name", item.getJsonObject("objection").getString("objectorName"));
        String tag = item.getString("etag");
        assertEquals(404, get(objections, as("managerA")).statusCode(), "a manager of another edition");
        // through another edition's address, even one with awards of its own, the objection is not found
        String judging = "api/competitions/" + s.getJsonNumber("judgingId");
        assertEquals(
                201,
                call("POST", judging + "/awards/proposal", as("managerA"), null, "en", "")
                        .statusCode());
        assertEquals(
                404,
                call(
                                "POST",
                                judging + "/awards/objections/" + objectionId + "/investigation",
                                as("managerA"),
                                tag,
                                "en",
                                "{\"findings\":\"Looked.\"}")
                        .statusCode());
        assertEquals(
                0,
                Http.json(get(judging + "/awards/objections", as("managerA"))).getInt("total"));

        HttpResponse<String> tooEarly =
                call("POST", decision, manager, tag, "th", "{\"decision\":\"DISMISS\",\"reason\":\"Not proven.\"}");
        assertEquals(409, tooEarly.statusCode(), tooEarly.body());
        assertEquals("award.objection.investigateFirst", Http.json(tooEarly).getString("code"));
        HttpResponse<String> unknown =
                call("POST", decision, manager, tag, "vi", "{\"decision\":\"IGNORE\",\"reason\":\"No.\"}");
        assertEquals(422, unknown.statusCode(), unknown.body());
        assertEquals("decision", Http.json(unknown).getString("field"));
        assertTrue(Http.json(unknown).getString("detail").contains("khiếu nại"), unknown.body());

        String findings = "{\"findings\":\"Both entries were found in the records.\"}";
        assertEquals(
                428, call("POST", investigation, manager, null, "en", findings).statusCode());
        HttpResponse<String> investigated = call("POST", investigation, manager, tag, "en", findings);
        assertEquals(200, investigated.statusCode(), investigated.body());
        JsonObject underInvestigation = Http.json(investigated).getJsonObject("objection");
        assertEquals("UNDER_INVESTIGATION", underInvestigation.getString("status"));
        assertEquals("Both entries were found in the records.", underInvestigation.getString("investigation"));

        String dismiss = "{\"decision\":\"DISMISS\",\"reason\":\"The two entries are different projects.\"}";
        assertEquals(
                412, call("POST", decision, manager, tag, "en", dismiss).statusCode(), "the tag before investigating");
        HttpResponse<String> dismissed = call("POST", decision, manager, etag(investigated), "en", dismiss);
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals(
                "DISMISSED", Http.json(dismissed).getJsonObject("objection").getString("status"));
        HttpResponse<String> twice = call("POST", decision, manager, etag(dismissed), "en", dismiss);
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("award.objection.alreadyDecided", Http.json(twice).getString("code"));
    }
}
