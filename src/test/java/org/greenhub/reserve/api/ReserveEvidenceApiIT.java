package org.greenhub.reserve.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A project owner sends evidence files over the API as a script would: the file as the body or as a
 * {@code multipart/form-data} form, to a draft, under the project's {@code If-Match}; the project then lists its files
 * and each downloads as sent, a kind sent again replacing its file. A refused file, an unknown kind, a missing or stale
 * tag, a project no longer editable store nothing; someone else's project is 404, no credentials 401, a read-only
 * token 403; refusals come in the caller's language.
 */
class ReserveEvidenceApiIT extends HttpTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OTHER_PDF =
            "%PDF-1.4\n% second study\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String BOUNDARY = "GreenHubEvidenceBoundary3xQ9";

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/reserve-owner-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private long id(String key) {
        return s.getJsonNumber(key).longValue();
    }

    private static String project(long id) {
        return "api/reserve/projects/mine/" + id;
    }

    private HttpResponse<String> read(long project) {
        HttpResponse<String> read = http.get(project(project), as("owner"));
        assertEquals(200, read.statusCode(), read.body());
        return read;
    }

    private static String tag(HttpResponse<String> answer) {
        return answer.headers().firstValue("ETag").orElseThrow();
    }

    private static List<JsonObject> files(HttpResponse<String> project) {
        return Http.json(project).getJsonArray("evidenceFiles").stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private HttpResponse<String> put(
            String path, String authorization, String ifMatch, String contentType, byte[] body, String language) {
        HttpRequest.Builder request = http.request(path)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build());
    }

    /** The file as the body, its name in the name parameter. */
    private HttpResponse<String> raw(
            long project, String kind, String name, byte[] content, String authorization, String ifMatch, String lang) {
        return put(
                project(project) + "/evidence/" + kind + "?name=" + name,
                authorization,
                ifMatch,
                "application/pdf",
                content,
                lang);
    }

    /** The file as the one part "file" of a form. */
    private HttpResponse<String> form(
            long project, String kind, String name, byte[] content, String authorization, String ifMatch, String lang) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return put(
                project(project) + "/evidence/" + kind,
                authorization,
                ifMatch,
                "multipart/form-data; boundary=" + BOUNDARY,
                body.toByteArray(),
                lang);
    }

    private String download(JsonObject file) {
        HttpResponse<String> download = http.get(file.getString("href").substring(1), as("owner"));
        assertEquals(200, download.statusCode(), download.body());
        return download.body();
    }

    private static String text(String feature, String language, String key, Object... args) {
        String pattern = BundleText.translated(feature, language, key).orElseThrow(() -> new AssertionError(key));
        return new MessageFormat(pattern, Locale.forLanguageTag(language.replace('_', '-'))).format(args);
    }

    private static void assertProblem(
            HttpResponse<String> answer, int status, String code, String feature, String language, Object... args) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(answer);
        assertEquals(code, problem.getString("code"), answer.body());
        assertEquals(text(feature, language, code, args), problem.getString("detail"));
        assertFalse(answer.body().contains("Exception"), "no stack trace: " + answer.body());
    }

    @Test
    void theOwnerAttachesEvidenceAsTheBodyAndAsAFormAndEachFileDownloadsAsSent() {
        long draft = id("firstDraftId");
        HttpResponse<String> before = read(draft);
        assertEquals(List.of(), files(before));

        HttpResponse<String> study = raw(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, as("owner"), tag(before), "en");
        assertEquals(200, study.statusCode(), study.body());
        assertNotEquals(tag(before), tag(study), "the evidence a project holds is part of its version");
        JsonObject attached = files(study).get(0);
        assertEquals("FEASIBILITY_STUDY", attached.getString("kind"));
        assertEquals("study.pdf", attached.getString("fileName"));
        assertEquals(PDF.length, attached.getJsonNumber("sizeBytes").longValue());
        assertEquals("application/pdf", attached.getString("contentType"));
        assertEquals(
                List.of("FEASIBILITY_STUDY"),
                Http.json(study).getJsonArray("evidence").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download(attached));

        HttpResponse<String> energy =
                form(draft, "energy_assessment", "energy-audit.pdf", PDF, as("owner"), tag(study), "en");
        assertEquals(200, energy.statusCode(), energy.body());
        assertEquals(
                List.of("FEASIBILITY_STUDY", "ENERGY_ASSESSMENT"),
                files(energy).stream().map(f -> f.getString("kind")).toList());
        assertEquals("energy-audit.pdf", files(energy).get(1).getString("fileName"), "the part's file name");

        HttpResponse<String> replaced =
                form(draft, "FEASIBILITY_STUDY", "study-v2.pdf", OTHER_PDF, as("owner"), tag(energy), "en");
        assertEquals(200, replaced.statusCode(), replaced.body());
        List<JsonObject> now = files(replaced);
        assertEquals(2, now.size(), "a kind sent again replaces its file: " + replaced.body());
        assertEquals("study-v2.pdf", now.get(0).getString("fileName"));
        assertEquals(new String(OTHER_PDF, StandardCharsets.US_ASCII), download(now.get(0)));
        assertEquals(files(replaced), files(read(draft)), "the project's GET lists the same files");
    }

    @Test
    void aRefusedFileAnUnknownKindOrAMissingOrStaleTagIsAProblemInTheCallersLanguageAndStoresNothing() {
        long draft = id("firstDraftId");
        HttpResponse<String> before = read(draft);
        String tag = tag(before);

        HttpResponse<String> notAPdf = raw(
                draft,
                "FEASIBILITY_STUDY",
                "study.pdf",
                "just text".getBytes(StandardCharsets.UTF_8),
                as("owner"),
                tag,
                "th");
        assertProblem(notAPdf, 422, "platform.file.kind", "platform", "th");
        assertEquals("feasibilityStudy", Http.json(notAPdf).getString("field"), "the upload of that kind named");
        assertProblem(
                form(draft, "ENERGY_ASSESSMENT", "empty.pdf", new byte[0], as("owner"), tag, "zh_CN"),
                422,
                "platform.file.empty",
                "platform",
                "zh_CN");
        HttpResponse<String> unknownKind = raw(draft, "BUSINESS_PLAN", "plan.pdf", PDF, as("owner"), tag, "th");
        assertProblem(
                unknownKind,
                400,
                "platform.api.query.oneOf",
                "platform",
                "th",
                "kind",
                "FEASIBILITY_STUDY, ENVIRONMENTAL_IMPACT_APPROVAL, ENERGY_ASSESSMENT");
        HttpResponse<String> noName =
                put(project(draft) + "/evidence/FEASIBILITY_STUDY", as("owner"), tag, "application/pdf", PDF, "en");
        assertEquals(400, noName.statusCode(), noName.body());
        assertEquals("name", Http.json(noName).getString("field"));
        HttpResponse<String> noTag = raw(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, as("owner"), null, "en");
        assertEquals(428, noTag.statusCode(), noTag.body());

        HttpResponse<String> changed = raw(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, as("owner"), tag, "en");
        assertEquals(200, changed.statusCode(), changed.body());
        HttpResponse<String> stale = form(draft, "ENERGY_ASSESSMENT", "energy.pdf", PDF, as("owner"), tag, "en");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("platform.api.ifMatch.stale", Http.json(stale).getString("code"));

        HttpResponse<String> after = read(draft);
        assertEquals(
                List.of("study.pdf"),
                files(after).stream().map(f -> f.getString("fileName")).toList(),
                "only the one accepted upload was stored");
        assertEquals(tag(changed), tag(after));
    }

    @Test
    void someoneElsesProjectNoCredentialsAReadOnlyTokenOrASubmittedProjectAreRefused() {
        long draft = id("firstDraftId");
        String tag = tag(read(draft));

        HttpResponse<String> notTheirs = raw(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, as("stranger"), tag, "en");
        assertEquals(404, notTheirs.statusCode(), notTheirs.body());
        HttpResponse<String> strangers =
                form(id("strangersDraftId"), "FEASIBILITY_STUDY", "study.pdf", PDF, as("owner"), tag, "en");
        assertEquals(404, strangers.statusCode(), "another organisation's draft: " + strangers.body());
        assertEquals(
                401,
                raw(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, null, tag, "en")
                        .statusCode());
        HttpResponse<String> readOnly =
                form(draft, "FEASIBILITY_STUDY", "study.pdf", PDF, "Bearer " + s.getString("readToken"), tag, "en");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));
        HttpResponse<String> outside = raw(
                draft, "FEASIBILITY_STUDY", "study.pdf", PDF, "Bearer " + s.getString("competitionToken"), tag, "en");
        assertEquals(403, outside.statusCode(), outside.body());
        assertEquals("account.token.outsideArea", Http.json(outside).getString("code"));
        assertEquals(List.of(), files(read(draft)), "none of them stored a file");

        long listed = id("listedId");
        HttpResponse<String> listedBefore = read(listed);
        assertProblem(
                raw(listed, "FEASIBILITY_STUDY", "study.pdf", PDF, as("owner"), tag(listedBefore), "th"),
                409,
                "reserve.project.notEditable",
                "reserve",
                "th");
        assertEquals(files(listedBefore), files(read(listed)), "a listed project's evidence stays as it was");
    }

    @Test
    void theOpenApiDocumentOffersBothWaysOfSendingTheFile() {
        HttpResponse<String> document = http.get("openapi?format=JSON", null);
        assertEquals(200, document.statusCode(), document.body());
        JsonObject operation = Http.json(document)
                .getJsonObject("paths")
                .getJsonObject("/api/reserve/projects/mine/{id}/evidence/{kind}")
                .getJsonObject("put");
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        assertTrue(content.containsKey("application/octet-stream"), content.toString());
        assertTrue(content.containsKey("multipart/form-data"), content.toString());
        assertTrue(operation.getJsonObject("responses").containsKey("422"), operation.toString());
    }

    @Test
    void aFileAboveTheUploadLimitIsRefusedInTheCallersLanguageAndStoresNothing() {
        long draft = id("firstDraftId");
        HttpResponse<String> before = read(draft);
        byte[] tooLarge = java.util.Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        assertProblem(
                raw(draft, "FEASIBILITY_STUDY", "study.pdf", tooLarge, as("owner"), tag(before), "vi"),
                422,
                "platform.file.tooLarge",
                "platform",
                "vi",
                20);
        HttpResponse<String> after = read(draft);
        assertEquals(List.of(), files(after));
        assertEquals(tag(before), tag(after));
    }
}
