package org.greenhub.competition.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An entry's attachment sent as a form ({@code multipart/form-data}, as {@code curl -F file=@plan.pdf} or an HTML
 * form sends it) beside the raw body: the part's file name is the name, the content is checked as any upload, and a
 * form without a file, with two, or with a file part without a name is refused in the caller's language with nothing
 * stored (the entry still lacks its business plan when submitted). Someone else's entry is 404, no credentials 401,
 * a read-only token 403.
 */
class EntryUploadApiIT extends HttpTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String BOUNDARY = "GreenHubTestBoundary7MA4YWxkTrZu0gW";

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

    /** One part of a form: its field name, its file name (null: a plain field) and its bytes. */
    private record Part(String field, String fileName, byte[] content) {}

    private static byte[] form(Part... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part.field() + "\""
                    + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"")
                    + "\r\nContent-Type: application/octet-stream\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private HttpResponse<String> post(
            String path, String authorization, String contentType, byte[] body, String language, String ifMatch) {
        HttpRequest.Builder request = http.request(path)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> upload(long entry, String authorization, String language, Part... parts) {
        return post(
                "api/entries/" + entry + "/attachments/BUSINESS_PLAN",
                authorization,
                "multipart/form-data; boundary=" + BOUNDARY,
                form(parts),
                language,
                null);
    }

    /** A draft with every answer filled in, so that only its business plan is missing when it is submitted. */
    private long completeDraftWithoutItsPlan() {
        HttpResponse<String> created = post(
                "api/competitions/" + s.getJsonNumber("competitionId") + "/entries",
                as("founder"),
                "application/json",
                ("{\"organisationId\":" + s.getJsonNumber("organisationId")
                                + ",\"projectTitle\":\"Solar dryer\",\"track\":\"CLEAN_PRODUCTION\"}")
                        .getBytes(StandardCharsets.UTF_8),
                "en",
                null);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        String details = "{\"projectTitle\":\"Solar dryer\",\"group\":\"START_UP\",\"track\":\"CLEAN_PRODUCTION\","
                + "\"summary\":\"Dries crops with sun\",\"technology\":\"Solar air collectors\",\"market\":\"Farms\","
                + "\"team\":\"Four engineers\",\"revenuePreviousYear\":120000,\"ipOwnershipDeclared\":true,"
                + "\"metrics\":{\"baselineYear\":" + s.getInt("baselineYear") + ",\"baselineEnergyUseMwh\":1200,"
                + "\"energySavedMwhPerYear\":300,\"emissionsAvoidedTco2ePerYear\":180,\"cleanerProductionAudit\":false,"
                + "\"category\":\"CLEAN_PRODUCTION\",\"methodNote\":\"Metered before and after\"}}";
        HttpResponse<String> saved = http.send(http.request("api/entries/" + id)
                .PUT(HttpRequest.BodyPublishers.ofString(details, StandardCharsets.UTF_8))
                .header("Authorization", as("founder"))
                .header("Content-Type", "application/json")
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                .build());
        assertEquals(200, saved.statusCode(), saved.body());
        return id;
    }

    private HttpResponse<String> submit(long entry) {
        String tag = http.get("api/entries/" + entry, as("founder"))
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        return post("api/entries/" + entry + "/submit", as("founder"), null, new byte[0], "en", tag);
    }

    private static String text(String language, String key, Object... args) {
        String pattern = BundleText.translated("platform", language, key).orElseThrow(() -> new AssertionError(key));
        return new MessageFormat(pattern, Locale.forLanguageTag(language.replace('_', '-'))).format(args);
    }

    private static void assertProblem(
            HttpResponse<String> answer, int status, String code, String language, Object... args) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = Http.json(answer);
        assertEquals(code, problem.getString("code"), answer.body());
        assertEquals(text(language, code, args), problem.getString("detail"));
        assertTrue(!answer.body().contains("Exception"), "no stack trace: " + answer.body());
    }

    @Test
    void aFormWithOneFileAttachesItUnderItsFileName() {
        long id = completeDraftWithoutItsPlan();
        HttpResponse<String> attached = upload(id, as("founder"), "en", new Part("file", "business-plan.pdf", PDF));
        assertEquals(201, attached.statusCode(), attached.body());
        JsonObject attachment = Http.json(attached);
        assertEquals("BUSINESS_PLAN", attachment.getString("kind"));
        assertEquals("business-plan.pdf", attachment.getString("fileName"));
        assertEquals(PDF.length, attachment.getJsonNumber("sizeBytes").longValue());

        HttpResponse<String> download = http.get(
                "api/competition/attachments/" + attachment.getJsonNumber("id").longValue(), as("founder"));
        assertEquals(200, download.statusCode(), download.body());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download.body(), "the part's bytes, as sent");

        HttpResponse<String> submitted = submit(id);
        assertEquals(200, submitted.statusCode(), "the form's file counts as the business plan: " + submitted.body());
    }

    @Test
    void aFormWithoutAFileWithTwoOrWithAnUnnamedOneIsRefusedAndStoresNothing() {
        long id = completeDraftWithoutItsPlan();

        assertProblem(
                upload(id, as("founder"), "th", new Part("note", null, "hello".getBytes(StandardCharsets.UTF_8))),
                400,
                "platform.api.upload.missing",
                "th");
        assertProblem(
                upload(id, as("founder"), "vi", new Part("file", "plan.pdf", PDF), new Part("second", "deck.pdf", PDF)),
                400,
                "platform.api.upload.tooMany",
                "vi",
                2);
        assertProblem(
                upload(id, as("founder"), "zh_CN", new Part("file", null, PDF)),
                422,
                "platform.api.upload.unnamed",
                "zh_CN");
        HttpResponse<String> notAPdf = upload(
                id, as("founder"), "en", new Part("file", "plan.pdf", "just text".getBytes(StandardCharsets.UTF_8)));
        assertEquals(422, notAPdf.statusCode(), notAPdf.body());
        assertEquals("platform.file.kind", Http.json(notAPdf).getString("code"), "checked by content as any upload");
        HttpResponse<String> withAPath = upload(id, as("founder"), "en", new Part("file", "../plan.pdf", PDF));
        assertEquals(422, withAPath.statusCode(), withAPath.body());
        assertProblem(
                post(
                        "api/entries/" + id + "/attachments/BUSINESS_PLAN",
                        as("founder"),
                        "multipart/form-data",
                        form(new Part("file", "plan.pdf", PDF)),
                        "th",
                        null),
                400,
                "platform.api.upload.malformed",
                "th");

        HttpResponse<String> submitted = submit(id);
        assertEquals(422, submitted.statusCode(), submitted.body());
        assertEquals(
                "competition.entry.incomplete.attachment",
                Http.json(submitted).getString("code"),
                "no refused form stored a file");
    }

    @Test
    void aFormForSomeoneElsesEntryWithoutCredentialsOrWithAReadOnlyTokenIsRefused() {
        long id = completeDraftWithoutItsPlan();
        HttpResponse<String> notTheirs = upload(id, as("other"), "en", new Part("file", "plan.pdf", PDF));
        assertEquals(404, notTheirs.statusCode(), notTheirs.body());
        assertEquals(
                401, upload(id, null, "en", new Part("file", "plan.pdf", PDF)).statusCode());
        HttpResponse<String> readOnly =
                upload(id, "Bearer " + s.getString("readToken"), "en", new Part("file", "plan.pdf", PDF));
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals(
                "competition.entry.incomplete.attachment",
                Http.json(submit(id)).getString("code"),
                "none of them stored a file");
    }

    @Test
    void theOpenApiDocumentOffersBothWaysOfSendingTheFile() {
        HttpResponse<String> document = http.get("openapi?format=JSON", null);
        assertEquals(200, document.statusCode(), document.body());
        JsonObject content = Http.json(document)
                .getJsonObject("paths")
                .getJsonObject("/api/entries/{id}/attachments/{kind}")
                .getJsonObject("post")
                .getJsonObject("requestBody")
                .getJsonObject("content");
        assertTrue(content.containsKey("application/octet-stream"), content.toString());
        assertTrue(content.containsKey("multipart/form-data"), content.toString());
    }
}
