package org.greenhub.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Applicants' entries through the API, as a script uses them: create a draft, read it with its ETag, replace its
 * answers with If-Match (428 without, 412 stale), attach a file checked by content, submit and withdraw; another
 * applicant's entry is 404, a read-only token cannot change anything, problems in the caller's language.
 */
class EntryApiIT extends HttpTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/entry-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private HttpResponse<String> send(
            String method, String path, String authorization, String ifMatch, String contentType, byte[] body) {
        HttpRequest.Builder request = http.request(path)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", authorization)
                .header("Accept-Language", "vi");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> json(String method, String path, String authorization, String ifMatch, String json) {
        return send(method, path, authorization, ifMatch, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private long create() {
        HttpResponse<String> created = json(
                "POST",
                "api/competitions/" + s.getJsonNumber("competitionId") + "/entries",
                as("founder"),
                null,
                "{\"organisationId\":" + s.getJsonNumber("organisationId")
                        + ",\"projectTitle\":\"Solar dryer\",\"track\":\"CLEAN_PRODUCTION\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/entries/" + id));
        assertTrue(created.headers().firstValue("ETag").isPresent());
        return id;
    }

    private String details(String title) {
        return "{\"projectTitle\":\"" + title
                + "\",\"group\":\"START_UP\",\"track\":\"CLEAN_PRODUCTION\",\"summary\":\"Dries crops with sun\","
                + "\"technology\":\"Solar air collectors\",\"market\":\"Farms\",\"team\":\"Four engineers\","
                + "\"revenuePreviousYear\":120000,\"ipOwnershipDeclared\":true,"
                + "\"metrics\":{\"baselineYear\":" + s.getInt("baselineYear") + ",\"baselineEnergyUseMwh\":1200,"
                + "\"energySavedMwhPerYear\":300,\"emissionsAvoidedTco2ePerYear\":180,\"cleanerProductionAudit\":false,"
                + "\"category\":\"CLEAN_PRODUCTION\",\"methodNote\":\"Metered before and after\"}}";
    }

    @Test
    void anApplicantDraftsAttachesSubmitsAndWithdrawsWithETags() {
        long id = create();
        String path = "api/entries/" + id;
        HttpResponse<String> read = http.get(path, as("founder"));
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("DRAFT", Http.json(read).getJsonObject("page").getString("status"));
        String tag = read.headers().firstValue("ETag").orElseThrow();

        assertEquals(
                428,
                json("PUT", path, as("founder"), null, details("Sun dryer")).statusCode());
        HttpResponse<String> saved = json("PUT", path, as("founder"), tag, details("Sun dryer"));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject page = Http.json(saved).getJsonObject("page");
        assertEquals("Sun dryer", page.getJsonObject("details").getString("projectTitle"));
        String savedTag = saved.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(tag, savedTag);

        HttpResponse<String> stale = json("PUT", path, as("founder"), tag, details("Overwritten"));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals(
                "Sun dryer",
                Http.json(http.get(path, as("founder")))
                        .getJsonObject("page")
                        .getJsonObject("details")
                        .getString("projectTitle"),
                "nothing stored from a stale If-Match");

        HttpResponse<String> missing = send("POST", path + "/submit", as("founder"), savedTag, null, null);
        assertEquals(422, missing.statusCode(), missing.body());
        JsonObject problem = Http.json(missing);
        assertEquals("competition.entry.incomplete.attachment", problem.getString("code"));
        assertTrue(problem.getString("detail").startsWith("Thiếu tệp đính kèm"), problem.getString("detail"));

        HttpResponse<String> notAPdf = send(
                "POST",
                path + "/attachments/BUSINESS_PLAN?name=plan.pdf",
                as("founder"),
                null,
                "application/octet-stream",
                "just text".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notAPdf.statusCode(), notAPdf.body());
        HttpResponse<String> attached = send(
                "POST", path + "/attachments/BUSINESS_PLAN?name=plan.pdf", as("founder"), null, "application/pdf", PDF);
        assertEquals(201, attached.statusCode(), attached.body());
        assertEquals("BUSINESS_PLAN", Http.json(attached).getString("kind"));
        assertEquals(
                400,
                send("POST", path + "/attachments/NOVEL?name=a.pdf", as("founder"), null, "application/pdf", PDF)
                        .statusCode());

        assertEquals(
                428,
                send("POST", path + "/submit", as("founder"), null, null, null).statusCode());
        String current =
                http.get(path, as("founder")).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> submitted = send("POST", path + "/submit", as("founder"), current, null, null);
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", Http.json(submitted).getJsonObject("page").getString("status"));

        HttpResponse<String> withdrawn = send(
                "POST",
                path + "/withdraw",
                as("founder"),
                submitted.headers().firstValue("ETag").orElseThrow(),
                null,
                null);
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertEquals("WITHDRAWN", Http.json(withdrawn).getJsonObject("page").getString("status"));
    }

    @Test
    void myEntriesArePagedAndAnotherApplicantsEntryIs404() {
        long id = create();
        HttpResponse<String> mine = http.get("api/entries?size=1", as("founder"));
        assertEquals(200, mine.statusCode(), mine.body());
        assertEquals(1, Http.json(mine).getInt("total"));
        assertEquals(
                id,
                Http.json(mine)
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals("1", mine.headers().firstValue("X-Total-Count").orElse(""));
        assertEquals(0, Http.json(http.get("api/entries", as("other"))).getInt("total"));

        HttpResponse<String> missing = http.get("api/entries/999999999", as("other"));
        HttpResponse<String> notTheirs = http.get("api/entries/" + id, as("other"));
        assertEquals(404, notTheirs.statusCode());
        assertEquals(missing.body(), notTheirs.body());
        assertEquals(
                404,
                json("PUT", "api/entries/" + id, as("other"), "*", details("Taken"))
                        .statusCode());
        assertEquals(
                404,
                send("POST", "api/entries/" + id + "/withdraw", as("other"), "*", null, null)
                        .statusCode());

        HttpResponse<String> forSomeoneElse = json(
                "POST",
                "api/competitions/" + s.getJsonNumber("competitionId") + "/entries",
                as("founder"),
                null,
                "{\"organisationId\":" + s.getJsonNumber("otherOrganisationId")
                        + ",\"projectTitle\":\"Not mine\",\"track\":\"CLEAN_PRODUCTION\"}");
        assertEquals(404, forSomeoneElse.statusCode(), forSomeoneElse.body());
    }

    @Test
    void aReadOnlyTokenReadsButChangesNothing() {
        long id = create();
        String bearer = "Bearer " + s.getString("readToken");
        HttpResponse<String> read = http.get("api/entries/" + id, bearer);
        assertEquals(200, read.statusCode(), read.body());
        HttpResponse<String> refused = send(
                "POST",
                "api/entries/" + id + "/withdraw",
                bearer,
                read.headers().firstValue("ETag").orElseThrow(),
                null,
                null);
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals("account.token.readOnly", Http.json(refused).getString("code"));
        assertEquals(
                "DRAFT",
                Http.json(http.get("api/entries/" + id, as("founder")))
                        .getJsonObject("page")
                        .getString("status"));
    }
}
