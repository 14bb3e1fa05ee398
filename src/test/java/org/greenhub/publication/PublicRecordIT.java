package org.greenhub.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public record over HTTP without signing in: results pages, the feed, transparency packs posted as they are to
 * the public calculator, certificates; and nothing unpublished leaks.
 */
class PublicRecordIT extends HttpTest {

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    private JsonObject scenario(String query) {
        HttpResponse<String> response =
                http.send("POST", "test-support/award-scenario?" + query, null, null, new byte[0]);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void provisional_results_are_public_with_how_to_object_and_unpublished_ones_are_not_found() {
        JsonObject s = scenario("stage=published&revoke=true");
        HttpResponse<String> page = http.get(
                "public/results.xhtml?competition="
                        + s.getJsonNumber("competitionId").longValue(),
                null);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Provisional result"), "phase shown");
        assertTrue(html.contains("How to object"));
        assertTrue(html.contains(s.getJsonArray("awardees").getString(0)), "the first prize winner is listed");
        assertTrue(
                html.contains("Award revoked: " + s.getJsonArray("awardees").getString(3)),
                "the revocation is in the public record");
        assertFalse(html.contains("Certificate (PDF)"), "no certificates before the result is final");

        JsonObject proposed = scenario("stage=proposed");
        assertEquals(
                404,
                http.get(
                                "public/results.xhtml?competition="
                                        + proposed.getJsonNumber("competitionId")
                                                .longValue(),
                                null)
                        .statusCode());
        assertEquals(
                404,
                http.get(
                                "api/publication/competitions/"
                                        + proposed.getJsonNumber("competitionId")
                                                .longValue() + "/transparency",
                                null)
                        .statusCode());
        assertEquals(
                404,
                http.get(
                                "api/publication/certificates/"
                                        + proposed.getJsonArray("codes").getString(0),
                                null)
                        .statusCode());

        String feed = http.get("api/publication/feed.atom", null).body();
        assertTrue(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
        assertTrue(feed.contains("Award revoked: " + s.getJsonArray("awardees").getString(3)));
        assertTrue(
                feed.contains("competition=" + s.getJsonNumber("competitionId").longValue()));

        // the managers' page and the evidence: only the edition's managers (and the objector, for the evidence)
        long competition = s.getJsonNumber("competitionId").longValue();
        String password = s.getString("password");
        String manage = "competition/awards/manage.xhtml?competition=" + competition;
        assertEquals(
                200,
                http.get(manage, Http.basic(s.getString("managerA"), password)).statusCode());
        assertEquals(
                404,
                http.get(manage, Http.basic(s.getString("outsider"), password)).statusCode());
        assertEquals(
                404,
                http.get(manage, Http.basic(s.getString("objector"), password)).statusCode());
        assertEquals(302, http.get(manage, null).statusCode(), "anonymous: to the sign-in page");
        String index = http.get("competition/awards/index.xhtml", Http.basic(s.getString("managerA"), password))
                .body();
        assertTrue(index.contains("competition=" + competition), "the manager's awards list links the edition");
        assertFalse(
                http.get("competition/awards/index.xhtml", Http.basic(s.getString("outsider"), password))
                        .body()
                        .contains("competition=" + competition + "\""),
                "another manager does not see it");
        String evidence =
                "api/awards/objections/" + s.getJsonNumber("objectionId").longValue() + "/evidence/"
                        + s.getJsonNumber("evidenceFileId").longValue();
        HttpResponse<String> byManager = http.get(evidence, Http.basic(s.getString("managerB"), password));
        assertEquals(200, byManager.statusCode());
        assertEquals(
                "nosniff",
                byManager.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                200,
                http.get(evidence, Http.basic(s.getString("objector"), password))
                        .statusCode());
        assertEquals(
                404,
                http.get(evidence, Http.basic(s.getString("outsider"), password))
                        .statusCode());
        assertEquals(401, http.get(evidence, null).statusCode());

        String list = http.get("public/competitions.xhtml", null).body();
        assertTrue(
                list.contains("competition=" + s.getJsonNumber("competitionId").longValue()),
                "listed with its results link");
    }

    @Test
    void the_transparency_pack_posted_as_it_is_to_the_calculator_gives_the_published_ranking() {
        JsonObject s = scenario("stage=final");
        HttpResponse<String> packResponse = http.get(
                "api/publication/competitions/"
                        + s.getJsonNumber("competitionId").longValue() + "/transparency",
                null);
        assertEquals(200, packResponse.statusCode(), packResponse.body());
        JsonObject pack = Http.json(packResponse);
        assertEquals("greenhub-transparency-pack/1", pack.getString("format"));
        assertEquals(3, pack.getJsonArray("judgeRoster").size(), "names published once final");
        assertTrue(
                pack.getJsonArray("scores").getJsonObject(0).getString("judge").startsWith("J-"));

        HttpResponse<String> calculated = http.send(
                "POST",
                "api/evaluation/calculate",
                null,
                "application/json",
                packResponse.body().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, calculated.statusCode(), calculated.body());
        JsonArray results = Http.json(calculated).getJsonArray("results");
        List<CanonicalResults.Line> lines = new ArrayList<>();
        for (JsonValue value : results) {
            JsonObject r = value.asJsonObject();
            lines.add(new CanonicalResults.Line(
                    r.getString("entry"),
                    r.getInt("rank"),
                    r.getJsonNumber("score").doubleValue()));
        }
        assertEquals(pack.getString("resultsSha256"), CanonicalResults.sha256(lines));
        JsonArray ranking = pack.getJsonArray("ranking");
        for (int i = 0; i < ranking.size(); i++) {
            assertEquals(
                    ranking.getJsonObject(i).getString("entry"),
                    results.getJsonObject(i).getString("entry"));
        }

        HttpResponse<String> page = http.get(
                "public/transparency.xhtml?competition="
                        + s.getJsonNumber("competitionId").longValue(),
                null);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(pack.getString("resultsSha256")));
    }

    @Test
    void a_final_award_has_a_certificate_in_the_awardees_language_that_verifies() throws IOException {
        JsonObject s = scenario("stage=final&lang=zh-CN");
        String code = s.getJsonArray("codes").getString(0);
        HttpResponse<byte[]> pdf = bytes("api/publication/certificates/" + code);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("获奖证书"), text);
            assertTrue(text.contains("一等奖"), text);
            assertTrue(text.contains(s.getJsonArray("awardees").getString(0).replaceAll("\\s+", "")), text);
            assertTrue(text.contains(code), text);
        }
        HttpResponse<byte[]> thai = bytes("api/publication/certificates/" + code + "?lang=th");
        try (PDDocument document = Loader.loadPDF(thai.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("เกียรติบัตร"));
        }
        String verify = http.get("public/verify.xhtml?code=" + code, null).body();
        assertTrue(verify.contains("This certificate is genuine."));
        assertTrue(http.get("public/verify.xhtml?code=NOPE-NOPE", null)
                .body()
                .contains("No published award has this verification code."));

        String results = http.get(
                        "public/results.xhtml?competition="
                                + s.getJsonNumber("competitionId").longValue(),
                        null)
                .body();
        assertTrue(results.contains("Final result"));
        assertTrue(results.contains("/api/publication/certificates/" + code));
    }

    private HttpResponse<byte[]> bytes(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(http.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
