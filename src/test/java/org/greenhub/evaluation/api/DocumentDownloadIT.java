package org.greenhub.evaluation.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.greenhub.testsupport.server.JudgingScenarioServlet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/evaluation/documents/{id}}: the assigned judge and managers get the file; nobody else learns it exists. */
class DocumentDownloadIT extends HttpTest {

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    private JsonObject scenario(boolean blind) {
        HttpResponse<String> response = http.send(
                "POST", "test-support/judging-scenario" + (blind ? "?blind=true" : ""), null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    private HttpResponse<byte[]> download(JsonObject s, long documentId, String email) {
        HttpRequest.Builder request =
                http.request("api/evaluation/documents/" + documentId).GET();
        if (email != null) {
            request.header("Authorization", Http.basic(email, s.getString("password")));
        }
        try {
            return java.net.http.HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theAssignedJudgeDownloadsTheDocumentAsAnAttachmentWithASafeName() {
        JsonObject s = scenario(false);
        HttpResponse<byte[]> response =
                download(s, s.getJsonNumber("documentId").longValue(), s.getString("judge"));
        assertEquals(200, response.statusCode());
        assertArrayEquals(JudgingScenarioServlet.DOCUMENT, response.body());
        assertEquals(
                "application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        String disposition =
                response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment;"), disposition);
        // The quote and the non-ASCII letters cannot break the header: plain fallback, and the exact name encoded (RFC
        // 8187).
        // ASCII fallback: spaces kept, the dash, the Chinese characters and the quotes replaced; never a quote or a
        // path.
        assertTrue(disposition.contains("filename=\"Business plan _ __ _final_.pdf\""), disposition);
        assertTrue(
                disposition.contains(
                        "filename*=UTF-8''Business%20plan%20%E2%80%93%20%E7%BB%BF%E8%89%B2%20%22final%22.pdf"),
                disposition);
        assertTrue(disposition.chars().allMatch(c -> c >= 0x20 && c < 0x7f), disposition);
    }

    @Test
    void aManagerDownloadsItToo() {
        JsonObject s = scenario(false);
        assertEquals(
                200,
                download(s, s.getJsonNumber("documentId").longValue(), s.getString("manager"))
                        .statusCode());
    }

    @Test
    void anUnassignedJudgeAConflictedJudgeAndAMissingDocumentAreAll404() {
        JsonObject s = scenario(false);
        long document = s.getJsonNumber("documentId").longValue();
        HttpResponse<byte[]> outsider = download(s, document, s.getString("outsider"));
        HttpResponse<byte[]> conflicted = download(s, document, s.getString("conflictedJudge"));
        HttpResponse<byte[]> missing = download(s, document + 1_000_000, s.getString("judge"));
        assertEquals(404, outsider.statusCode());
        assertEquals(404, conflicted.statusCode());
        assertEquals(404, missing.statusCode());
        // Exactly the same answer: nothing tells "exists but not yours" from "does not exist".
        assertEquals(
                new String(missing.body(), StandardCharsets.UTF_8),
                new String(outsider.body(), StandardCharsets.UTF_8));
        assertEquals(
                new String(missing.body(), StandardCharsets.UTF_8),
                new String(conflicted.body(), StandardCharsets.UTF_8));
        assertFalse(outsider.headers().firstValue("Content-Disposition").isPresent());
    }

    @Test
    void anonymousIs401() {
        JsonObject s = scenario(false);
        HttpResponse<byte[]> response =
                download(s, s.getJsonNumber("documentId").longValue(), null);
        assertEquals(401, response.statusCode());
        assertFalse(response.headers().firstValue("Content-Disposition").isPresent());
    }

    @Test
    void inABlindRoundTheJudgeGetsANeutralFileName() {
        JsonObject s = scenario(true);
        long document = s.getJsonNumber("documentId").longValue();
        HttpResponse<byte[]> response = download(s, document, s.getString("judge"));
        assertEquals(200, response.statusCode());
        String disposition =
                response.headers().firstValue("Content-Disposition").orElse("");
        String neutral = s.getString("reference") + "-" + document + ".pdf";
        assertTrue(disposition.contains("filename=\"" + neutral + "\""), disposition);
        assertFalse(disposition.contains("Business"), disposition);
    }
}
