package org.greenhub.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What an edition's managers change on its page besides its settings, through the API: its award tiers, its managers
 * and the release of judges' comments, each as the page does it, checked against the edition's ETag. Managers of
 * other editions get 404, anonymous callers 401, read-only tokens 403, changes without or with a stale If-Match 428
 * and 412; a refused change leaves the edition as it was.
 */
class EditionManagementApiIT extends HttpTest {

    private Http http;
    private JsonObject s;
    private String edition;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/competition-manage-api-scenario");
        edition = "api/competitions/" + s.getJsonNumber("publishedId");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private String readToken() {
        return "Bearer " + s.getString("managerReadToken");
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

    private static String total(HttpResponse<String> response) {
        return response.headers().firstValue("X-Total-Count").orElse("");
    }

    private static String tier(String group, String track, String tier, int count) {
        return "{\"group\":\"" + group + "\"," + (track == null ? "" : "\"track\":\"" + track + "\",") + "\"tier\":\""
                + tier + "\",\"count\":" + count + "}";
    }

    @Test
    void aManagerAddsListsAndRemovesAwardTiersAsOnTheEditionPage() {
        String tiers = edition + "/award-tiers";
        HttpResponse<String> none = get(tiers, as("manager"));
        assertEquals(200, none.statusCode(), none.body());
        assertEquals("0", total(none));
        String tag = etag(none);
        assertEquals(tag, etag(get(edition, as("manager"))), "the edition's own tag");
        assertEquals(200, get(tiers, readToken()).statusCode(), "a read-only token reads");
        assertEquals(404, get(tiers, as("other")).statusCode(), "a manager of other editions");
        assertEquals(401, get(tiers, null).statusCode());

        String first = tier("START_UP", null, "FIRST", 1);
        assertEquals(428, call("POST", tiers, as("manager"), null, "en", first).statusCode());
        String staleTag = "\"" + s.getJsonNumber("publishedId") + "-99\"";
        assertEquals(
                412, call("POST", tiers, as("manager"), staleTag, "en", first).statusCode());
        assertEquals(404, call("POST", tiers, as("other"), tag, "en", first).statusCode());
        assertEquals(403, call("POST", tiers, readToken(), tag, "en", first).statusCode());
        assertEquals(401, call("POST", tiers, null, tag, "en", first).statusCode());

        HttpResponse<String> noAwards =
                call("POST", tiers, as("manager"), tag, "th", tier("START_UP", null, "FIRST", 0));
        assertEquals(422, noAwards.statusCode(), noAwards.body());
        assertTrue(noAwards.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("count", Http.json(noAwards).getString("field"));
        assertEquals("ระหว่าง 1 ถึง 500 รางวัล", Http.json(noAwards).getString("detail"));
        HttpResponse<String> foreignTrack =
                call("POST", tiers, as("manager"), tag, "zh", tier("GROWTH", "GREEN_BUILDINGS", "FIRST", 1));
        assertEquals(422, foreignTrack.statusCode(), foreignTrack.body());
        assertEquals("track", Http.json(foreignTrack).getString("field"));
        assertEquals("请选择本大赛的赛道。", Http.json(foreignTrack).getString("detail"));
        HttpResponse<String> unknownGroup =
                call("POST", tiers, as("manager"), tag, "en", tier("GIANT", null, "FIRST", 1));
        assertEquals(422, unknownGroup.statusCode(), unknownGroup.body());
        assertEquals("group", Http.json(unknownGroup).getString("field"));
        HttpResponse<String> afterRefusals = get(tiers, as("manager"));
        assertEquals("0", total(afterRefusals), "refused tiers leave nothing behind");
        assertEquals(tag, etag(afterRefusals), "nor a new version");

        HttpResponse<String> added = call("POST", tiers, as("manager"), tag, "en", first);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject firstPrize = Http.json(added);
        assertEquals("FIRST", firstPrize.getString("tier"));
        assertEquals("First prize", firstPrize.getString("tierName"));
        assertFalse(firstPrize.containsKey("track"), "across the group's tracks");
        assertEquals(1, firstPrize.getInt("rankOrder"));
        assertTrue(added.headers().firstValue("Location").orElse("").endsWith(tiers));
        String afterFirst = etag(added);
        assertNotEquals(tag, afterFirst);
        assertEquals(afterFirst, etag(get(edition, as("manager"))), "the edition's tag moved on with its tiers");
        assertEquals(
                412,
                call("POST", tiers, as("manager"), tag, "en", tier("START_UP", null, "SECOND", 2))
                        .statusCode(),
                "the tag from before the first tier is stale");

        HttpResponse<String> twice = call("POST", tiers, as("manager"), afterFirst, "zh", first);
        assertEquals(409, twice.statusCode(), twice.body());
        assertEquals("该组别和赛道已设置此奖项。", Http.json(twice).getString("detail"));

        HttpResponse<String> second =
                call("POST", tiers, as("manager"), afterFirst, "en", tier("START_UP", null, "SECOND", 2));
        assertEquals(201, second.statusCode(), second.body());
        HttpResponse<String> third =
                call("POST", tiers, as("manager"), etag(second), "en", tier("GROWTH", "CLEAN_PRODUCTION", "FIRST", 1));
        assertEquals(201, third.statusCode(), third.body());

        HttpResponse<String> firstPage = get(tiers + "?size=2", as("manager"));
        assertEquals(200, firstPage.statusCode(), firstPage.body());
        assertEquals("3", total(firstPage));
        assertTrue(String.join(",", firstPage.headers().allValues("Link")).contains("rel=\"next\""));
        JsonArray items = Http.json(firstPage).getJsonArray("items");
        assertEquals(2, items.size());
        assertEquals("FIRST", items.getJsonObject(0).getString("tier"));
        assertEquals("SECOND", items.getJsonObject(1).getString("tier"));
        JsonObject last = Http.json(get(tiers + "?page=2&size=2", as("manager")))
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("CLEAN_PRODUCTION", last.getString("track"));
        assertEquals(3, last.getInt("rankOrder"));
        // the awards' allocation reads the same tiers
        assertEquals(
                3,
                Http.json(get(edition + "/awards", as("manager")))
                        .getJsonArray("tiers")
                        .size());

        String secondTier = edition + "/award-tiers/" + Http.json(second).getJsonNumber("id");
        String current = etag(third);
        assertEquals(
                428, call("DELETE", secondTier, as("manager"), null, "en", "").statusCode());
        assertEquals(
                412,
                call("DELETE", secondTier, as("manager"), afterFirst, "en", "").statusCode());
        assertEquals(
                404, call("DELETE", secondTier, as("other"), current, "en", "").statusCode());
        assertEquals(
                403, call("DELETE", secondTier, readToken(), current, "en", "").statusCode());
        HttpResponse<String> removed = call("DELETE", secondTier, as("manager"), current, "en", "");
        assertEquals(204, removed.statusCode(), removed.body());
        assertNotEquals(current, etag(removed));
        HttpResponse<String> remaining = get(tiers, as("manager"));
        assertEquals("2", total(remaining));
        assertEquals(etag(removed), etag(remaining));
        assertEquals(
                404,
                call("DELETE", secondTier, as("manager"), etag(removed), "en", "")
                        .statusCode(),
                "a tier the edition no longer has");
    }

    @Test
    void managersAreAddedAndRemovedButAnEditionKeepsOne() {
        String managers = edition + "/managers";
        HttpResponse<String> alone = get(managers, as("manager"));
        assertEquals(200, alone.statusCode(), alone.body());
        assertEquals("1", total(alone));
        JsonObject self = Http.json(alone).getJsonArray("items").getJsonObject(0);
        assertEquals(s.getString("manager"), self.getString("email"));
        assertEquals("Edition manager", self.getString("name"));
        String tag = etag(alone);
        assertEquals(404, get(managers, as("other")).statusCode(), "a manager of other editions");
        assertEquals(401, get(managers, null).statusCode());

        String addOther = "{\"email\":\"" + s.getString("other") + "\"}";
        assertEquals(
                428, call("POST", managers, as("manager"), null, "en", addOther).statusCode());
        assertEquals(
                412,
                call("POST", managers, as("manager"), "\"" + s.getJsonNumber("publishedId") + "-99\"", "en", addOther)
                        .statusCode());
        assertEquals(
                403, call("POST", managers, readToken(), tag, "en", addOther).statusCode());
        assertEquals(401, call("POST", managers, null, tag, "en", addOther).statusCode());
        assertEquals(
                404,
                call("POST", managers, as("other"), tag, "en", addOther).statusCode(),
                "nobody adds themselves to an edition they do not manage");

        HttpResponse<String> nobody = call(
                "POST",
                managers,
                as("manager"),
                tag,
                "th",
                "{\"email\":\"nobody-" + s.getString("base") + "@x.test\"}");
        assertEquals(422, nobody.statusCode(), nobody.body());
        assertEquals("email", Http.json(nobody).getString("field"));
        assertEquals("ไม่มีผู้จัดการโครงการที่ใช้อีเมลนี้", Http.json(nobody).getString("detail"));

        String selfPath = managers + "/" + self.getJsonNumber("id");
        HttpResponse<String> lastOne = call("DELETE", selfPath, as("manager"), tag, "zh", "");
        assertEquals(409, lastOne.statusCode(), lastOne.body());
        assertEquals("大赛至少需保留一名项目管理员。", Http.json(lastOne).getString("detail"));
        HttpResponse<String> stillAlone = get(managers, as("manager"));
        assertEquals("1", total(stillAlone), "refusals leave the managers as they were");
        assertEquals(tag, etag(stillAlone));

        HttpResponse<String> added = call("POST", managers, as("manager"), tag, "en", addOther);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals(s.getString("other"), Http.json(added).getString("email"));
        assertNotEquals(tag, etag(added));
        HttpResponse<String> again = call("POST", managers, as("manager"), etag(added), "vi", addOther);
        assertEquals(409, again.statusCode(), again.body());
        assertEquals("Người này đã quản lý cuộc thi.", Http.json(again).getString("detail"));

        // the new manager now reads the edition's managers, a page at a time
        HttpResponse<String> pageOne = get(managers + "?size=1", as("other"));
        assertEquals(200, pageOne.statusCode(), pageOne.body());
        assertEquals("2", total(pageOne));
        assertTrue(String.join(",", pageOne.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(etag(added), etag(pageOne));

        // and may take the first manager off, who then no longer finds the edition's managers
        HttpResponse<String> removed = call("DELETE", selfPath, as("other"), etag(added), "en", "");
        assertEquals(204, removed.statusCode(), removed.body());
        assertEquals(404, get(managers, as("manager")).statusCode());
        HttpResponse<String> left = get(managers, as("other"));
        assertEquals("1", total(left));
        assertEquals(
                s.getString("other"),
                Http.json(left).getJsonArray("items").getJsonObject(0).getString("email"));
    }

    @Test
    void judgesCommentsAreReleasedAndHiddenAgain() {
        String release = edition + "/comment-release";
        HttpResponse<String> withheld = get(release, as("manager"));
        assertEquals(200, withheld.statusCode(), withheld.body());
        assertFalse(Http.json(withheld).getBoolean("released"));
        String tag = etag(withheld);
        assertEquals(tag, etag(get(edition, as("manager"))));
        assertEquals(404, get(release, as("other")).statusCode());
        assertEquals(401, get(release, null).statusCode());

        String releaseThem = "{\"released\":true}";
        assertEquals(
                428,
                call("PUT", release, as("manager"), null, "en", releaseThem).statusCode());
        assertEquals(
                412,
                call("PUT", release, as("manager"), "\"" + s.getJsonNumber("publishedId") + "-99\"", "en", releaseThem)
                        .statusCode());
        assertEquals(
                404, call("PUT", release, as("other"), tag, "en", releaseThem).statusCode());
        assertEquals(
                403, call("PUT", release, readToken(), tag, "en", releaseThem).statusCode());
        assertEquals(401, call("PUT", release, null, tag, "en", releaseThem).statusCode());
        HttpResponse<String> missing = call("PUT", release, as("manager"), tag, "vi", "{}");
        assertEquals(422, missing.statusCode(), missing.body());
        assertEquals("released", Http.json(missing).getString("field"));
        HttpResponse<String> notABoolean = call("PUT", release, as("manager"), tag, "th", "{\"released\":\"yes\"}");
        assertEquals(422, notABoolean.statusCode(), notABoolean.body());
        assertEquals("released", Http.json(notABoolean).getString("field"));
        assertFalse(Http.json(get(release, as("manager"))).getBoolean("released"), "refused: still withheld");

        HttpResponse<String> released = call("PUT", release, as("manager"), tag, "en", releaseThem);
        assertEquals(200, released.statusCode(), released.body());
        assertTrue(Http.json(released).getBoolean("released"));
        assertNotEquals(tag, etag(released));
        HttpResponse<String> readBack = get(release, as("manager"));
        assertTrue(Http.json(readBack).getBoolean("released"));
        assertEquals(etag(released), etag(readBack));

        HttpResponse<String> hidden = call("PUT", release, as("manager"), etag(released), "en", "{\"released\":false}");
        assertEquals(200, hidden.statusCode(), hidden.body());
        assertFalse(Http.json(hidden).getBoolean("released"));
        assertFalse(Http.json(get(release, as("manager"))).getBoolean("released"));
    }
}
