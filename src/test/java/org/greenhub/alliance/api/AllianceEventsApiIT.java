package org.greenhub.alliance.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An alliance's coordinators create and change its events over the API, with the events tab's rules: the start read
 * in its own time zone, the capacity within its range and never below the places taken, a change with If-Match (428
 * without, 412 stale). Members, other coordinators and outsiders get 404; tokens keep to their reach; refusals come in
 * the caller's language.
 */
class AllianceEventsApiIT extends HttpTest {

    private Http http;
    private JsonObject s;
    private JsonObject tokens;
    private String events;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/alliance-scenario?member=true");
        tokens = postScenario("test-support/alliance-events-api-scenario?event=" + s.getJsonNumber("eventId")
                + "&membership=" + s.getJsonNumber("membershipId")
                + "&founder=" + URLEncoder.encode(s.getString("founder"), StandardCharsets.UTF_8)
                + "&coordinator=" + URLEncoder.encode(s.getString("coordinator"), StandardCharsets.UTF_8));
        events = "api/alliances/" + s.getJsonNumber("allianceId") + "/events";
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> send(
            String method, String path, String authorization, String ifMatch, String json, String language) {
        HttpRequest.Builder request = http.request(path)
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private static String event(String start, String zone, int capacity) {
        return """
                {"kind":"TECHNOLOGY_TRANSFER","title":{"en":"Heat pump retrofits","zh":"热泵改造对接会"},
                 "startsAt":"%s","timeZone":"%s","location":{"en":"Innovation Centre, hall 2"},"capacity":%d}""".formatted(start, zone, capacity);
    }

    @Test
    void aCoordinatorCreatesAnEventWhoseStartIsReadInItsTimeZone() {
        HttpResponse<String> created =
                send("POST", events, as("coordinator"), null, event("2031-03-04T09:30", "Asia/Bangkok", 40), "en");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject event = Http.json(created);
        assertEquals("2031-03-04T02:30:00Z", event.getString("startsAt"), "09:30 in Bangkok is 02:30 UTC");
        assertEquals("热泵改造对接会", event.getJsonObject("title").getString("zh"));
        assertEquals(0, event.getInt("registered"));
        long id = event.getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith(events + "/" + id));
        assertTrue(created.headers().firstValue("ETag").isPresent());
        HttpResponse<String> read = send("GET", events + "/" + id, as("coordinator"), null, null, "en");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(created.headers().firstValue("ETag"), read.headers().firstValue("ETag"));
        List<Long> coming =
                Http.json(send("GET", events + "?size=100", as("founder"), null, null, "en"))
                        .getJsonArray("items")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .map(e -> e.getJsonNumber("id").longValue())
                        .toList();
        assertTrue(coming.contains(id), "members read it among the coming events");

        HttpResponse<String> badZone =
                send("POST", events, as("coordinator"), null, event("2031-03-04T09:30", "Mars/Olympus", 40), "vi");
        assertEquals(422, badZone.statusCode(), badZone.body());
        assertEquals("timeZone", Http.json(badZone).getString("field"));
        assertTrue(Http.json(badZone).getString("detail").startsWith("Không nhận ra múi giờ này"), badZone.body());
        HttpResponse<String> badStart =
                send("POST", events, as("coordinator"), null, event("4 March, morning", "Asia/Bangkok", 40), "en");
        assertEquals(422, badStart.statusCode(), badStart.body());
        assertEquals("startsAt", Http.json(badStart).getString("field"));
        HttpResponse<String> noPlaces =
                send("POST", events, as("coordinator"), null, event("2031-03-04T09:30", "Asia/Bangkok", 0), "th");
        assertEquals(422, noPlaces.statusCode(), noPlaces.body());
        assertEquals("capacity", Http.json(noPlaces).getString("field"));
        assertEquals(
                "จำนวนที่นั่งต้องอยู่ระหว่าง 1 ถึง 100,000", Http.json(noPlaces).getString("detail"));

        String valid = event("2031-03-04T09:30", "Asia/Bangkok", 40);
        assertEquals(404, send("POST", events, as("founder"), null, valid, "en").statusCode(), "a member");
        assertEquals(
                404,
                send("POST", events, as("otherCoordinator"), null, valid, "en").statusCode());
        assertEquals(
                404, send("POST", events, as("outsider"), null, valid, "en").statusCode());
        assertEquals(401, send("POST", events, null, null, valid, "en").statusCode());
        HttpResponse<String> readOnly =
                send("POST", events, "Bearer " + tokens.getString("readToken"), null, valid, "en");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));
        HttpResponse<String> outside =
                send("POST", events, "Bearer " + tokens.getString("reserveToken"), null, valid, "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
    }

    @Test
    void aCoordinatorChangesAnEventWithIfMatchButNotBelowThePlacesTaken() {
        String path = events + "/" + s.getJsonNumber("eventId");
        HttpResponse<String> read = send("GET", path, as("coordinator"), null, null, "en");
        assertEquals(200, read.statusCode(), read.body());
        assertEquals(2, Http.json(read).getInt("registered"), "the member's founder and a colleague took places");
        String tag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(404, send("GET", path, as("founder"), null, null, "en").statusCode(), "members read the list");

        String change = event("2031-05-06T14:00", "Asia/Shanghai", 25);
        assertEquals(
                428, send("PUT", path, as("coordinator"), null, change, "en").statusCode());
        HttpResponse<String> belowTaken =
                send("PUT", path, as("coordinator"), tag, event("2031-05-06T14:00", "Asia/Shanghai", 1), "en");
        assertEquals(422, belowTaken.statusCode(), belowTaken.body());
        assertEquals("capacity", Http.json(belowTaken).getString("field"));
        assertEquals(
                "The capacity cannot be below the 2 places already taken.",
                Http.json(belowTaken).getString("detail"));

        HttpResponse<String> changed = send("PUT", path, as("coordinator"), tag, change, "zh-CN");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("2031-05-06T06:00:00Z", Http.json(changed).getString("startsAt"), "14:00 in Shanghai");
        assertEquals(25, Http.json(changed).getInt("capacity"));
        String newTag = changed.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, newTag);

        HttpResponse<String> stale =
                send("PUT", path, as("coordinator"), tag, event("2031-05-06T14:00", "Asia/Shanghai", 90), "en");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                25,
                Http.json(send("GET", path, as("coordinator"), null, null, "en"))
                        .getInt("capacity"),
                "nothing stored from a stale If-Match");

        assertEquals(
                404,
                send("PUT", path, as("otherCoordinator"), newTag, change, "en").statusCode());
        assertEquals(404, send("PUT", path, as("founder"), newTag, change, "en").statusCode());
        String elsewhere = "api/alliances/0/events/" + s.getJsonNumber("eventId");
        assertEquals(
                404,
                send("PUT", elsewhere, as("coordinator"), newTag, change, "en").statusCode());
    }
}
