package org.greenhub.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.browser.BrowserTest;
import org.greenhub.testsupport.browser.BundleText;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A programme manager reads a closed round's results: the ranking and the sensitivity report, imports on-site score
 * sheets (first a file with a bad line, then a good one), confirms advancement with a panel note for a tie, and
 * downloads the results as CSV. The round, its entries, judges and assignments are written straight into the test
 * database; the scores come in through the page's own import.
 */
class ManagerReadsResultsIT extends BrowserTest {

    @Test
    void managerReadsResultsImportsScoresAndConfirmsAdvancement() throws Exception {
        giveAdministratorTheManagerRole();
        Round round = Round.create();

        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.open("evaluation/manage/results.xhtml?round=" + round.id());
        assertEquals(
                BundleText.english("resultsui", "evaluation.resultsui.method.MEAN"),
                browser.visibleId("ruleMethod").getText());
        browser.visibleId("noResults");

        // A file with an unknown criterion on line 3: nothing is imported, the line is named.
        upload(round.csv().replaceFirst(",green,70\n", ",design,70\n"));
        WebElement problems = browser.visibleId("importForm:importProblems");
        String problemText = problems.getText();
        assertTrue(problemText.contains("design"), problemText);
        List<WebElement> lines =
                browser.driver().findElements(By.cssSelector("[id='importForm:problemTable_data'] td.gh-line"));
        assertTrue(
                lines.stream()
                        .anyMatch(l -> l.getText().replaceAll("[^0-9]", "").equals("3")),
                problemText);
        browser.visibleId("noResults");
        browser.captureForReview("01-import-rejected");

        // The good file: six sheets, the ranking appears.
        upload(round.csv());
        browser.waitFor(
                ExpectedConditions.textToBePresentInElementLocated(By.id("pageMessages"), "Imported 6 score sheet(s)"));
        String ranking = browser.visibleId("ranking").getText();
        assertTrue(
                ranking.contains(round.ref(0)) && ranking.contains(round.ref(1)) && ranking.contains(round.ref(2)),
                ranking);
        assertTrue(ranking.contains("Tied"), ranking);
        assertTrue(
                ranking.contains("66") && ranking.contains("41"),
                "E1 and E2 score (76 + 56) / 2 = 66, E3 (36 + 46) / 2 = 41: " + ranking);
        String kendall = browser.visibleId("kendallW").getText();
        assertTrue(kendall.matches("[0-9.]+"), "every judge scored every entry: W is computable: " + kendall);
        String sensitivity = browser.visibleId("sensitivity").getText();
        for (String method : List.of("MEAN", "MEDIAN", "TRIMMED_MEAN", "ZSCORE")) {
            assertTrue(
                    sensitivity.contains(BundleText.english("resultsui", "evaluation.resultsui.method." + method)),
                    sensitivity);
        }
        assertTrue(sensitivity.contains(round.ref(2)), sensitivity);
        browser.visible(By.cssSelector("[id='judgeStatistics'] canvas"));
        browser.captureForReview("02-results");

        // The two tied leaders share one place: the panel chooses, with a note.
        String advancement = browser.visibleId("advancement").getText();
        assertTrue(
                advancement.contains(BundleText.english("resultsui", "evaluation.resultsui.outcome.PANEL_DECIDES")),
                advancement);
        browser.clickId("advancementForm:openConfirm");
        browser.visible(By.id("confirmDialog"));
        browser.clickId("confirmForm:confirmAdvancement");
        browser.visible(By.cssSelector("[id='confirmForm'] .ui-message-error"));
        WebElement choice = browser.visible(
                By.xpath("//*[@id='confirmForm:chosen']//label[normalize-space(.)='" + round.ref(0) + "']"));
        choice.click();
        browser.type("confirmForm:note", "The panel prefers the stronger green case of " + round.ref(0) + ".");
        browser.captureForReview("03-confirm-dialog");
        browser.clickId("confirmForm:confirmAdvancement");
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmDialog")));
        browser.visibleId("advancementForm:confirmedBox");
        String decisions = browser.visibleId("advancementForm:decisionTable").getText();
        assertTrue(decisions.contains("The panel prefers"), decisions);
        assertEquals(
                1L,
                Round.count("select count(*) from advancement_decision where round_id = ? and advanced", round.id()));
        browser.captureForReview("04-advancement-confirmed");

        // The results as CSV.
        String exported = download("exportForm:resultsCsv");
        assertTrue(exported.contains("scope,rank,entry,score,judges"), exported);
        assertTrue(exported.contains(round.ref(2)), exported);

        // The progress page of the same round.
        browser.open("evaluation/manage/progress.xhtml?round=" + round.id());
        assertEquals(
                "6 / 6", browser.visibleId("submittedFigure").getText().trim().replace("\u00a0", " "));
        browser.captureForReview("05-progress");
    }

    @Test
    void unknownRoundAnswersNotFound() {
        giveAdministratorTheManagerRole();
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.open("evaluation/manage/results.xhtml?round=987654321");
        assertTrue(
                browser.driver()
                        .getPageSource()
                        .contains(BundleText.english("platform", "platform.error.page.404.title")),
                browser.driver().getPageSource());
    }

    /**
     * Issue 17: a round of 100 entries shows one page of 25 rows in each of its three tables (ranking, sensitivity,
     * advancement preview), not all 100; the manager pages on in rank order and may show 100 at once; at phone width
     * nothing widens the page; the export still holds every entry.
     */
    @Test
    void aRoundOfAHundredEntriesShowsOnePageOfRowsInEachTable() throws Exception {
        giveAdministratorTheManagerRole();
        Round round = Round.create(100);
        signIn(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD);
        browser.open("evaluation/manage/results.xhtml?round=" + round.id());
        upload(round.csvOfEveryEntry());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.id("pageMessages"), "Imported 200 score sheet(s)"));

        for (String table : List.of(
                "rankingForm:rankingTable", "sensitivityForm:sensitivityTable", "advancementForm:previewTable")) {
            assertEquals(25, rows(table).size(), table + " shows one page of 25 rows, not all 100");
            browser.visible(By.cssSelector("[id='" + table + "_paginator_bottom']"));
        }
        long pagedSize = pageSize();
        assertEquals(
                List.of("1", "25"),
                List.of(
                        rankOf(rows("rankingForm:rankingTable").get(0)),
                        rankOf(rows("rankingForm:rankingTable").get(24))),
                "the first page holds ranks 1 to 25");

        // The next page: ranks 26 to 50, in order.
        browser.click(By.cssSelector("[id='rankingForm:rankingTable_paginator_bottom'] .ui-paginator-next"));
        browser.waitFor(d -> rankOf(rows("rankingForm:rankingTable").get(0)).equals("26"));
        assertEquals("50", rankOf(rows("rankingForm:rankingTable").get(24)));
        assertEquals(25, rows("sensitivityForm:sensitivityTable").size(), "the other tables keep their own page");

        // All 100 at once, if the manager wants them.
        new org.openqa.selenium.support.ui.Select(browser.visible(By.cssSelector(
                        "[id='rankingForm:rankingTable_paginator_bottom'] select.ui-paginator-rpp-options")))
                .selectByValue("100");
        browser.waitUntilIdle();
        browser.waitFor(d -> rows("rankingForm:rankingTable").size() == 100);
        System.out.printf(
                "Results page of 100 entries: %d characters of HTML with 25 rows in each table, %d with the ranking's"
                        + " 100 rows shown (75 rows more: %d characters a ranking row)%n",
                pagedSize, pageSize(), (pageSize() - pagedSize) / 75);
        browser.captureForReview("06-hundred-entries");

        // At phone width the tables scroll inside their cards; the page itself keeps the window's width.
        browser.useWidth(org.greenhub.testsupport.browser.Browser.PHONE_WIDTH);
        browser.visible(By.cssSelector("[id='sensitivityForm:sensitivityTable_paginator_bottom']"));
        long scrollWidth = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth;"))
                .longValue();
        long innerWidth = ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return window.innerWidth;"))
                .longValue();
        assertTrue(scrollWidth <= innerWidth, scrollWidth + " px of page in a " + innerWidth + " px window");

        String exported = download("exportForm:resultsCsv");
        for (String ref : List.of(round.ref(0), round.ref(50), round.ref(99))) {
            assertTrue(exported.contains(ref), "the export holds every entry, " + ref + " too");
        }
    }

    /** The length of the page as the browser holds it now. */
    private long pageSize() {
        return ((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                        .executeScript("return document.documentElement.outerHTML.length;"))
                .longValue();
    }

    private List<WebElement> rows(String tableId) {
        return browser.driver().findElements(By.cssSelector("[id='" + tableId + "_data'] > tr"));
    }

    private static String rankOf(WebElement row) {
        return row.findElement(By.cssSelector("td.gh-rank")).getText().replaceAll("[^0-9]", "");
    }

    /** Presses an export button and returns the downloaded file's text. */
    private String download(String buttonId) throws IOException {
        Path downloads = Files.createTempDirectory("greenhub-downloads");
        ((ChromeDriver) browser.driver())
                .executeCdpCommand(
                        "Browser.setDownloadBehavior",
                        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.driver().findElement(By.id(buttonId)).click();
        Path file = browser.waitFor(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".csv"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("scores", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.visible(By.cssSelector("[id='importForm'] input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
        browser.clickIdAndWaitForNewPage("importForm:importButton");
    }

    private void giveAdministratorTheManagerRole() {
        long adminId = Round.count("select id from user_account where email = ?", Http.ADMIN_EMAIL);
        HttpResponse<String> response = new Http(base)
                .send(
                        "PUT",
                        "api/admin/users/" + adminId + "/roles",
                        Http.basic(Http.ADMIN_EMAIL, Http.ADMIN_PASSWORD),
                        "application/json",
                        "[\"ADMINISTRATOR\",\"PROGRAMME_MANAGER\"]".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
    }

    /** A closed round (top 1 of the whole round, mean) with three entries and two judges assigned to all of them. */
    private record Round(long id, List<String> refs, List<String> judges) {

        String ref(int i) {
            return refs.get(i);
        }

        /** Both judges give the first two entries the same scores (a tie for the one place); the third is behind. */
        String csv() {
            StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
            int[][][] values = {{{8, 70}, {6, 50}}, {{8, 70}, {6, 50}}, {{4, 30}, {5, 40}}};
            for (int e = 0; e < 3; e++) {
                for (int j = 0; j < 2; j++) {
                    csv.append(ref(e))
                            .append(',')
                            .append(judges.get(j))
                            .append(",tech,")
                            .append(values[e][j][0])
                            .append('\n');
                    csv.append(ref(e))
                            .append(',')
                            .append(judges.get(j))
                            .append(",green,")
                            .append(values[e][j][1])
                            .append('\n');
                }
            }
            return csv.toString();
        }

        /**
         * Two judges score every entry: tech 10 and 9 whatever the entry, green 100 - i and 99 - i for entry i, so the
         * totals fall with i without ties and entry i ranks i + 1.
         */
        String csvOfEveryEntry() {
            StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
            for (int e = 0; e < refs.size(); e++) {
                for (int j = 0; j < judges.size(); j++) {
                    int green = 100 - e - j;
                    csv.append(ref(e))
                            .append(',')
                            .append(judges.get(j))
                            .append(",tech,")
                            .append(10 - j)
                            .append('\n');
                    csv.append(ref(e))
                            .append(',')
                            .append(judges.get(j))
                            .append(",green,")
                            .append(green)
                            .append('\n');
                }
            }
            return csv.toString();
        }

        static Round create() throws SQLException {
            return create(3);
        }

        static Round create(int entries) throws SQLException {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            String programme = "browser-" + suffix;
            Timestamp now = Timestamp.from(TestTime.now());
            try (Connection db = connect()) {
                long org = insert(
                        db,
                        "insert into organisation (kind, legal_name, search_key, created_at) values ('START_UP', ?, ?, ?)",
                        "Green Start-up " + suffix,
                        "green start-up " + suffix,
                        now);
                long rubric = insert(
                        db,
                        "insert into rubric (programme_key, name, created_at) values (?, 'Browser rubric', ?)",
                        programme,
                        now);
                exec(
                        db,
                        "insert into rubric_criterion (rubric_id, position, code, weight, min_value, max_value, step) values (?, 0, 'tech', 60, 0, 10, 1)",
                        rubric);
                exec(
                        db,
                        "insert into rubric_criterion (rubric_id, position, code, weight, min_value, max_value, step) values (?, 1, 'green', 40, 0, 100, 1)",
                        rubric);
                long round = insert(
                        db,
                        "insert into evaluation_round (programme_key, name, rubric_id, judges_per_entry, opens_at, closes_at, "
                                + "score_visibility, aggregation_method, advancement_rule, advancement_scope, advancement_count, status, "
                                + "assignments_published, created_at) values (?, ?, ?, 2, ?, ?, 'AFTER_OWN_SUBMISSION', 'MEAN', 'TOP_N', "
                                + "'WHOLE_ROUND', 1, 'OPEN', true, ?)",
                        programme,
                        "Preliminary round " + suffix,
                        rubric,
                        Timestamp.from(TestTime.now().minus(Duration.ofDays(3))),
                        Timestamp.from(TestTime.now().minus(Duration.ofHours(2))),
                        now);
                List<String> refs = java.util.stream.IntStream.rangeClosed(1, entries)
                        .mapToObj(i -> "E" + i + "-" + suffix)
                        .toList();
                List<Long> subjects = new java.util.ArrayList<>();
                for (String ref : refs) {
                    long subject = insert(
                            db,
                            "insert into evaluation_subject (programme_key, reference, title, organisation_id, created_at) "
                                    + "values (?, ?, ?, ?, ?)",
                            programme,
                            ref,
                            "Solar dryer " + ref,
                            org,
                            now);
                    exec(
                            db,
                            "insert into round_entry (round_id, subject_id, added_at) values (?, ?, ?)",
                            round,
                            subject,
                            now);
                    subjects.add(subject);
                }
                List<String> judges =
                        List.of("judge-a-" + suffix + "@example.test", "judge-b-" + suffix + "@example.test");
                for (String email : judges) {
                    long judge = insert(
                            db,
                            "insert into user_account (email, display_name, search_key, preferred_locale, status, created_at) "
                                    + "values (?, ?, ?, 'en', 'ACTIVE', ?)",
                            email,
                            "Judge " + email.substring(0, 7),
                            email,
                            now);
                    exec(db, "insert into user_role (user_id, role) values (?, 'JUDGE')", judge);
                    for (long subject : subjects) {
                        exec(
                                db,
                                "insert into assignment (round_id, subject_id, judge_id, source, created_at) values (?, ?, ?, 'MANUAL', ?)",
                                round,
                                subject,
                                judge,
                                now);
                    }
                }
                return new Round(round, refs, judges);
            }
        }

        static long count(String sql, Object parameter) {
            try (Connection db = connect();
                    PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setObject(1, parameter);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Connection connect() throws SQLException {
            return DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + Integer.getInteger("greenhub.test.db.port", 15432) + "/postgres",
                    "postgres",
                    "postgres");
        }

        private static long insert(Connection db, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, parameters);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }

        private static void exec(Connection db, String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.executeUpdate();
            }
        }

        private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
        }
    }
}
