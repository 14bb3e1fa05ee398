package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The per-person lists of the API, now counted and cut by the database: a page beyond the first holds the rows that
 * follow the first page's in the list's order, and X-Total-Count, the envelope's total and the Link header count
 * only the caller's own rows. A founder of three start-ups, each with an application and an alliance membership, who
 * left a fourth start-up yesterday; another founder's rows exist too. Neither the fourth start-up nor the other
 * founder's rows may be counted.
 */
class DatabasePagingApiIT extends HttpTest {

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/paging-api-scenario");
    }

    private String founder() {
        return Http.basic(s.getString("founder"), s.getString("password"));
    }

    private static List<Long> ids(HttpResponse<String> page, String field) {
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getJsonNumber(field).longValue())
                .toList();
    }

    private static Set<Long> made(JsonArray ids) {
        return ids.getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .collect(Collectors.toSet());
    }

    /**
     * Page 2 of size 2 is the third row of the whole list (read as one page of 100), the total is the founder's three
     * rows, and the links lead back to the first page and to page 2 as the last.
     */
    private void secondPageFollowsTheFirst(String list, String idField, Set<Long> expected) {
        HttpResponse<String> whole = http.get(list + "?size=100", founder());
        assertEquals(200, whole.statusCode(), whole.body());
        List<Long> all = ids(whole, idField);
        assertEquals(expected, Set.copyOf(all), list + ": exactly the founder's own rows");
        assertEquals(3, all.size(), list + ": no row twice");

        HttpResponse<String> first = http.get(list + "?page=1&size=2", founder());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals(all.subList(0, 2), ids(first, idField), list + ": page 1");

        HttpResponse<String> second = http.get(list + "?page=2&size=2", founder());
        assertEquals(200, second.statusCode(), second.body());
        assertEquals(all.subList(2, 3), ids(second, idField), list + ": page 2 holds the row after page 1's");
        assertEquals("3", second.headers().firstValue("X-Total-Count").orElse(""), list);
        JsonObject envelope = Http.json(second);
        assertEquals(3, envelope.getInt("total"), list);
        assertEquals(2, envelope.getInt("pages"), list);
        assertEquals(2, envelope.getInt("page"), list);
        String links = String.join(",", second.headers().allValues("Link"));
        assertTrue(links.contains("rel=\"prev\"") && links.contains("page=1"), list + ": " + links);
        assertTrue(!links.contains("rel=\"next\""), list + ": page 2 is the last: " + links);

        HttpResponse<String> beyond = http.get(list + "?page=3&size=2", founder());
        assertEquals(200, beyond.statusCode(), beyond.body());
        assertEquals(List.of(), ids(beyond, idField), list + ": nothing after the last page");
        assertEquals("3", beyond.headers().firstValue("X-Total-Count").orElse(""), list);
    }

    @Test
    void myApplicationsArePagedInTheDatabase() {
        secondPageFollowsTheFirst("api/incubation/applications", "id", made(s.getJsonArray("applications")));
    }

    @Test
    void myOrganisationsArePagedInTheDatabase() {
        secondPageFollowsTheFirst("api/organisations/mine", "id", made(s.getJsonArray("organisations")));
    }

    @Test
    void myMembershipsArePagedInTheDatabase() {
        secondPageFollowsTheFirst("api/alliances/memberships", "id", made(s.getJsonArray("memberships")));
    }

    @Test
    void aLaterApplicationComesFirstAndAnotherPersonsListIsTheirOwn() {
        List<Long> applications = s.getJsonArray("applications").getValuesAs(JsonNumber.class).stream()
                .map(JsonNumber::longValue)
                .toList();
        HttpResponse<String> last = http.get("api/incubation/applications?page=3&size=1", founder());
        assertEquals(
                List.of(applications.get(0)),
                ids(last, "id"),
                "newest first: the first application made is alone on the last page");

        HttpResponse<String> others = http.get(
                "api/incubation/applications?page=1&size=1", Http.basic(s.getString("other"), s.getString("password")));
        assertEquals(200, others.statusCode(), others.body());
        assertEquals("1", others.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(
                ids(others, "id").stream().noneMatch(applications::contains),
                "none of the first founder's applications");
    }

    @Test
    void aBadPageIsRefusedNamingTheParameterInTheCallersLanguage() {
        HttpResponse<String> bad = http.send(http.request("api/organisations/mine?page=0")
                .GET()
                .header("Authorization", founder())
                .header("Accept-Language", "th")
                .build());
        assertEquals(400, bad.statusCode(), bad.body());
        assertEquals("page", Http.json(bad).getString("field"));
        assertEquals(
                org.greenhub.testsupport.browser.BundleText.translated("platform", "th", "platform.api.page.invalid")
                        .orElseThrow(),
                Http.json(bad).getString("detail"));
        assertEquals(401, http.get("api/organisations/mine?page=2&size=2", null).statusCode());
    }
}
