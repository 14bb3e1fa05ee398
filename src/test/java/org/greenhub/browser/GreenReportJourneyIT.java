package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The zone's administrator writes the year's report and sends it for review; the second administrator approves and
 * publishes it; the public reads it in Thai (Thai where the zone wrote Thai, English marked as such elsewhere), and
 * its data pack, posted to the calculator, answers the published figures. The Thai PDF is rendered for review.
 */
class GreenReportJourneyIT extends BrowserTest {

    private static String thai(String key) {
        return BundleText.translated("zonereport", "th", key).orElseThrow();
    }

    @Test
    void theZonePublishesItsReportAndThePublicReadsItInThai() throws Exception {
        JsonObject s = postScenario("test-support/green-report-scenario");
        String year = String.valueOf(s.getInt("year"));
        signIn(s.getString("author"), s.getString("password"));
        browser.open("zone/reports.xhtml?zone=" + s.getJsonNumber("zoneId"));
        browser.type("startForm:year_input", year);
        browser.clickIdAndWaitForNewPage("startForm:start");
        assertEquals("zone/green-report.xhtml", browser.currentPage());
        String reportPage = "zone/green-report.xhtml?" + browser.currentQuery();
        browser.type("reportForm:introductionEn", "The park kept growing while its emissions per unit of output fell.");
        browser.type("reportForm:progressEn", "Two more enterprises moved to green electricity.");
        browser.type("reportForm:progressTh", "มีกิจการอีกสองแห่งเปลี่ยนมาใช้ไฟฟ้าสีเขียว");
        browser.type("reportForm:measuresEn", "Rooftop solar on every new factory.");
        browser.type("reportForm:measuresZh", "新建厂房全部安装屋顶光伏。");
        browser.clickId("reportForm:submit");
        browser.waitUntilIdle();
        // the Chinese introduction is missing: refused beside that field, nothing sent
        assertTrue(browser.visible(By.cssSelector("[id='reportForm:introductionZh'] ~ .ui-message-error, "
                        + ".ui-message-error[id*='introductionZh']"))
                .isDisplayed());
        browser.type("reportForm:introductionZh", "园区持续发展，单位产出排放下降。");
        browser.type("reportForm:progressZh", "又有两家企业改用绿色电力。");
        browser.clickId("reportForm:submit");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Waiting for review"));
        assertTrue(browser.isPresent(By.id("figure-co2")), "the frozen figures are shown with the report");
        browser.captureForReview("report-01-sent-for-review");

        browser.startFreshSession();
        signIn(s.getString("second"), s.getString("password"));
        browser.open(reportPage);
        browser.clickId("reviewForm:approve");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Approved"));
        browser.clickId("publishForm:publish");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Published"));
        browser.captureForReview("report-02-published");

        browser.startFreshSession();
        String publicPage = "zone/report.xhtml?zone=" + s.getString("zoneCode") + "&year=" + year;
        browser.open(publicPage);
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        assertEquals("th", browser.pageLanguage());
        assertTrue(browser.visible(By.cssSelector("h1.gh-title")).getText().contains(thai("zone.report.pdf.title")));
        assertEquals(
                "มีกิจการอีกสองแห่งเปลี่ยนมาใช้ไฟฟ้าสีเขียว",
                browser.visible(By.cssSelector("#section-progress .gh-report-prose"))
                        .getText());
        assertEquals(
                "en",
                browser.visible(By.cssSelector("#section-introduction .gh-report-prose"))
                        .getAttribute("lang"),
                "the introduction has no Thai: the English, marked");
        assertTrue(browser.isPresent(By.cssSelector("#section-introduction .gh-fallback")));
        assertTrue(browser.visible(By.id("carbonPeak")).getText().contains(thai("zone.report.peak.label")));
        browser.captureForReview("report-03-public-thai");

        // the data pack: its hash is the page's, and the calculator answers its figures from its request
        Http http = new Http(base);
        String packPath = "api/zones/" + s.getString("zoneCode") + "/reports/" + year + "/data-pack.json";
        HttpResponse<String> packResponse = http.get(packPath, null);
        assertEquals(200, packResponse.statusCode());
        assertEquals(
                browser.visibleId("sha256").getText(),
                org.greenhub.zone.application.GreenReportFigures.sha256(packResponse.body()));
        JsonObject pack = read(packResponse.body());
        HttpResponse<String> answer = http.send(http.request("api/zone/accounting/calculate")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        pack.getJsonObject("request").toString(), StandardCharsets.UTF_8))
                .build());
        assertEquals(200, answer.statusCode(), answer.body());
        assertEquals(pack.getJsonObject("response"), read(answer.body()), "the published figures, recomputed");

        // the Thai PDF: the Thai title in the text, its first page rendered for review
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        http.request("api/zones/" + s.getString("zoneCode") + "/reports/" + year
                                        + "/report.pdf?lang=th")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(year), text);
            Path png = Path.of("target/screenshots/review/report-04-pdf-thai-page1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", png.toFile());
        }
        assertEquals(
                404,
                http.get(
                                "api/zones/" + s.getString("zoneCode") + "/reports/" + (s.getInt("year") - 1)
                                        + "/data-pack.json",
                                null)
                        .statusCode(),
                "a year without a published report");
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
