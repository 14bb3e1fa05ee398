package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.FormSession;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.server.FailingAction;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, "no 500, no silent coercion, no leak": the bad inputs a tester sent to the running server, each answered
 * as it should be now (and never with a 500). HTTP only, as the tester sent them.
 */
class BadInputIT extends HttpTest {

    private static final String NUL = "\u0000";
    private static final Pattern INCIDENT =
            Pattern.compile("class=\"gh-incident\"[^>]*>[^<]*?([A-Z2-9]{5}-[A-Z2-9]{5})");

    private Http http() {
        return new Http(base);
    }

    private JsonObject scenario(String path) {
        HttpResponse<String> response = http().send("POST", path, null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private static void assertProblem(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(
                response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                response.body());
        JsonObject problem = Http.json(response);
        assertEquals(status, problem.getInt("status"));
        if (code != null) {
            assertEquals(code, problem.getString("code"), response.body());
        }
    }

    private static void assertPage(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("data-status=\"" + status + "\""), response.body());
    }

    private static void assertNoLeak(HttpResponse<String> response) {
        // (PrimeFaces' settings name ViewExpiredException on every page: that names no error of this request.)
        for (String leak : List.of(
                "IllegalStateException",
                "NullPointerException",
                "IndexOutOfBounds",
                "DataException",
                "PSQLException",
                "SQL",
                "insert into",
                "ERROR:",
                "org.hibernate",
                "at org.",
                "secret_table")) {
            assertFalse(response.body().contains(leak), "the browser was sent '" + leak + "': " + response.body());
        }
    }

    // --- A NUL byte, without signing in ---

    @Test
    void aNulInBasicCredentialsIs400WithoutALookup() {
        String credentials = "Basic "
                + Base64.getEncoder()
                        .encodeToString(("a" + NUL + "b@example.test:secret").getBytes(StandardCharsets.UTF_8));
        assertProblem(400, "platform.api.controlCharacters", http().get("api/me", credentials));
        assertProblem(400, "platform.api.controlCharacters", http().get("api/health", credentials));
        assertPage(400, http().get("index.xhtml", credentials));
    }

    @Test
    void aNulInACertificateCodeIs400AndAnyOtherUnknownCodeIs404() {
        assertProblem(400, "platform.api.controlCharacters", http().get("api/publication/certificates/%00", null));
        assertProblem(404, "platform.error.notFound", http().get("api/publication/certificates/NO%3BSUCH", null));
    }

    @Test
    void aNulInTheVerificationCodeIsThe400Page() {
        assertPage(400, http().get("public/verify.xhtml?code=%00", null));
        assertEquals(
                200,
                http().get("public/verify.xhtml?code=ABCD-EFGH", null).statusCode(),
                "an unknown code is just not verified");
    }

    @Test
    void aNulInTheEmailOfSignInRegistrationAndPasswordResetIs400() {
        String email = "someone" + NUL + "@example.test";
        assertPage(400, new FormSession(base).signIn(email, "Whatever-Password-1"));
        assertPage(
                400,
                new FormSession(base)
                        .submit("account/forgot-password.xhtml", "forgotForm", Map.of("email", email), "submit"));
        assertPage(
                400,
                new FormSession(base)
                        .submit(
                                "account/register.xhtml",
                                "registerForm",
                                Map.of(
                                        "displayName",
                                        "Nul Tester",
                                        "email",
                                        email,
                                        "password",
                                        "Nul-Tester-2026-pw",
                                        "language_input",
                                        "en",
                                        "legalName",
                                        "Nul Tester Ltd",
                                        "kind_input",
                                        "START_UP",
                                        "foundingDate_input",
                                        "2024-01-15"),
                                "submit"));
    }

    @Test
    void aNulInTheNoteOfAFiledReportIs422OnTheNoteAndARawNulIsMalformed() {
        JsonObject s = scenario("test-support/residency-scenario");
        long residency = s.getJsonNumber("residencyId").longValue();
        HttpResponse<String> escaped =
                fileReport(s, residency, reportBody("\"note\":\"first" + "\\u0000" + "quarter\""));
        assertProblem(422, "platform.validation.forbiddenCharacters", escaped);
        assertEquals("note", Http.json(escaped).getString("field"));
        assertProblem(
                400,
                "platform.api.malformedJson",
                fileReport(s, residency, reportBody("\"note\":\"first" + NUL + "quarter\"")));
        assertEquals(
                201,
                fileReport(s, residency, reportBody("\"note\":\"first\\nquarter\""))
                        .statusCode(),
                "nothing was filed before");
    }

    @Test
    void aNulInAReportCommentThroughAjaxIs400AndNothingLeaks() {
        JsonObject s = scenario("test-support/residency-scenario");
        long residency = s.getJsonNumber("residencyId").longValue();
        assertEquals(
                201, fileReport(s, residency, reportBody("\"note\":\"Q3\"")).statusCode());
        FormSession manager = new FormSession(base);
        manager.signIn(s.getString("manager"), s.getString("password"));
        String page = "incubation/residency/report.xhtml?id=" + s.getJsonNumber("firstReportId");
        HttpResponse<String> response = manager.ajax(
                page,
                manager.viewState(page),
                "commentForm:saveComment",
                "commentForm",
                Map.of("commentForm", "commentForm", "commentForm:comment", "Looks" + NUL + "good"));
        assertEquals(400, response.statusCode(), response.body());
        assertNoLeak(response);
        assertFalse(manager.get(page).body().contains("Looks"), "no comment was stored");
    }

    @Test
    void aNulInAConflictReasonThroughAjaxIs400AndNothingLeaks() {
        JsonObject s = scenario("test-support/judging-scenario");
        FormSession judge = new FormSession(base);
        judge.signIn(s.getString("judge"), s.getString("password"));
        String page = "evaluation/judge/conflicts.xhtml";
        HttpResponse<String> response = judge.ajax(
                page,
                judge.viewState(page),
                "declareForm:declare",
                "declareForm",
                Map.of(
                        "declareForm",
                        "declareForm",
                        "declareForm:type_input",
                        "EMPLOYMENT",
                        "declareForm:reason",
                        "worked there" + NUL));
        assertEquals(400, response.statusCode(), response.body());
        assertNoLeak(response);
    }

    // --- Page parameters that are no id ---

    @Test
    void pageIdsThatAreNotNumbersOrTooLargeAnswerThe404Page() {
        for (String query : List.of("id=abc", "id=1e3", "id=99999999999999999999", "id=-", "id=%20")) {
            assertPage(404, http().get("public/competition.xhtml?" + query, null));
            assertPage(404, http().get("incubation/call.xhtml?" + query, null));
        }
        assertPage(404, http().get("public/transparency.xhtml?round=abc", null));
        assertPage(404, http().get("public/results.xhtml?competition=1e3", null));
        assertPage(404, http().get("alliance/directory.xhtml?alliance=99999999999999999999", null));
        FormSession admin = new FormSession(base);
        admin.signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        assertPage(404, admin.get("organisation/view.xhtml?id=abc"));
        assertPage(404, admin.get("evaluation/manage/results.xhtml?round=abc"));
        assertPage(404, admin.get("evaluation/manage/progress.xhtml?round=1e3"));
    }

    // --- Strict JSON ---

    @Test
    void theReportApiBindsStrictlyAndNamesTheField() {
        JsonObject s = scenario("test-support/residency-scenario");
        long residency = s.getJsonNumber("residencyId").longValue();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("\"employees\":4294967301", "employees");
        refused.put("\"employees\":1.5", "employees");
        refused.put("\"employees\":\"12\"", "employees");
        refused.put("\"highTechRecognised\":\"yes\"", "highTechRecognised");
        refused.put("\"highTechRecognised\":1", "highTechRecognised");
        refused.put("\"revenue\":\"820000\"", "revenue");
        refused.put("\"periodStart\":\"01/07/2025\"", "periodStart");
        refused.put("\"employes\":12", "employes");
        refused.put("\"note\":[\"wrapped\"]", "note");
        for (Map.Entry<String, String> body : refused.entrySet()) {
            HttpResponse<String> response = fileReport(s, residency, reportBody(body.getKey()));
            assertEquals(422, response.statusCode(), body.getKey() + " -> " + response.body());
            assertEquals(body.getValue(), Http.json(response).getString("field"), body.getKey());
        }
        HttpResponse<String> repeated =
                fileReport(s, residency, reportBody().replace("\"rndStaff\":4", "\"rndStaff\":4,\"rndStaff\":5"));
        assertProblem(422, "platform.api.json.duplicateField", repeated);
        assertEquals("rndStaff", Http.json(repeated).getString("field"));
        HttpResponse<String> filed =
                fileReport(s, residency, reportBody("\"highTechRecognised\":true", "\"employees\":13"));
        assertEquals(201, filed.statusCode(), "none of the refused bodies was stored: " + filed.body());
    }

    @Test
    void everyJsonBodyIsStrict() {
        String admin = Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        HttpResponse<String> unknown = http().send(
                        "PUT",
                        "api/me",
                        admin,
                        "application/json",
                        "{\"displayName\":\"Administrator\",\"isAdmin\":true}".getBytes(StandardCharsets.UTF_8));
        assertProblem(422, "platform.api.json.unknownField", unknown);
        assertEquals("isAdmin", Http.json(unknown).getString("field"));
        HttpResponse<String> calculator = http().send(
                        "POST",
                        "api/evaluation/calculate",
                        null,
                        "application/json",
                        "{\"method\":{\"type\":\"MEAN\",\"trim\":1.5}}".getBytes(StandardCharsets.UTF_8));
        assertProblem(422, "platform.api.json.expectedInteger", calculator);
        assertEquals("method.trim", Http.json(calculator).getString("field"));
        HttpResponse<String> roles = http().send(
                        "PUT",
                        "api/admin/users/1/roles",
                        admin,
                        "application/json",
                        "\"ADMINISTRATOR\"".getBytes(StandardCharsets.UTF_8));
        assertProblem(422, "platform.api.json.expectedList", roles);
    }

    // --- Names ---

    @Test
    void namesWithBidiOverridesAreRefusedThroughTheApiAndRegistration() {
        String admin = Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        HttpResponse<String> me = http().send(
                        "PUT",
                        "api/me",
                        admin,
                        "application/json",
                        "{\"displayName\":\"Admin\u202Egnp.exe\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(422, "platform.validation.forbiddenCharacters", me);
        assertEquals("displayName", Http.json(me).getString("field"));
        assertEquals("Administrator", Http.json(http().get("api/me", admin)).getString("displayName"));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> registered = new FormSession(base)
                .submit(
                        "account/register.xhtml",
                        "registerForm",
                        Map.of(
                                "displayName",
                                "Evil\u202Eeman " + suffix,
                                "email",
                                "bidi-" + suffix + "@example.test",
                                "password",
                                "Bidi-Tester-2026-" + suffix,
                                "language_input",
                                "en",
                                "legalName",
                                "Bidi " + suffix + " Ltd",
                                "kind_input",
                                "START_UP",
                                "foundingDate_input",
                                "2024-01-15"),
                        "submit");
        assertEquals(200, registered.statusCode());
        assertFalse(registered.body().contains("registeredNote"), "no account was registered");
        assertTrue(
                registered.body().contains("Please remove the characters that are not allowed here"),
                registered.body());
    }

    // --- Ajax errors and crafted Ajax requests ---

    @Test
    void anAjaxErrorShowsATranslatedMessageAndAnIncidentIdThatIsInTheServerLog() throws IOException {
        FormSession visitor = new FormSession(base);
        String page = "test-support/failing.xhtml";
        HttpResponse<String> ajax = visitor.ajax(
                page, visitor.viewState(page), "failForm:failAjax", "failForm", Map.of("failForm", "failForm"));
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertNoLeak(ajax);
        assertFalse(ajax.body().contains("IllegalStateException"), ajax.body());
        assertTrue(ajax.body().contains("ajaxErrorDialog"), ajax.body());
        assertLogged(incident(ajax));

        HttpResponse<String> full = visitor.submit(page, "failForm", Map.of(), "failFull");
        assertNoLeak(full);
        assertTrue(full.body().contains("data-status=\"500\""), full.body());
        assertLogged(incident(full));
    }

    private static String incident(HttpResponse<String> response) {
        Matcher matcher = INCIDENT.matcher(response.body());
        assertTrue(matcher.find(), "an incident id is shown: " + response.body());
        return matcher.group(1);
    }

    private static void assertLogged(String incident) throws IOException {
        Path log = Path.of(System.getProperty("greenhub.test.server.log", "target/server/standalone/log/server.log"));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int at = text.indexOf("Incident " + incident);
        assertTrue(at >= 0, "incident " + incident + " is in the server log");
        assertTrue(
                text.substring(at, Math.min(text.length(), at + 2000)).contains(FailingAction.SECRET),
                "with the full exception");
    }

    @Test
    void craftedWizardTabViewAndUploadRequestsAreRefusedWith400() {
        JsonObject intake = scenario("test-support/intake-scenario");
        FormSession founder = new FormSession(base);
        founder.signIn(intake.getString("founder"), intake.getString("password"));
        String apply = "incubation/intake/my/apply.xhtml?call=" + intake.getJsonNumber("call");
        HttpResponse<String> noStep = founder.ajax(
                apply,
                founder.viewState(apply),
                "applyForm:wizard",
                "applyForm:wizard",
                Map.of("applyForm", "applyForm", "applyForm:wizard_wizardRequest", "true"));
        assertEquals(400, noStep.statusCode(), noStep.body());
        HttpResponse<String> unknownStep = founder.ajax(
                apply,
                founder.viewState(apply),
                "applyForm:wizard",
                "applyForm:wizard",
                Map.of(
                        "applyForm",
                        "applyForm",
                        "applyForm:wizard_wizardRequest",
                        "true",
                        "applyForm:wizard_stepToGo",
                        "nowhere"));
        assertEquals(400, unknownStep.statusCode(), unknownStep.body());
        HttpResponse<String> realStep = founder.ajax(
                apply,
                founder.viewState(apply),
                "applyForm:wizard",
                "applyForm:wizard",
                Map.of(
                        "applyForm",
                        "applyForm",
                        "applyForm:wizard_wizardRequest",
                        "true",
                        "applyForm:wizard_stepToGo",
                        "metricsStep"));
        assertEquals(200, realStep.statusCode(), "the page's own request still works: " + realStep.body());

        JsonObject alliance = scenario("test-support/alliance-scenario");
        FormSession coordinator = new FormSession(base);
        coordinator.signIn(alliance.getString("coordinator"), alliance.getString("password"));
        String manage = "alliance/manage.xhtml?alliance=" + alliance.getJsonNumber("allianceId");
        for (Map<String, String> crafted : List.of(
                Map.of("tabs_contentLoad", "true"),
                Map.of("tabs_contentLoad", "true", "tabs_currentTab", "tabs:nope"),
                Map.of("tabs_activeIndex", "abc"),
                Map.of("tabs_activeIndex", "99"))) {
            HttpResponse<String> response =
                    coordinator.ajax(manage, coordinator.viewState(manage), "tabs", "tabs", crafted);
            assertEquals(400, response.statusCode(), crafted + " -> " + response.body());
        }
        HttpResponse<String> realTab = coordinator.ajax(
                manage,
                coordinator.viewState(manage),
                "tabs",
                "tabs",
                Map.of("tabs_contentLoad", "true", "tabs_currentTab", "tabs:duesTab"));
        assertEquals(200, realTab.statusCode(), "the tab view's own request still works: " + realTab.body());

        JsonObject residency = scenario("test-support/residency-scenario");
        FormSession startUp = new FormSession(base);
        startUp.signIn(residency.getString("founder"), residency.getString("password"));
        String report = "incubation/residency/report.xhtml?id=" + residency.getJsonNumber("firstReportId");
        HttpResponse<String> noBody = startUp.postWithoutBody(
                report,
                Map.of(
                        "evidenceForm",
                        "evidenceForm",
                        "evidenceForm:attach",
                        "",
                        "jakarta.faces.ViewState",
                        startUp.viewState(report)));
        assertEquals(400, noBody.statusCode(), noBody.body());
        assertNoLeak(noBody);
    }

    // --- Existence does not leak to anonymous callers ---

    @Test
    void anonymousCallersGetTheSameAnswerForMissingAndExistingPrivateFiles() {
        JsonObject residency = scenario("test-support/residency-scenario?evidence=true");
        JsonObject alliance = scenario("test-support/alliance-scenario?member=true");
        JsonObject other = scenario("test-support/residency-scenario");
        String outsider = Http.basic(other.getString("founder"), other.getString("password"));
        for (String[] pair : List.of(
                new String[] {
                    "api/incubation/residency-evidence/" + residency.getJsonNumber("evidenceId"),
                    "api/incubation/residency-evidence/987654321"
                },
                new String[] {
                    "api/alliance/documents/" + alliance.getJsonNumber("agreementId"),
                    "api/alliance/documents/987654321"
                })) {
            HttpResponse<String> existing = http().get(pair[0], null);
            HttpResponse<String> missing = http().get(pair[1], null);
            assertProblem(401, null, existing);
            assertProblem(401, null, missing);
            assertEquals(
                    Http.json(existing).getString("code"), Http.json(missing).getString("code"));
            assertProblem(404, "platform.error.notFound", http().get(pair[0], outsider));
            assertProblem(404, "platform.error.notFound", http().get(pair[1], outsider));
        }
        assertEquals(
                200,
                http().get("api/alliance/documents/" + alliance.getJsonNumber("charterId"), null)
                        .statusCode(),
                "the charter stays public");
    }

    // --- The API answers bad requests with problem documents ---

    @Test
    void badRequestsToTheApiAreProblemDocumentsNeverPagesOr500() {
        assertProblem(400, "platform.api.badRequest", http().get("api/publication/certificates/%C0%AE", null));
        assertProblem(
                400,
                "platform.api.badRequest",
                http().send(http().request("api/me")
                        .header("Content-Type", ";;")
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .build()));
        assertProblem(
                400,
                "platform.api.badRequest",
                http().send(http().request("api/health")
                        .header("Accept", ";;;")
                        .GET()
                        .build()));
        assertProblem(
                400,
                "platform.api.badRequest",
                http().send(http().request("api/health")
                        .header("Accept", "application/json;q=abc")
                        .GET()
                        .build()));
        assertProblem(
                400,
                "platform.api.badRequest",
                http().send(http().request("api/health")
                        .header("Accept-Language", "en;q=abc")
                        .GET()
                        .build()));
        assertProblem(404, "platform.error.notFound", http().get("api/alliance/documents/abc", null));
        assertProblem(404, "platform.error.notFound", http().get("api/alliance/documents/99999999999999999999", null));
    }

    /** A good report for the scenario's first quarter, with fields replaced or added as {@code "key":value} pairs. */
    private static String reportBody(String... fields) {
        Map<String, String> body = new LinkedHashMap<>();
        for (String field : List.of(
                "\"periodStart\":\"2025-07-01\"",
                "\"periodEnd\":\"2025-09-30\"",
                "\"revenue\":820000",
                "\"employees\":12",
                "\"rndStaff\":4",
                "\"rndSpend\":95000",
                "\"patentsFiled\":1",
                "\"patentsGranted\":0",
                "\"investmentRaised\":0")) {
            body.put(field.substring(0, field.indexOf(':')), field);
        }
        for (String field : fields) {
            body.put(field.substring(0, field.indexOf(':')), field);
        }
        return "{" + String.join(",", body.values()) + "}";
    }

    private HttpResponse<String> fileReport(JsonObject s, long residency, String json) {
        return http().send(
                        "POST",
                        "api/incubation/residencies/" + residency + "/reports",
                        Http.basic(s.getString("founder"), s.getString("password")),
                        "application/json",
                        json.getBytes(StandardCharsets.UTF_8));
    }
}
