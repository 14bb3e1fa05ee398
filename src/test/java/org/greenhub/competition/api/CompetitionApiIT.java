package org.greenhub.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Competitions through the API as a portal and a manager's script use them: the public list (never drafts) filtered and
 * paged, one edition's facts, an edition created and changed with ETags (428 without, 412 stale, nothing stored), the
 * managers' entries, rounds and awards (others 404), awards public only once published, tokens held to their reach,
 * problems in the caller's language.
 */
class CompetitionApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/competition-api-scenario");
    }

    private String as(JsonObject scene, String who) {
        return Http.basic(scene.getString(who), scene.getString("password"));
    }

    private HttpResponse<String> get(String path, String authorization, String language) {
        HttpRequest.Builder request = http.request(path).GET().header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> json(
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

    private static String settings(String englishName, String opens, String closes, String tracks) {
        return "{\"seriesName\":{\"zh\":\"绿色杯\"},\"texts\":{\"en\":{\"name\":\"" + englishName
                + "\",\"description\":\"For green start-ups\"},\"th\":{\"name\":\"ถ้วยสีเขียว\"}},"
                + "\"startupFoundedOnOrAfter\":\"2024-01-01\",\"submissionOpensAt\":\"" + opens
                + "\",\"submissionClosesAt\":\"" + closes + "\",\"timeZone\":\"Asia/Bangkok\","
                + "\"maxAwardsPerOrganisation\":2,\"noticePeriodDays\":10,\"tracks\":" + tracks
                + ",\"requiredAttachments\":[\"BUSINESS_PLAN\"]}";
    }

    private String newEdition(String seriesKey, String settings) {
        return "{\"seriesKey\":\"" + seriesKey + "\",\"seriesName\":\"Green Cup\",\"edition\":\"2031\",\"organiserId\":"
                + s.getJsonNumber("organiserId") + ",\"settings\":" + settings + "}";
    }

    @Test
    void thePublicListsPublishedEditionsFilteredAndPagedInItsLanguage() {
        String base = s.getString("base");
        HttpResponse<String> found = get("api/competitions?q=" + base + "&size=1", null, "en");
        assertEquals(200, found.statusCode(), found.body());
        JsonObject page = Http.json(found);
        assertEquals(2, page.getInt("total"));
        assertEquals(2, page.getInt("pages"));
        assertEquals("2", found.headers().firstValue("X-Total-Count").orElse(""));
        String links = String.join(",", found.headers().allValues("Link"));
        assertTrue(links.contains("rel=\"next\"") && links.contains("page=2"), links);
        JsonObject first = page.getJsonArray("items").getJsonObject(0);
        assertTrue(first.getString("name").startsWith("Cup " + base), first.toString());
        assertEquals("PUBLISHED", first.getString("status"));
        assertTrue(first.getBoolean("openForEntries"));
        assertFalse(first.getBoolean("resultsPublic"));
        assertEquals("Asia/Shanghai", first.getJsonObject("submission").getString("timeZone"));
        assertTrue(first.getJsonObject("submission").getString("closesAtLocal").endsWith("+08:00"));

        HttpResponse<String> second = get("api/competitions?q=" + base + "&size=1&page=2", null, "en");
        assertNotEquals(
                first.getJsonNumber("id"),
                Http.json(second).getJsonArray("items").getJsonObject(0).getJsonNumber("id"));

        int year = s.getInt("year");
        assertEquals(
                2,
                Http.json(get("api/competitions?q=" + base + "&year=" + year, null, "en"))
                        .getInt("total"));
        assertEquals(
                0,
                Http.json(get("api/competitions?q=" + base + "&year=" + (year + 1), null, "en"))
                        .getInt("total"));
        assertEquals(
                0,
                Http.json(get("api/competitions?q=" + base + "&status=FINAL", null, "en"))
                        .getInt("total"));
        assertEquals(
                2,
                Http.json(get("api/competitions?q=" + base + "&status=published", null, "en"))
                        .getInt("total"));

        HttpResponse<String> draftStatus = get("api/competitions?status=DRAFT", null, "th");
        assertEquals(400, draftStatus.statusCode(), draftStatus.body());
        assertTrue(draftStatus.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(draftStatus);
        assertEquals("status", problem.getString("field"));
        assertTrue(problem.getString("detail").startsWith("พารามิเตอร์ “status”"), problem.getString("detail"));

        HttpResponse<String> badYear = get("api/competitions?year=next", null, "th");
        assertEquals(400, badYear.statusCode(), badYear.body());
        assertEquals("competition.api.query.year", Http.json(badYear).getString("code"));
        assertTrue(Http.json(badYear).getString("detail").contains("2000"), badYear.body());
        assertEquals(400, get("api/competitions?size=101", null, "en").statusCode());
    }

    @Test
    void aManagerCreatesAndChangesADraftThatOnlyManagersSee() {
        String key = s.getString("base") + "-new";
        String manager = as(s, "manager");
        assertEquals(
                401,
                json(
                                "POST",
                                "api/competitions",
                                null,
                                null,
                                "en",
                                newEdition(
                                        key,
                                        settings(
                                                "Green Cup 2031",
                                                "2031-03-01T09:00",
                                                "2031-04-30T23:59:59",
                                                "[\"CLEAN_ENERGY\"]")))
                        .statusCode());
        HttpResponse<String> noName = json(
                "POST",
                "api/competitions",
                manager,
                null,
                "vi",
                newEdition(key, settings(" ", "2031-03-01T09:00", "2031-04-30T23:59:59", "[\"CLEAN_ENERGY\"]")));
        assertEquals(422, noName.statusCode(), noName.body());
        assertEquals("settings.texts.en.name", Http.json(noName).getString("field"));

        HttpResponse<String> created = json(
                "POST",
                "api/competitions",
                manager,
                null,
                "en",
                newEdition(
                        key,
                        settings(
                                "Green Cup 2031",
                                "2031-03-01T09:00",
                                "2031-04-30T23:59:59",
                                "[\"CLEAN_ENERGY\",\"CLEAN_PRODUCTION\"]")));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject edition = Http.json(created);
        long id = edition.getJsonNumber("id").longValue();
        String path = "api/competitions/" + id;
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/" + path));
        assertEquals("DRAFT", edition.getString("status"));
        assertEquals(
                "2031-03-01T09:00+07:00", edition.getJsonObject("submission").getString("opensAtLocal"));
        JsonObject settings = edition.getJsonObject("manage").getJsonObject("settings");
        assertEquals("2031-04-30T23:59:59", settings.getString("submissionClosesAt"));
        assertEquals(
                "ถ้วยสีเขียว",
                settings.getJsonObject("texts").getJsonObject("th").getString("name"));

        HttpResponse<String> unknown = get("api/competitions/999999999", null, "en");
        HttpResponse<String> anonymous = get(path, null, "en");
        assertEquals(404, anonymous.statusCode());
        assertEquals(unknown.body(), anonymous.body());
        assertEquals(404, get(path, as(s, "other"), "en").statusCode());
        assertEquals(0, Http.json(get("api/competitions?q=" + key, null, "en")).getInt("total"));

        HttpResponse<String> read = get(path, manager, "en");
        assertEquals(200, read.statusCode(), read.body());
        String tag = read.headers().firstValue("ETag").orElseThrow();
        String changed =
                settings("Green Cup 2031 (renamed)", "2031-03-01T09:00", "2031-05-31T23:59:59", "[\"CLEAN_ENERGY\"]");
        assertEquals(428, json("PUT", path, manager, null, "en", changed).statusCode());
        assertEquals(404, json("PUT", path, as(s, "other"), "*", "en", changed).statusCode());
        HttpResponse<String> readOnly = json("PUT", path, "Bearer " + s.getString("readToken"), tag, "en", changed);
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));

        HttpResponse<String> saved = json("PUT", path, manager, tag, "en", changed);
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("Green Cup 2031 (renamed)", Http.json(saved).getString("name"));
        String savedTag = saved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, savedTag);

        HttpResponse<String> stale = json(
                "PUT",
                path,
                manager,
                tag,
                "en",
                settings("Overwritten", "2031-03-01T09:00", "2031-05-31T23:59:59", "[\"CLEAN_ENERGY\"]"));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                "Green Cup 2031 (renamed)", Http.json(get(path, manager, "en")).getString("name"));

        HttpResponse<String> closesFirst = json(
                "PUT",
                path,
                manager,
                savedTag,
                "vi",
                settings("Green Cup 2031", "2031-03-01T09:00", "2031-02-01T09:00", "[\"CLEAN_ENERGY\"]"));
        assertEquals(422, closesFirst.statusCode(), closesFirst.body());
        assertEquals("submissionClosesAt", Http.json(closesFirst).getString("field"));
        assertTrue(Http.json(closesFirst).getString("detail").startsWith("Hạn"), closesFirst.body());

        HttpResponse<String> notATrack = json(
                "PUT",
                path,
                manager,
                savedTag,
                "th",
                settings("Green Cup 2031", "2031-03-01T09:00", "2031-05-31T23:59:59", "[\"COAL_MINING\"]"));
        assertEquals(422, notATrack.statusCode(), notATrack.body());
        assertEquals("tracks", Http.json(notATrack).getString("field"));
        assertTrue(Http.json(notATrack).getString("detail").startsWith("“COAL_MINING” ไม่สามารถ"), notATrack.body());

        HttpResponse<String> notATime = json(
                "PUT",
                path,
                manager,
                savedTag,
                "en",
                settings("Green Cup 2031", "next monday", "2031-05-31T23:59:59", "[\"CLEAN_ENERGY\"]"));
        assertEquals(422, notATime.statusCode(), notATime.body());
        assertEquals("submissionOpensAt", Http.json(notATime).getString("field"));
        assertEquals(
                savedTag,
                get(path, manager, "en").headers().firstValue("ETag").orElseThrow(),
                "nothing stored from refused changes");

        HttpResponse<String> again = json(
                "POST",
                "api/competitions",
                manager,
                null,
                "en",
                newEdition(
                        key,
                        settings("Green Cup 2031", "2031-03-01T09:00", "2031-04-30T23:59:59", "[\"CLEAN_ENERGY\"]")));
        assertEquals(409, again.statusCode(), again.body());
    }

    @Test
    void aPublishedEditionShowsItsFactsToAnyone() {
        long id = s.getJsonNumber("firstId").longValue();
        HttpResponse<String> read = get("api/competitions/" + id, null, "zh-CN");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.headers().firstValue("ETag").isEmpty(), "only managers get the tag a change needs");
        JsonObject edition = Http.json(read);
        assertTrue(edition.getBoolean("openForEntries"));
        assertFalse(edition.containsKey("manage"), "the settings are the managers'");
        assertFalse(edition.containsKey("results"), "nothing published yet");
        JsonArray tracks = edition.getJsonArray("tracks");
        assertEquals("清洁能源", tracks.getJsonObject(0).getString("name"), tracks.toString());
        assertEquals("START_UP", edition.getJsonArray("groups").getJsonObject(0).getString("code"));
        assertTrue(edition.getJsonArray("groups")
                .getJsonObject(0)
                .getString("rule")
                .startsWith("成立于"));
        assertTrue(get("api/competitions/" + id, as(s, "manager"), "en")
                .headers()
                .firstValue("ETag")
                .isPresent());
    }

    @Test
    void managersListEntriesAndRoundsOthersAndForeignTokensCannot() {
        JsonObject awards = postScenario("test-support/award-scenario?stage=proposed");
        String path = "api/competitions/" + awards.getJsonNumber("competitionId");
        String manager = as(awards, "managerA");

        HttpResponse<String> entries = get(path + "/entries?size=4", manager, "en");
        assertEquals(200, entries.statusCode(), entries.body());
        JsonObject page = Http.json(entries);
        assertEquals(6, page.getInt("total"));
        assertEquals(4, page.getJsonArray("items").size());
        assertEquals("6", entries.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(String.join(",", entries.headers().allValues("Link")).contains("rel=\"next\""));
        JsonObject entry = page.getJsonArray("items").getJsonObject(0);
        assertEquals("FINALIST", entry.getString("status"));
        assertTrue(awards.getJsonArray("awardees")
                .getValuesAs(jakarta.json.JsonString::getString)
                .contains(entry.getString("organisation")));
        assertFalse(entry.getString("reference").isBlank());
        assertEquals(
                2,
                Http.json(get(path + "/entries?status=FINALIST&group=GROWTH", manager, "en"))
                        .getInt("total"));
        assertEquals(
                0,
                Http.json(get(path + "/entries?status=ELIGIBLE", manager, "en")).getInt("total"));
        HttpResponse<String> badGroup = get(path + "/entries?group=GIANT", manager, "zh-CN");
        assertEquals(400, badGroup.statusCode(), badGroup.body());
        assertEquals("group", Http.json(badGroup).getString("field"));
        assertTrue(Http.json(badGroup).getString("detail").startsWith("参数“group”"), badGroup.body());

        HttpResponse<String> unknown = get("api/competitions/999999999/entries", as(awards, "outsider"), "en");
        HttpResponse<String> notTheirs = get(path + "/entries", as(awards, "outsider"), "en");
        assertEquals(404, notTheirs.statusCode());
        assertEquals(unknown.body(), notTheirs.body());
        assertEquals(401, get(path + "/entries", null, "en").statusCode());
        assertEquals(404, get(path + "/rounds", as(awards, "outsider"), "en").statusCode());

        HttpResponse<String> rounds = get(path + "/rounds", manager, "en");
        assertEquals(200, rounds.statusCode(), rounds.body());
        JsonObject round = Http.json(rounds).getJsonArray("items").getJsonObject(0);
        assertEquals(
                awards.getJsonNumber("roundId").longValue(),
                round.getJsonNumber("id").longValue());
        assertEquals(6, round.getInt("entries"));
        assertEquals(18, round.getInt("assignments"));
        assertEquals(18, round.getInt("submittedSheets"));
        assertTrue(round.getBoolean("finalRound"));
        assertEquals("1", rounds.headers().firstValue("X-Total-Count").orElse(""));

        String foreignToken = "Bearer " + s.getString("alliancesToken");
        HttpResponse<String> outside =
                get("api/competitions/" + s.getJsonNumber("firstId") + "/entries", foreignToken, "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
        HttpResponse<String> ownEntries = get(
                "api/competitions/" + s.getJsonNumber("firstId") + "/entries",
                "Bearer " + s.getString("readToken"),
                "en");
        assertEquals(200, ownEntries.statusCode(), ownEntries.body());
    }

    @Test
    void awardsAreTheManagersUntilPublishedThenEveryones() {
        JsonObject proposed = postScenario("test-support/award-scenario?stage=proposed");
        String path = "api/competitions/" + proposed.getJsonNumber("competitionId") + "/awards";
        HttpResponse<String> managers = get(path + "?size=3", as(proposed, "managerA"), "en");
        assertEquals(200, managers.statusCode(), managers.body());
        JsonObject view = Http.json(managers);
        assertTrue(view.getBoolean("managersView"));
        assertEquals("PROPOSED", view.getJsonObject("result").getString("status"));
        assertEquals(4, view.getJsonObject("awards").getInt("total"));
        assertEquals(3, view.getJsonObject("awards").getJsonArray("items").size());
        assertEquals("4", managers.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(String.join(",", managers.headers().allValues("Link")).contains("rel=\"next\""));
        JsonArray tiers = view.getJsonArray("tiers");
        assertEquals(4, tiers.size());
        for (JsonValue tier : tiers) {
            assertEquals(1, tier.asJsonObject().getInt("count"));
            assertEquals(1, tier.asJsonObject().getInt("awarded"), tier.toString());
        }
        HttpResponse<String> unpublished = get(path, null, "en");
        assertEquals(404, unpublished.statusCode(), unpublished.body());
        assertEquals(404, get(path, as(proposed, "outsider"), "en").statusCode());

        JsonObject published = postScenario("test-support/award-scenario?stage=published");
        long competition = published.getJsonNumber("competitionId").longValue();
        HttpResponse<String> everyone = get("api/competitions/" + competition + "/awards", null, "th");
        assertEquals(200, everyone.statusCode(), everyone.body());
        JsonObject open = Http.json(everyone);
        assertFalse(open.getBoolean("managersView"));
        assertEquals("PUBLISHED", open.getJsonObject("result").getString("status"));
        assertEquals(4, open.getJsonObject("awards").getInt("total"));
        assertEquals(
                "รางวัลชนะเลิศ", open.getJsonArray("tiers").getJsonObject(0).getString("name"));
        JsonObject facts = Http.json(get("api/competitions/" + competition, null, "zh-CN"));
        assertTrue(facts.getString("name").startsWith("绿色大赛"), facts.toString());
        String series = Http.json(get("api/competitions/" + competition, null, "en"))
                .getString("series")
                .replace("Green Cup ", "");
        HttpResponse<String> byChineseName =
                get("api/competitions?q=" + URLEncoder.encode("绿色大赛 " + series, StandardCharsets.UTF_8), null, "zh-CN");
        assertEquals(1, Http.json(byChineseName).getInt("total"), byChineseName.body());
        JsonObject listed = Http.json(byChineseName).getJsonArray("items").getJsonObject(0);
        assertEquals(competition, listed.getJsonNumber("id").longValue());
        assertTrue(listed.getBoolean("resultsPublic"));
        JsonObject results = facts.getJsonObject("results");
        assertTrue(results.getString("page").endsWith("/public/results.xhtml?competition=" + competition));
        assertTrue(results.getString("awards").endsWith("/api/competitions/" + competition + "/awards"));
    }
}
