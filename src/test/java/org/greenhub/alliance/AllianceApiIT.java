package org.greenhub.alliance;

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
 * The alliance API as a script uses it: the public list and directory, a member's own memberships and its alliance's
 * events, and the member list that only the alliance's coordinators read.
 */
class AllianceApiIT extends HttpTest {

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
    void theListAndTheDirectoryArePublicAndTheDirectoryShowsListedMembersOnly() {
        JsonObject s = postScenario("test-support/alliance-scenario?member=true&applicants=2");
        long alliance = s.getJsonNumber("allianceId").longValue();

        List<JsonObject> found = items(get("api/alliances?q=" + s.getString("code"), null, "zh-CN"));
        assertEquals(1, found.size());
        assertEquals(alliance, found.get(0).getJsonNumber("id").longValue());
        assertEquals("绿色产业创新联盟 " + s.getString("code"), found.get(0).getString("name"), "named in Chinese");
        HttpResponse<String> badArea = get("api/alliances?focusArea=everything", null, "en");
        assertEquals(400, badArea.statusCode(), badArea.body());
        assertEquals("focusArea", Http.json(badArea).getString("field"));

        assertEquals(
                s.getString("code"),
                Http.json(get("api/alliances/" + alliance, null, "en")).getString("code"));
        assertEquals(404, get("api/alliances/0", null, "en").statusCode());

        List<JsonObject> directory = items(get("api/alliances/" + alliance + "/directory", null, "en"));
        assertEquals(
                List.of(s.getString("organisation")),
                directory.stream().map(d -> d.getString("name")).toList(),
                "the active member, not the two organisations still applying");
        assertEquals(
                0,
                items(get("api/alliances/" + alliance + "/directory?kind=UNIVERSITY", null, "en"))
                        .size());
        assertEquals(404, get("api/alliances/0/directory", null, "en").statusCode());
    }

    @Test
    void membershipsAreTheCallersOwnAndMembersAndEventsAreForTheAlliancesPeopleOnly() {
        JsonObject s = postScenario("test-support/alliance-scenario?member=true&applicants=2");
        long alliance = s.getJsonNumber("allianceId").longValue();

        List<JsonObject> mine = items(get("api/alliances/memberships", basic(s, "founder"), "en"));
        assertEquals(1, mine.size());
        assertEquals(
                s.getJsonNumber("membershipId").longValue(),
                mine.get(0).getJsonNumber("id").longValue());
        assertEquals("ACTIVE", mine.get(0).getString("status"));
        assertEquals(
                0,
                items(get("api/alliances/memberships", basic(s, "outsider"), "en"))
                        .size());
        assertEquals(401, get("api/alliances/memberships", null, "en").statusCode());

        String members = "api/alliances/" + alliance + "/members";
        HttpResponse<String> first = get(members + "?size=2", basic(s, "coordinator"), "en");
        assertEquals(2, items(first).size());
        assertEquals(3, Http.json(first).getInt("total"), "the member and the two applicants");
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                1,
                Http.json(get(members + "?status=active,grace", basic(s, "coordinator"), "en"))
                        .getInt("total"));
        HttpResponse<String> badStatus = get(members + "?status=sleeping", basic(s, "coordinator"), "vi");
        assertEquals(400, badStatus.statusCode(), badStatus.body());
        assertEquals("status", Http.json(badStatus).getString("field"));
        assertTrue(Http.json(badStatus).getString("detail").startsWith("Tham số “status”"), badStatus.body());
        assertEquals(404, get(members, basic(s, "otherCoordinator"), "en").statusCode());
        assertEquals(404, get(members, basic(s, "founder"), "en").statusCode(), "members read the directory");

        String events = "api/alliances/" + alliance + "/events";
        List<JsonObject> coming = items(get(events, basic(s, "founder"), "en"));
        assertEquals(
                List.of(s.getJsonNumber("eventId").longValue()),
                coming.stream().map(e -> e.getJsonNumber("id").longValue()).toList());
        assertEquals("Capital-matching meeting: heat pumps", coming.get(0).getString("title"));
        assertEquals(1, items(get(events, basic(s, "coordinator"), "en")).size());
        assertEquals(404, get(events, basic(s, "outsider"), "en").statusCode());
        assertEquals(404, get(events, basic(s, "otherCoordinator"), "en").statusCode());
    }
}
