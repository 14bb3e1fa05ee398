package org.greenhub.incubation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;

/**
 * The incubation API as a script uses it: the public calls with their filters and pages, a start-up's own
 * applications and its answers under If-Match, residencies for their people and their incubator's managers.
 */
class IncubationApiIT extends HttpTest {

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = new Http(base).request(path).GET().header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new Http(base).send(request.build());
    }

    private HttpResponse<String> post(String path, String authorization, String ifMatch, String language) {
        HttpRequest.Builder request = new Http(base)
                .request(path)
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Authorization", authorization)
                .header("Accept-Language", language);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return new Http(base).send(request.build());
    }

    private static String basic(JsonObject s, String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private static Set<Long> ids(HttpResponse<String> page) {
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getJsonNumber("id").longValue())
                .collect(Collectors.toSet());
    }

    private static long id(JsonObject s, String name) {
        return s.getJsonNumber(name).longValue();
    }

    @Test
    void publishedCallsArePagedAndFilteredAndNobodySeesAnUnpublishedOne() {
        JsonObject s = postScenario("test-support/incubation-api-scenario");
        String mine = "api/incubation/calls?incubator=" + id(s, "incubatorId");

        HttpResponse<String> all = get(mine, null, "en");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(
                Set.of(id(s, "openCall"), id(s, "secondCall"), id(s, "closedCall"), id(s, "upcomingCall")),
                ids(all),
                "every published call of the incubator, no sign-in needed; the unpublished one left out");
        assertEquals("4", all.headers().firstValue("X-Total-Count").orElse(""));

        assertEquals(Set.of(id(s, "openCall"), id(s, "secondCall")), ids(get(mine + "&status=open", null, "en")));
        assertEquals(Set.of(id(s, "closedCall")), ids(get(mine + "&status=closed", null, "en")));
        assertEquals(Set.of(id(s, "upcomingCall")), ids(get(mine + "&status=upcoming", null, "en")));

        HttpResponse<String> second = get(mine + "&page=2&size=1", null, "en");
        assertEquals(1, Http.json(second).getJsonArray("items").size());
        assertEquals(4, Http.json(second).getInt("total"));
        assertEquals(4, Http.json(second).getInt("pages"));
        String links = String.join(",", second.headers().allValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("rel=\"prev\""), links);
        assertTrue(links.contains("page=3"), "the next page keeps the filter and size: " + links);

        HttpResponse<String> bad = get(mine + "&status=soon", null, "vi");
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("status", Http.json(bad).getString("field"));
        assertTrue(Http.json(bad).getString("detail").startsWith("Tham số “status” phải là một trong"), bad.body());

        HttpResponse<String> one = get("api/incubation/calls/" + id(s, "openCall"), null, "en");
        assertEquals(200, one.statusCode(), one.body());
        assertTrue(Http.json(one).getBoolean("open"));
        assertTrue(Http.json(one).getString("title").startsWith("API open intake"), one.body());
        assertEquals(
                404,
                get("api/incubation/calls/" + id(s, "unpublishedCall"), null, "en")
                        .statusCode());
    }

    @Test
    void applicationsAreTheCallersOwnAndAnAnswerNeedsTheirCurrentETag() {
        JsonObject s = postScenario("test-support/incubation-api-scenario");
        String founder = basic(s, "founder");
        String path = "api/incubation/applications/" + id(s, "application");

        HttpResponse<String> list = get("api/incubation/applications", founder, "en");
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(Set.of(id(s, "application"), id(s, "offered")), ids(list), "the founder's two, not the other's");
        assertEquals(401, get("api/incubation/applications", null, "en").statusCode());
        assertEquals(
                404,
                get("api/incubation/applications/" + id(s, "othersApplication"), founder, "en")
                        .statusCode(),
                "somebody else's application is not found");

        HttpResponse<String> shown = get(path, founder, "en");
        assertEquals(200, shown.statusCode(), shown.body());
        assertEquals("SUBMITTED", Http.json(shown).getString("status"));
        String etag = shown.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> without = post(path + "/withdraw", founder, null, "en");
        assertEquals(428, without.statusCode(), without.body());
        HttpResponse<String> stale = post(path + "/withdraw", founder, "\"" + id(s, "application") + "-999\"", "vi");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                BundleText.translated("platform", "vi", "platform.api.ifMatch.stale")
                        .orElseThrow(),
                Http.json(stale).getString("detail"),
                "the problem in the caller's language");
        HttpResponse<String> readOnly = post(path + "/withdraw", "Bearer " + s.getString("read"), etag, "en");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals(
                "SUBMITTED",
                Http.json(get(path, founder, "en")).getString("status"),
                "nothing changed by the refused answers");

        HttpResponse<String> withdrawn = post(path + "/withdraw", "Bearer " + s.getString("write"), etag, "en");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Http.json(withdrawn).getString("status"));
        assertNotEquals(etag, withdrawn.headers().firstValue("ETag").orElseThrow(), "a new ETag after the change");
        assertEquals(
                409,
                post(
                                path + "/withdraw",
                                founder,
                                withdrawn.headers().firstValue("ETag").orElseThrow(),
                                "en")
                        .statusCode(),
                "a withdrawn application cannot be withdrawn again");

        String offered = "api/incubation/applications/" + id(s, "offered");
        HttpResponse<String> offer = get(offered, founder, "zh-CN");
        assertTrue(Http.json(offer).getBoolean("offerOpen"), offer.body());
        assertEquals(
                BundleText.translated("incubation", "zh_CN", "incubation.status.OFFERED")
                        .orElseThrow(),
                Http.json(offer).getString("statusText"));
        HttpResponse<String> accepted = post(
                offered + "/accept", founder, offer.headers().firstValue("ETag").orElseThrow(), "en");
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", Http.json(accepted).getString("status"));
        assertEquals(
                404,
                post("api/incubation/applications/" + id(s, "othersApplication") + "/withdraw", founder, "*", "en")
                        .statusCode());
    }

    @Test
    void residenciesForTheirPeopleAndResidentsForTheirIncubatorsManagersOnly() {
        JsonObject s = postScenario("test-support/incubation-api-scenario");
        String residents = "api/incubation/residencies?incubator=" + id(s, "houseId");

        HttpResponse<String> first = get(residents + "&size=1", basic(s, "houseManager"), "en");
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(2, Http.json(first).getInt("total"));
        assertEquals(1, Http.json(first).getJsonArray("items").size());
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                2,
                Http.json(get(residents + "&status=active", basic(s, "houseManager"), "en"))
                        .getInt("total"));
        assertEquals(
                0,
                Http.json(get(residents + "&status=GRADUATED", basic(s, "houseManager"), "en"))
                        .getInt("total"));
        HttpResponse<String> badStatus = get(residents + "&status=asleep", basic(s, "houseManager"), "en");
        assertEquals(400, badStatus.statusCode(), badStatus.body());
        assertEquals("status", Http.json(badStatus).getString("field"));
        assertEquals(
                404,
                get(residents, basic(s, "elsewhereManager"), "en").statusCode(),
                "another incubator's manager does not see these residents");

        HttpResponse<String> mine = get("api/incubation/residencies", basic(s, "resident"), "en");
        assertEquals(Set.of(id(s, "residencyId")), ids(mine), "a resident sees their own residency only");

        String reports = "api/incubation/residencies/" + id(s, "residencyId") + "/reports";
        HttpResponse<String> own = get(reports + "?size=2", basic(s, "resident"), "en");
        assertEquals(200, own.statusCode(), own.body());
        List<JsonObject> items = Http.json(own).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(2, items.size());
        assertTrue(Http.json(own).getInt("total") > 2, "quarterly reports since July 2025: " + own.body());
        assertEquals("2025-07-01", items.get(0).getString("periodStart"));
        assertEquals(200, get(reports, basic(s, "houseManager"), "en").statusCode());
        assertEquals(404, get(reports, basic(s, "outsider"), "en").statusCode());
        assertEquals(404, get(reports, basic(s, "elsewhereManager"), "en").statusCode());
    }

    @Test
    void anAnswerSentWithTheTagOfAVersionSinceChangedIsRefusedAndChangesNothing() {
        JsonObject s = postScenario("test-support/incubation-api-scenario");
        String founder = basic(s, "founder");
        String offered = "api/incubation/applications/" + id(s, "offered");
        String seen = get(offered, founder, "en").headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> accepted = post(offered + "/accept", founder, seen, "en");
        assertEquals(200, accepted.statusCode(), accepted.body());
        String acceptedTag = accepted.headers().firstValue("ETag").orElseThrow();

        // a second script still holding the tag it read before the offer was accepted
        for (String answer : List.of("/decline", "/withdraw", "/accept")) {
            HttpResponse<String> stale = post(offered + answer, founder, seen, "th");
            assertEquals(412, stale.statusCode(), answer + ": " + stale.body());
            assertEquals("platform.api.ifMatch.stale", Http.json(stale).getString("code"));
            assertEquals(
                    BundleText.translated("platform", "th", "platform.api.ifMatch.stale")
                            .orElseThrow(),
                    Http.json(stale).getString("detail"));
        }
        HttpResponse<String> after = get(offered, founder, "en");
        assertEquals("ACCEPTED", Http.json(after).getString("status"), "the accepted offer stays accepted");
        assertEquals(acceptedTag, after.headers().firstValue("ETag").orElseThrow(), "and unchanged");
    }
}
