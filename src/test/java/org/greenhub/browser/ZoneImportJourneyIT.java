package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.greenhub.testsupport.browser.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A zone administrator downloads the import template, fills it in, uploads a sheet with bad lines and reads every
 * bad line numbered with its reason (nothing stored), then uploads the corrected sheet and finds the declarations in
 * the zone's review list.
 */
class ZoneImportJourneyIT extends BrowserTest {

    @Test
    void theZoneImportsASheetAfterCorrectingItsBadLines() throws IOException {
        JsonObject s = postScenario("test-support/zone-import-scenario");
        int year = s.getInt("year");
        signIn(s.getString("reviewer"), s.getString("password"));
        browser.open("zone/zone.xhtml?id=" + s.getJsonNumber("zoneId"));
        browser.clickIdAndWaitForNewPage("import");
        assertEquals("zone/import.xhtml", browser.currentPage());
        browser.captureForReview("import-01-page");

        Path downloads = Files.createTempDirectory("greenhub-downloads");
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.driver().findElement(By.id("templateForm:templateCsv")).click();
        Path template = browser.waitFor(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> header = Files.readAllLines(template, StandardCharsets.UTF_8);
        assertTrue(header.get(0).contains("Unified social credit code or registration number"), header.get(0));
        assertTrue(header.get(1).startsWith("code,year,valueAdded,grossOutput"), header.get(1));

        String codes = header.get(1);
        String thai = row(s.getString("thaiCode"), year, "12500", "5200", "1300");
        String chinese = row(s.getString("chineseCode"), year, "8000", "900", "0");
        String bad = String.join(
                        "\r\n",
                        header.get(0),
                        codes,
                        thai,
                        row("91320594999999999", year, "1", "1", "0"),
                        chinese,
                        row(s.getString("chineseCode"), year, "-3", "10", "20"))
                + "\r\n";
        upload(bad);
        String problems = browser.visibleId("problemTable").getText();
        assertTrue(problems.contains("No organisation of this zone has the code 91320594999999999"), problems);
        assertTrue(problems.matches("(?s).*\\b4\\b.*\\b6\\b.*"), "lines 4 and 6 named: " + problems);
        assertTrue(problems.contains("Industrial value added (10,000 yuan)"), "the column named: " + problems);
        assertTrue(browser.visible(By.cssSelector("[id='importForm'] .ui-message-error"))
                .getText()
                .startsWith("Nothing was imported."));
        browser.captureForReview("import-02-refused-lines");

        upload(String.join("\r\n", header.get(0), codes, thai, chinese) + "\r\n");
        assertTrue(browser.visible(By.cssSelector(".ui-messages-info"))
                .getText()
                .contains("Declarations imported: 2, of which accepted: 0."));
        assertTrue(browser.driver().findElements(By.id("problemTable")).isEmpty(), "no lines to correct any more");
        browser.captureForReview("import-03-imported");

        browser.clickIdAndWaitForNewPage("back");
        String review = browser.visibleId("declarationsForm:declarations").getText();
        assertTrue(
                review.contains(s.getString("thaiOrganisation")) && review.contains(s.getString("chineseOrganisation")),
                review);
    }

    private static String row(String code, int year, String valueAdded, String electricity, String green) {
        // the template's columns in order: code, year, valueAdded, grossOutput, greenTechOutput, electricity,
        // greenElectricity, ... then the two yes/no answers last
        String[] cells = new String[27];
        java.util.Arrays.fill(cells, "");
        cells[0] = code;
        cells[1] = String.valueOf(year);
        cells[2] = valueAdded;
        cells[3] = "48000";
        cells[5] = electricity;
        cells[6] = green;
        cells[25] = "yes";
        cells[26] = "no";
        return String.join(",", cells);
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("declarations", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.visible(By.cssSelector("[id='importForm'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.clickIdAndWaitForNewPage("importForm:upload");
    }
}
