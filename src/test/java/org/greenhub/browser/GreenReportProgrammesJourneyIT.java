package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The second administrator approves and publishes the zone's report on its review page, whose charts still show their
 * data after "Publish" (they were drawn blank there); the public reads the programmes' results in Thai; the Thai PDF
 * carries them and draws the carbon-peak charts (its pages rendered for review).
 */
class GreenReportProgrammesJourneyIT extends BrowserTest {

    private static String thai(String key) {
        return BundleText.translated("zonereport", "th", key).orElseThrow();
    }

    /**
     * How many pixels of the chart's canvas are drawn in the colour (within a small tolerance), and the canvas's height
     * on the page: a chart drawn blank, or squeezed into a strip, has few.
     */
    private long[] drawn(String chartId, int red, int green, int blue) {
        Object result = ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "const c = document.querySelector(\"[id$='\" + arguments[0] + \"'] canvas\");"
                                + "if (!c || !c.width || !c.height) return [0, 0];"
                                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                                + "let n = 0;"
                                + "for (let i = 0; i < d.length; i += 4) {"
                                + "  if (d[i + 3] > 200 && Math.abs(d[i] - arguments[1]) < 16"
                                + "      && Math.abs(d[i + 1] - arguments[2]) < 16 && Math.abs(d[i + 2] - arguments[3]) < 16) n++;"
                                + "}"
                                + "return [n, Math.round(c.getBoundingClientRect().height)];",
                        chartId,
                        red,
                        green,
                        blue);
        @SuppressWarnings("unchecked")
        java.util.List<Number> values = (java.util.List<Number>) result;
        return new long[] {values.get(0).longValue(), values.get(1).longValue()};
    }

    private void assertChartsShowData(String when) {
        // Chart.js redraws after a resize on the next frame: wait for it (up to the browser's timeout), then say why
        try {
            browser.waitFor(d -> {
                long[] c = drawn("co2Chart", 0x1b, 0x7f, 0x4b);
                long[] p = drawn("pathChart", 0x2f, 0x6f, 0xb0);
                return c[0] > 500 && c[1] >= 200 && p[0] > 30 && p[1] >= 200;
            });
        } catch (org.openqa.selenium.TimeoutException notDrawn) {
            // the assertions below name what is missing
        }
        long[] co2 = drawn("co2Chart", 0x1b, 0x7f, 0x4b);
        assertTrue(co2[0] > 500, when + ": the CO2 bars are drawn (" + co2[0] + " pixels)");
        assertTrue(co2[1] >= 200, when + ": the CO2 chart fills its box (" + co2[1] + " px high)");
        long[] path = drawn("pathChart", 0x2f, 0x6f, 0xb0);
        assertTrue(path[0] > 30, when + ": the intensity line is drawn (" + path[0] + " pixels)");
        assertTrue(path[1] >= 200, when + ": the path chart fills its box (" + path[1] + " px high)");
    }

    @Test
    void theZonePublishesAndThePublicReadsTheProgrammesResultsInThai() throws Exception {
        JsonObject s = postScenario("test-support/green-report-programmes-scenario");
        String year = String.valueOf(s.getInt("year"));
        String code = s.getString("zoneCode");

        signIn(s.getString("second"), s.getString("password"));
        browser.open("zone/green-report.xhtml?id=" + s.getJsonNumber("reportId"));
        assertChartsShowData("in review");
        assertEquals("1", browser.visibleId("programmes-competitionAwards").getText());
        browser.clickId("reviewForm:approve");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Approved"));
        browser.clickId("publishForm:publish");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Published"));
        browser.waitUntilIdle();
        assertChartsShowData("after Publish");
        browser.captureForReview("programmes-01-published");
        // the screenshots resize the window: the charts are still drawn afterwards (they went blank here)
        assertChartsShowData("after Publish, resized");

        browser.startFreshSession();
        browser.open("zone/report.xhtml?zone=" + code + "&year=" + year);
        browser.selectAndWaitForNewPage("languageForm:language", "ไทย");
        assertEquals("th", browser.pageLanguage());
        String section = browser.visibleId("programmes").getText();
        assertTrue(section.contains(thai("zone.report.heading.programmes")), section);
        assertTrue(section.contains(thai("zone.report.programmes.reserveFinancingYuan")), section);
        assertEquals(
                "3,000,000.00",
                browser.visibleId("programmes-reserveFinancingYuan").getText());
        assertEquals("245.80", browser.visibleId("programmes-energySavedTce").getText());
        assertEquals("800.00", browser.visibleId("programmes-co2AvoidedT").getText());
        assertChartsShowData("on the public page");
        browser.captureForReview("programmes-02-public-thai");

        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        new Http(base)
                                .request("api/zones/" + code + "/reports/" + year + "/report.pdf?lang=th")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            // numbers only: Thai is shaped, so its extracted text need not match the bundle's character order
            assertTrue(text.contains("3,000,000.00"), text);
            assertTrue(text.contains("245.80"), text);
            Path dir = Path.of("target/screenshots/review");
            Files.createDirectories(dir);
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 80),
                        "png",
                        dir.resolve("programmes-03-pdf-thai-page" + (page + 1) + ".png")
                                .toFile());
            }
        }
    }
}
