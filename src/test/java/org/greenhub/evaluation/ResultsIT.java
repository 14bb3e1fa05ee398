package org.greenhub.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenhub.evaluation.application.AdvancementPreview;
import org.greenhub.evaluation.application.AdvancementService;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.ResultsPageReader;
import org.greenhub.evaluation.application.ResultsSnapshot;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.ScoreExportService;
import org.greenhub.evaluation.application.ScoreImportRejected;
import org.greenhub.evaluation.application.ScoreImportService;
import org.greenhub.evaluation.application.SensitivityReport;
import org.greenhub.evaluation.domain.AdvancementDecision;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.RankedEntry;
import org.greenhub.evaluation.domain.scoring.Score;
import org.greenhub.evaluation.domain.scoring.ScoringEngine;
import org.greenhub.evaluation.domain.scoring.ScoringInput;
import org.greenhub.evaluation.domain.scoring.ScoringResult;
import org.greenhub.platform.error.DomainException;
import org.greenhub.testsupport.ThreadStatements;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ScoringFixtures;
import org.greenhub.testsupport.server.ScoringFixtures.Fixture;
import org.greenhub.testsupport.server.ScoringFixtures.Spec;
import org.junit.jupiter.api.Test;

/** Results, sensitivity, import, export and advancement from stored scores, inside the real server and database. */
class ResultsIT extends InServerTest {

    private static final List<String> EXAMPLE_ENTRIES = List.of("E000", "E001", "E002", "E003", "E004", "E005");

    @Inject
    ScoreImportService imports;

    @Inject
    RoundResultsService results;

    @Inject
    ScoreExportService exports;

    @Inject
    AdvancementService advancement;

    @Inject
    ScoringFixtures fixtures;

    @Inject
    ActingAs actingAs;

    @Inject
    ResultsPageReader pageReader;

    @Inject
    JudgeScoring scoring;

    @Inject
    org.greenhub.testsupport.server.CompetitionFixtures competitions;

    private static JsonObject example() throws Exception {
        try (InputStream in = ResultsIT.class.getResourceAsStream("/evaluation/scoring-example.json");
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** The example's scores as an import file, judges J00..J03 mapped to the fixture's judges. */
    private static byte[] exampleCsv(JsonObject example, Fixture f) {
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        for (JsonObject s :
                example.getJsonObject("request").getJsonArray("scores").getValuesAs(JsonObject.class)) {
            int judge = Integer.parseInt(s.getString("judge").substring(1));
            csv.append(s.getString("entry"))
                    .append(',')
                    .append(f.judgeEmails().get(judge))
                    .append(',')
                    .append(s.getString("criterion"))
                    .append(',')
                    .append(s.getJsonNumber("value").toString())
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private Fixture importedExample(JsonObject example) {
        Fixture f = fixtures.create(Spec.of(EXAMPLE_ENTRIES, 4));
        actingAs.user(f.managerId());
        ScoreImportService.Summary summary = imports.importSheets(f.roundId(), exampleCsv(example, f));
        assertEquals(24, summary.sheets());
        assertEquals(120, summary.values());
        return f;
    }

    @Test
    void resultsFromTheDatabaseEqualThePublishedExampleAndTheEngine() throws Exception {
        JsonObject example = example();
        Fixture f = importedExample(example);

        RoundResults stored = results.results(f.roundId());
        List<RoundResults.EntryResult> lines = stored.entries();
        List<JsonObject> expected = example.getJsonObject("expected")
                .getJsonObject("MEAN")
                .getJsonArray("results")
                .getValuesAs(JsonObject.class);
        assertEquals(expected.size(), lines.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonObject want = expected.get(i);
            RoundResults.EntryResult got = lines.get(i);
            assertEquals(want.getString("entry"), got.reference());
            assertEquals(want.getInt("rank"), got.rank(), got.reference());
            assertEquals(want.getJsonNumber("score").doubleValue(), got.score(), 0.0, got.reference());
            assertEquals(want.getInt("judges"), got.judges());
            assertEquals(want.getBoolean("tied"), got.tied(), got.reference());
            for (String code : want.getJsonObject("criteria").keySet()) {
                assertEquals(
                        want.getJsonObject("criteria").getJsonNumber(code).doubleValue(),
                        got.criteria().get(code),
                        0.0);
            }
        }
        JsonObject meanExpected = example.getJsonObject("expected").getJsonObject("MEAN");
        assertEquals(
                meanExpected.getJsonNumber("kendallW").doubleValue(),
                stored.kendallW().getAsDouble(),
                0.0);
        assertEquals(
                List.of("E004"), stored.outliers().stream().map(o -> o.entry()).toList());
        assertTrue(lines.stream()
                .filter(l -> l.reference().equals("E004"))
                .findFirst()
                .orElseThrow()
                .flags()
                .contains(RoundResults.EntryFlag.OUTLIER_SCORE));

        // The same numbers as the engine computes from the example request directly, judge statistics included.
        JsonObject request = example.getJsonObject("request");
        ScoringResult direct = new ScoringEngine().rank(input(request, f), Method.of(AggregationMethod.MEAN));
        assertEquals(
                direct.results().stream().map(RankedEntry::entry).toList(),
                lines.stream().map(RoundResults.EntryResult::reference).toList());
        assertEquals(direct.judges(), stored.judges());

        // Sensitivity: every method's ranks and scores are the example's.
        SensitivityReport sensitivity = results.sensitivity(f.roundId());
        for (AggregationMethod method : AggregationMethod.values()) {
            for (JsonObject want : example.getJsonObject("expected")
                    .getJsonObject(method.name())
                    .getJsonArray("results")
                    .getValuesAs(JsonObject.class)) {
                SensitivityReport.Line line = sensitivity.lines().stream()
                        .filter(l -> l.reference().equals(want.getString("entry")))
                        .findFirst()
                        .orElseThrow();
                assertEquals(want.getInt("rank"), line.places().get(method).rank(), method + " " + line.reference());
                assertEquals(
                        want.getJsonNumber("score").doubleValue(),
                        line.places().get(method).score(),
                        0.0,
                        method + " " + line.reference());
            }
        }

        // The results page asks for both at once: the same figures, and the scores read once instead of three times.
        ThreadStatements.reset();
        results.results(f.roundId());
        results.sensitivity(f.roundId());
        advancement.preview(f.roundId());
        long separately = ThreadStatements.prepared();
        ThreadStatements.reset();
        RoundResultsService.ResultsPage page = results.resultsPage(f.roundId());
        AdvancementPreview preview = advancement.preview(f.roundId(), page.results());
        long together = ThreadStatements.prepared();
        System.out.printf("Results page reads: %d statements separately, %d together%n", separately, together);
        assertEquals(stored, page.results());
        assertEquals(sensitivity, page.sensitivity());
        assertEquals(advancement.preview(f.roundId()), preview);
        assertTrue(together <= separately - 2, "two reads of the scores fewer: " + together + " / " + separately);
    }

    private static ScoringInput input(JsonObject request, Fixture f) {
        List<Criterion> criteria = request.getJsonArray("criteria").getValuesAs(JsonObject.class).stream()
                .map(c -> new Criterion(
                        c.getString("code"),
                        c.getJsonNumber("weight").doubleValue(),
                        c.getJsonNumber("min").doubleValue(),
                        c.getJsonNumber("max").doubleValue()))
                .toList();
        List<Score> scores = request.getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .map(s -> new Score(
                        s.getString("entry"),
                        f.judgeEmails()
                                .get(Integer.parseInt(s.getString("judge").substring(1))),
                        s.getString("criterion"),
                        s.getJsonNumber("value").doubleValue()))
                .toList();
        return new ScoringInput(criteria, List.of("green", "tech"), scores);
    }

    @Test
    void exportsHoldTheScoreMatrixAndTheResults() throws Exception {
        Fixture f = importedExample(example());

        ExportFile matrix = exports.scoreMatrix(f.roundId(), ExportFile.Format.CSV);
        assertTrue(matrix.fileName().endsWith(".csv"));
        String text = new String(matrix.content(), StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0));
        List<String> rows = text.substring(1).lines().toList();
        assertEquals("entry,judge,tech,market,team,green,finance,total", rows.get(0));
        assertEquals(25, rows.size());
        // E000 by J00: tech 7, market 8, team 4, green 58, finance 17
        assertEquals("E000," + f.judgeEmails().get(0) + ",7,8,4,58,17," + total(7, 8, 4, 58, 17), rows.get(1));

        ExportFile resultsCsv = exports.results(f.roundId(), ExportFile.Format.CSV);
        List<String> resultRows = new String(resultsCsv.content(), StandardCharsets.UTF_8)
                .substring(1)
                .lines()
                .toList();
        assertEquals(
                "scope,rank,entry,score,judges,tech,market,team,green,finance,tied,flags,overall_rank",
                resultRows.get(0));
        assertEquals("*,1,E000,65.5,4,6,6.5,4.25,59.75,14.75,true,TIED,1", resultRows.get(1));

        ExportFile excel = exports.scoreMatrix(f.roundId(), ExportFile.Format.XLSX);
        assertTrue(excel.fileName().endsWith(".xlsx"));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.content()))) {
            assertEquals("total", workbook.getSheetAt(0).getRow(0).getCell(7).getStringCellValue());
            assertEquals("E000", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
            assertEquals(58, workbook.getSheetAt(0).getRow(1).getCell(5).getNumericCellValue(), 0.0);
            assertEquals(25, workbook.getSheetAt(0).getPhysicalNumberOfRows());
        }
        ExportFile resultsExcel = exports.results(f.roundId(), ExportFile.Format.XLSX);
        assertTrue(resultsExcel.content().length > 0);
    }

    /** T by the definition, rounded half-up to 4 decimals and written plainly. */
    private static String total(double tech, double market, double team, double green, double finance) {
        double t = 100
                * (30 * tech / 10 + 20 * market / 10 + 15 * (team - 1) / 4 + 25 * green / 100 + 10 * finance / 20)
                / 100;
        return java.math.BigDecimal.valueOf(t)
                .setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    @Test
    void importIsAllOrNothingAndNamesEveryBadLine() {
        Fixture f = fixtures.create(Spec.of(List.of("G1", "G2"), 2));
        long outsider = fixtures.outsideJudge();
        actingAs.user(f.managerId());
        String j0 = f.judgeEmails().get(0);
        String j1 = f.judgeEmails().get(1);
        String csv = String.join(
                        "\n",
                        "entry,judge,criterion,score",
                        "G1," + j0 + ",tech,5", // 2 fine
                        "G1," + j0 + ",market,5", // 3
                        "G1," + j0 + ",team,3", // 4
                        "G1," + j0 + ",green,50", // 5
                        "G1," + j0 + ",finance,10", // 6: G1/j0 complete
                        "NOPE," + j0 + ",tech,5", // 7 unknown entry
                        "G2,nobody@example.test,tech,5", // 8 unknown judge
                        "G2," + j1 + ",charisma,5", // 9 unknown criterion
                        "G2," + j1 + ",tech,11", // 10 out of range
                        "G2," + j1 + ",tech,4", // 11 duplicate of 10 (a bad value still names the slot)
                        "G2," + j1 + ",tech,6", // 12 duplicate of 10
                        "G2," + j1 + ",green,abc", // 13 not a number
                        "G1,\"" + "x@example.test\",tech", // 14 wrong column count
                        "")
                + "G2," + outsiderEmail(outsider) + ",tech,5\n"; // 15 not assigned (G2/j1 incomplete: reported at 10)
        ScoreImportRejected rejected = assertThrows(
                ScoreImportRejected.class,
                () -> imports.importSheets(f.roundId(), csv.getBytes(StandardCharsets.UTF_8)));
        Map<Integer, List<String>> byLine = rejected.problems().stream()
                .collect(Collectors.groupingBy(
                        ScoreImportRejected.Problem::line,
                        java.util.TreeMap::new,
                        Collectors.mapping(ScoreImportRejected.Problem::messageKey, Collectors.toList())));
        assertEquals(List.of("evaluation.import.unknownEntry"), byLine.get(7));
        assertEquals(List.of("evaluation.import.unknownJudge"), byLine.get(8));
        assertEquals(List.of("evaluation.import.unknownCriterion"), byLine.get(9));
        assertTrue(byLine.get(10).contains("evaluation.import.valueNotAccepted"), byLine.toString());
        assertTrue(byLine.get(10).contains("evaluation.import.incompleteSheet"), byLine.toString());
        assertEquals(List.of("evaluation.import.duplicate"), byLine.get(11));
        assertEquals(List.of("evaluation.import.duplicate"), byLine.get(12));
        assertEquals(List.of("evaluation.import.notANumber"), byLine.get(13));
        assertEquals(List.of("evaluation.import.columnCount"), byLine.get(14));
        assertEquals(List.of("evaluation.import.notAssigned"), byLine.get(15));
        assertFalse(byLine.containsKey(2) || byLine.containsKey(6), byLine.toString());
        assertEquals(DomainException.Kind.INVALID, rejected.kind());
        assertEquals(0, fixtures.sheetsOfRound(f.roundId()), "nothing stored when any line is bad");

        assertEquals(
                "evaluation.import.headerInvalid",
                assertThrows(
                                ScoreImportRejected.class,
                                () -> imports.importSheets(f.roundId(), "ref;judge\n".getBytes(StandardCharsets.UTF_8)))
                        .problems()
                        .get(0)
                        .messageKey());
        assertEquals(
                "evaluation.import.encodingInvalid",
                assertThrows(
                                ScoreImportRejected.class,
                                () -> imports.importSheets(f.roundId(), new byte[] {'e', (byte) 0xC3, (byte) 0x28}))
                        .problems()
                        .get(0)
                        .messageKey());
    }

    @Inject
    org.greenhub.account.domain.UserAccountRepository accounts;

    private String outsiderEmail(long id) {
        return accounts.find(id).orElseThrow().getEmail();
    }

    @Test
    void topNPerGroupSendsATieAtTheCutToThePanelWithARecordedNote() {
        Fixture f = fixtures.create(Spec.of(List.of("A1", "A2", "A3", "B1", "B2"), 2)
                .over()
                .advancement(
                        AdvancementRule.TOP_N,
                        AdvancementScope.PER_GROUP,
                        1,
                        List.of("start-up", "start-up", "start-up", "growth", "growth")));
        actingAs.user(f.managerId());
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        // A1 and A2 identical (a tie the chain cannot break), A3 lower; B1 above B2.
        int[][] sheets = {{8, 8, 4, 80, 16}, {8, 8, 4, 80, 16}, {5, 5, 3, 50, 10}, {9, 9, 5, 90, 18}, {4, 4, 2, 40, 8}};
        String[] codes = {"tech", "market", "team", "green", "finance"};
        for (int e = 0; e < sheets.length; e++) {
            for (String judge : f.judgeEmails()) {
                for (int c = 0; c < codes.length; c++) {
                    csv.append(f.references().get(e))
                            .append(',')
                            .append(judge)
                            .append(',')
                            .append(codes[c])
                            .append(',')
                            .append(sheets[e][c])
                            .append('\n');
                }
            }
        }
        imports.importSheets(f.roundId(), csv.toString().getBytes(StandardCharsets.UTF_8));

        AdvancementPreview preview = advancement.preview(f.roundId());
        Map<String, AdvancementSelection.Outcome> outcomes = new java.util.HashMap<>();
        preview.lines().forEach(l -> outcomes.put(l.reference(), l.outcome()));
        assertEquals(AdvancementSelection.Outcome.PANEL_DECIDES, outcomes.get("A1"));
        assertEquals(AdvancementSelection.Outcome.PANEL_DECIDES, outcomes.get("A2"));
        assertEquals(AdvancementSelection.Outcome.DOES_NOT_ADVANCE, outcomes.get("A3"));
        assertEquals(AdvancementSelection.Outcome.ADVANCES, outcomes.get("B1"));
        assertEquals(AdvancementSelection.Outcome.DOES_NOT_ADVANCE, outcomes.get("B2"));
        assertEquals(1, preview.tiesNeedingPanelDecision().size());
        assertEquals(1, preview.tiesNeedingPanelDecision().get(0).places());

        assertEquals(
                "evaluation.advancement.noteRequired",
                assertThrows(DomainException.class, () -> advancement.confirm(f.roundId(), Set.of("A2"), null, null))
                        .messageKey());
        assertEquals(
                "evaluation.advancement.tieChoiceCount",
                assertThrows(
                                DomainException.class,
                                () -> advancement.confirm(f.roundId(), Set.of("A1", "A2"), "both", null))
                        .messageKey());
        assertEquals(
                "evaluation.advancement.notAtTie",
                assertThrows(
                                DomainException.class,
                                () -> advancement.confirm(f.roundId(), Set.of("A2", "B2"), "B2 too", null))
                        .messageKey());

        long next = fixtures.nextRound(f.roundId());
        List<AdvancementDecision> decisions =
                advancement.confirm(f.roundId(), Set.of("A2"), "Panel vote 4-1 for A2: stronger pilot data", next);
        assertEquals(5, decisions.size());
        Map<String, AdvancementDecision> byRef = new java.util.HashMap<>();
        advancement.decisions(f.roundId()).forEach(d -> byRef.put(d.getSubject().getReference(), d));
        assertTrue(byRef.get("A2").isAdvanced());
        assertFalse(byRef.get("A1").isAdvanced());
        assertTrue(byRef.get("B1").isAdvanced());
        assertFalse(byRef.get("B2").isAdvanced());
        assertEquals(
                "Panel vote 4-1 for A2: stronger pilot data", byRef.get("A1").getNote());
        assertEquals(null, byRef.get("B1").getNote());
        assertEquals(1, byRef.get("A1").getRank());

        List<Long> entered = fixtures.entriesOf(next);
        List<Long> expectedEntered =
                new ArrayList<>(List.of(f.subjectIds().get(1), f.subjectIds().get(3)));
        expectedEntered.sort(Long::compare);
        assertEquals(expectedEntered, entered);

        assertEquals(
                "evaluation.advancement.alreadyConfirmed",
                assertThrows(DomainException.class, () -> advancement.confirm(f.roundId(), Set.of("A2"), "again", null))
                        .messageKey());
    }

    @Test
    void topNWithQuotasLetsEachGroupSendItsOwnNumber() {
        Fixture f = fixtures.create(Spec.of(List.of("Q1", "Q2", "Q3", "R1", "R2"), 2)
                .advancement(
                        AdvancementRule.TOP_N_WITH_QUOTAS,
                        AdvancementScope.PER_GROUP,
                        1,
                        List.of("start-up", "start-up", "start-up", "growth", "growth")));
        actingAs.user(f.managerId());
        StringBuilder csv = new StringBuilder("entry,judge,criterion,score\n");
        int[][] sheets = {{9, 9, 5, 90, 18}, {7, 7, 4, 70, 14}, {5, 5, 3, 50, 10}, {8, 8, 4, 80, 16}, {4, 4, 2, 40, 8}};
        String[] codes = {"tech", "market", "team", "green", "finance"};
        for (int e = 0; e < sheets.length; e++) {
            for (String judge : f.judgeEmails()) {
                for (int c = 0; c < codes.length; c++) {
                    csv.append(f.references().get(e))
                            .append(',')
                            .append(judge)
                            .append(',')
                            .append(codes[c])
                            .append(',')
                            .append(sheets[e][c])
                            .append('\n');
                }
            }
        }
        imports.importSheets(f.roundId(), csv.toString().getBytes(StandardCharsets.UTF_8));

        assertEquals(
                "evaluation.advancement.quotaNegative",
                assertThrows(
                                DomainException.class,
                                () -> advancement.setQuotas(
                                        f.roundId(), Map.of("start-up", 2, "growth", -1), "Council decision 12"))
                        .messageKey());
        assertEquals(Map.of(), advancement.quotas(f.roundId()), "a refused quota stores none of the others");
        advancement.setQuotas(f.roundId(), Map.of("start-up", 2, "growth", 0), "Council decision 12");
        assertEquals(Map.of("start-up", 2, "growth", 0), advancement.quotas(f.roundId()));

        Map<String, AdvancementSelection.Outcome> outcomes = new java.util.HashMap<>();
        advancement.preview(f.roundId()).lines().forEach(l -> outcomes.put(l.reference(), l.outcome()));
        assertEquals(AdvancementSelection.Outcome.ADVANCES, outcomes.get("Q1"));
        assertEquals(AdvancementSelection.Outcome.ADVANCES, outcomes.get("Q2"));
        assertEquals(AdvancementSelection.Outcome.DOES_NOT_ADVANCE, outcomes.get("Q3"));
        assertEquals(AdvancementSelection.Outcome.DOES_NOT_ADVANCE, outcomes.get("R1"));
        assertEquals(AdvancementSelection.Outcome.DOES_NOT_ADVANCE, outcomes.get("R2"));
    }

    @Test
    void advancementWaitsForTheRoundToClose() {
        Fixture f = fixtures.create(
                Spec.of(List.of("H1"), 1).advancement(AdvancementRule.TOP_N, AdvancementScope.WHOLE_ROUND, 1, null));
        actingAs.user(f.managerId());
        assertEquals(
                "evaluation.advancement.roundNotOver",
                assertThrows(DomainException.class, () -> advancement.confirm(f.roundId(), Set.of(), null, null))
                        .messageKey());
    }

    /**
     * Issue 17, session 11: the results page's results are computed once and shared while the round's inputs stay the
     * same, and computed again as soon as a sheet leaves them: the next read after a reopened sheet ranks without it.
     */
    @Test
    void theResultsPageSharesItsResultsUntilASheetChanges() throws Exception {
        Fixture f = importedExample(example());

        ThreadStatements.reset();
        ResultsSnapshot first = pageReader.read(f.roundId());
        long computing = ThreadStatements.prepared();
        ThreadStatements.reset();
        ResultsSnapshot again = pageReader.read(f.roundId());
        long reading = ThreadStatements.prepared();
        System.out.printf("Results page snapshot: %d statements computed, %d shared%n", computing, reading);
        assertSame(first, again, "the same inputs give the same shared results");
        assertEquals(results.resultsPage(f.roundId()).results(), first.results());
        assertEquals(advancement.preview(f.roundId()), first.preview());

        // The leader's first sheet goes back to its judge: it no longer counts.
        String leader = first.results().entries().get(0).reference();
        long leaderSubject = f.subjectIds().get(f.references().indexOf(leader));
        scoring.reopen(fixtures.sheetId(f.roundId(), leaderSubject, f.judgeIds().get(0)), "A score was mistyped.");

        ResultsSnapshot after = pageReader.read(f.roundId());
        assertNotSame(first, after);
        assertNotEquals(first.version(), after.version());
        RoundResults fresh = results.results(f.roundId());
        assertEquals(fresh, after.results(), "the next read ranks the scores as they are now");
        assertNotEquals(first.results(), after.results());
        assertEquals(
                first.results().entries().stream()
                                .filter(e -> e.reference().equals(leader))
                                .findFirst()
                                .orElseThrow()
                                .judges()
                        - 1,
                after.results().entries().stream()
                        .filter(e -> e.reference().equals(leader))
                        .findFirst()
                        .orElseThrow()
                        .judges(),
                "the reopened sheet left the leader's judges");
    }
}
