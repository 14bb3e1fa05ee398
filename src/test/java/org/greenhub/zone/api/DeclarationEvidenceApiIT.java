package org.greenhub.zone.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An enterprise sends its declaration's evidence over the API as a script would: the file as the body or as a
 * {@code multipart/form-data} form, to its draft or to a version filed and not yet accepted, as the declaration page
 * allows; each file downloads as sent and the version's files list a page at a time. An accepted version, a refused
 * file, a form without a file store nothing and answer in the caller's language; another enterprise's version and the
 * zone's administrator get 404, no credentials 401, a read-only token 403.
 */
class DeclarationEvidenceApiIT extends HttpTest {

    private static final byte[] PDF =
            "%PDF-1.7\n% electricity bills\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {
        (byte) 0x89,
        'P',
        'N',
        'G',
        '\r',
        '\n',
        0x1a,
        '\n',
        0,
        0,
        0,
        0x0d,
        'I',
        'H',
        'D',
        'R',
        0,
        0,
        0,
        1,
        0,
        0,
        0,
        1,
        8,
        6,
        0,
        0,
        0
    };
    private static final String BOUNDARY = "GreenHubDeclarationBoundary8kP2";

    private Http http;
    private JsonObject s;

    @BeforeEach
    void scene() {
        http = new Http(base);
        s = postScenario("test-support/declaration-evidence-api-scenario");
    }

    private String as(String who) {
        return Http.basic(s.getString(who), s.getString("password"));
    }

    private long id(String key) {
        return s.getJsonNumber(key).longValue();
    }

    private static String evidence(long declaration) {
        return "api/zones/declarations/mine/" + declaration + "/evidence";
    }

    private HttpResponse<String> post(
            String path, String authorization, String contentType, byte[] body, String language) {
        HttpRequest.Builder request = http.request(path)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build());
    }

    private HttpResponse<String> raw(long declaration, String name, byte[] content, String authorization, String lang) {
        return post(evidence(declaration) + "?name=" + name, authorization, "application/octet-stream", content, lang);
    }

    /** A form with one part: "file" with a file name, or (fileName null) a plain text field "note". */
    private HttpResponse<String> form(
            long declaration, String fileName, byte[] content, String authorization, String lang) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String disposition = fileName == null
                ? "form-data; name=\"note\""
                : "form-data; name=\"file\"; filename=\"" + fileName + "\"";
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition
                        + "\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return post(
                evidence(declaration),
                authorization,
                "multipart/form-data; boundary=" + BOUNDARY,
                body.toByteArray(),
                lang);
    }

    private List<JsonObject> listed(long declaration) {
        HttpResponse<String> page = http.get(evidence(declaration), as("enterprise"));
        assertEquals(200, page.statusCode(), page.body());
        return Http.json(page).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .toList();
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
    void theEnterpriseAttachesEvidenceToItsDraftAndToAFiledVersionAndEachFileDownloadsAsSent() {
        long draft = id("draftId");
        HttpResponse<String> bills = raw(draft, "electricity-bills.pdf", PDF, as("enterprise"), "en");
        assertEquals(201, bills.statusCode(), bills.body());
        JsonObject file = Http.json(bills);
        assertEquals("electricity-bills.pdf", file.getString("fileName"));
        assertEquals("application/pdf", file.getString("contentType"), "recognised by content, not by what was sent");
        assertEquals(PDF.length, file.getJsonNumber("sizeBytes").longValue());
        String href = file.getString("href");
        assertEquals("/api/zone/declaration-evidence/" + file.getJsonNumber("id"), href);
        assertTrue(
                bills.headers().firstValue("Location").orElse("").endsWith(href),
                bills.headers().toString());
        HttpResponse<String> download = http.get(href.substring(1), as("enterprise"));
        assertEquals(200, download.statusCode(), download.body());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download.body(), "the bytes as sent");

        HttpResponse<String> meter = form(draft, "meter.png", PNG, as("enterprise"), "en");
        assertEquals(201, meter.statusCode(), meter.body());
        assertEquals("image/png", Http.json(meter).getString("contentType"));
        HttpResponse<String> first = http.get(evidence(draft) + "?size=1", as("enterprise"));
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("2", first.headers().firstValue("X-Total-Count").orElse(""));
        assertTrue(String.join(",", first.headers().allValues("Link")).contains("rel=\"next\""));
        assertEquals(
                List.of("electricity-bills.pdf", "meter.png"),
                listed(draft).stream().map(f -> f.getString("fileName")).toList(),
                "oldest first");

        long filed = id("filedId");
        HttpResponse<String> audit = form(filed, "audit-report.pdf", PDF, as("enterprise"), "en");
        assertEquals(201, audit.statusCode(), "a version filed and not yet accepted still takes evidence");
        HttpResponse<String> zoneReads =
                http.get(Http.json(audit).getString("href").substring(1), as("administrator"));
        assertEquals(200, zoneReads.statusCode(), "the zone reads the filed version's evidence: " + zoneReads.body());
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), zoneReads.body());
    }

    @Test
    void anAcceptedVersionARefusedFileOrAFormWithoutAFileIsAProblemInTheCallersLanguageAndStoresNothing() {
        long draft = id("draftId");
        assertProblem(
                raw(id("acceptedId"), "bills.pdf", PDF, as("enterprise"), "zh_CN"),
                409,
                "zone.declaration.notOpen",
                "zone",
                "zh_CN");
        assertProblem(
                raw(draft, "bills.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8), as("enterprise"), "th"),
                422,
                "platform.file.kind",
                "platform",
                "th");
        assertProblem(
                form(draft, "bills.pdf", new byte[0], as("enterprise"), "zh_CN"),
                422,
                "zone.evidence.fileRequired",
                "zone",
                "zh_CN");
        assertProblem(
                form(draft, null, "hello".getBytes(StandardCharsets.UTF_8), as("enterprise"), "th"),
                400,
                "platform.api.upload.missing",
                "platform",
                "th");
        HttpResponse<String> noName = post(evidence(draft), as("enterprise"), "application/octet-stream", PDF, "en");
        assertEquals(400, noName.statusCode(), noName.body());
        assertEquals("name", Http.json(noName).getString("field"));

        assertEquals(List.of(), listed(draft), "no refused upload stored a file");
        assertEquals(List.of(), listed(id("acceptedId")), "the accepted version stays as the zone accepted it");
    }

    @Test
    void anotherEnterpriseTheZoneNoCredentialsOrAReadOnlyTokenCannotAttach() {
        long draft = id("draftId");
        assertEquals(404, raw(draft, "bills.pdf", PDF, as("other"), "en").statusCode(), "another enterprise's draft");
        HttpResponse<String> zone = form(id("filedId"), "bills.pdf", PDF, as("administrator"), "en");
        assertEquals(404, zone.statusCode(), "the zone reads evidence but does not file it: " + zone.body());
        assertEquals(401, raw(draft, "bills.pdf", PDF, null, "en").statusCode());
        HttpResponse<String> readOnly = form(draft, "bills.pdf", PDF, "Bearer " + s.getString("readToken"), "en");
        assertEquals(403, readOnly.statusCode(), readOnly.body());
        assertEquals("account.token.readOnly", Http.json(readOnly).getString("code"));
        assertEquals(
                404, http.get(evidence(draft), as("other")).statusCode(), "nor does another enterprise list its files");

        assertEquals(List.of(), listed(draft), "none of them stored a file");
        assertEquals(List.of(), listed(id("filedId")));
    }

    @Test
    void theOpenApiDocumentOffersBothWaysOfSendingTheFile() {
        HttpResponse<String> document = http.get("openapi?format=JSON", null);
        assertEquals(200, document.statusCode(), document.body());
        JsonObject operation = Http.json(document)
                .getJsonObject("paths")
                .getJsonObject("/api/zones/declarations/mine/{id}/evidence")
                .getJsonObject("post");
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        assertTrue(content.containsKey("application/octet-stream"), content.toString());
        assertTrue(content.containsKey("multipart/form-data"), content.toString());
        assertTrue(operation.getJsonObject("responses").containsKey("422"), operation.toString());
    }

    @Test
    void aVersionTakesTwentyFilesAndRefusesTheNextAsThePageDoes() {
        long filed = id("filedId");
        for (int file = 1; file <= 20; file++) {
            HttpResponse<String> attached = raw(filed, "bill-" + file + ".pdf", PDF, as("enterprise"), "en");
            assertEquals(201, attached.statusCode(), attached.body());
        }
        assertProblem(
                form(filed, "bill-21.pdf", PDF, as("enterprise"), "vi"),
                422,
                "zone.evidence.tooMany",
                "zone",
                "vi",
                20);
        HttpResponse<String> page = http.get(evidence(filed) + "?size=100", as("enterprise"));
        assertEquals("20", page.headers().firstValue("X-Total-Count").orElse(""), page.body());
    }
}
