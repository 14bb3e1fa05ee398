package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CompetitionFixtures;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.GreenReportFixtures;
import org.greenhub.testsupport.server.GreenReportFixtures.Scene;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFinancingFixtures;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.testsupport.server.TestTime;
import org.greenhub.testsupport.server.ZoneProgrammeFixtures;
import org.greenhub.zone.application.GreenReportFigures;
import org.greenhub.zone.application.GreenReportView;
import org.greenhub.zone.application.GreenReports;
import org.greenhub.zone.application.PublishedGreenReports;
import org.junit.jupiter.api.Test;

/**
 * The programmes' results in the annual report: counted for the zone when the figures are frozen, shown on the public
 * page in the reader's language, in the workbook with every decimal and in the data pack; and fixed once published, so
 * an award or a financing recorded afterwards does not change the published report.
 */
class GreenReportProgrammesIT extends InServerTest {

    @Inject
    GreenReports reports;

    @Inject
    PublishedGreenReports published;

    @Inject
    GreenReportFixtures fixtures;

    @Inject
    ZoneProgrammeFixtures programmes;

    @Inject
    CompetitionFixtures competitions;

    @Inject
    ReserveFixtures reserve;

    @Inject
    ReserveFinancingFixtures financing;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    private static Map<String, String> facts(GreenReportView view) {
        Map<String, String> facts = new HashMap<>();
        view.programmes().forEach(f -> facts.put(f.id(), f.value()));
        return facts;
    }

    /** The workbook's label → value rows after the programmes' heading. */
    private static Map<String, Double> workbookProgrammes(byte[] xlsx, String heading) throws IOException {
        Map<String, Double> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            boolean in = false;
            for (Row row : sheet) {
                String first = row.getCell(0) == null ? "" : row.getCell(0).toString();
                if (first.equals(heading)) {
                    in = true;
                } else if (in && row.getCell(1) != null) {
                    rows.put(first, row.getCell(1).getNumericCellValue());
                } else if (in) {
                    break;
                }
            }
        }
        return rows;
    }

    @Test
    void theReportCarriesTheProgrammesResultsFrozenWhenPublished() throws IOException {
        Scene s = fixtures.scene("Programmes report");
        String code = s.zone().getCode();
        long manager = people.person("Programmes report manager", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long operator = people.organisation(TestData.unique("Programmes report operator"));

        // an award of the report's year whose entry declared 2,000 MWh saved and 800 t avoided
        long edition = competitions.publishedCompetition(
                TestData.unique("report-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(edition, s.year());
        long entry = programmes.entry(edition, s.organisation(), s.filer(), "AWARDED");
        programmes.greenFigures(entry, "2000", "800");
        programmes.result(edition, manager, "FINAL", s.year(), "ACTIVE", entry);
        // a resident of the zone's incubator, and a listed project of the zone that raised 3,000,000 yuan
        long incubator = programmes.incubator(s.zone().getId(), operator, "GREEN_PROFESSIONAL_INCUBATOR", s.year());
        programmes.residency(incubator, s.organisation(), LocalDate.of(s.year(), 2, 1), null);
        long call = reserve.standingCall();
        long funder = people.organisation(TestData.unique("Programmes report bank"));
        long project = reserve.listedOn(
                s.organisation(),
                call,
                ReserveFixtures.Project.of(TestData.unique("Report solar")).zone(code),
                Grade.A,
                LocalDate.of(s.year(), 2, 1));
        financing.financed(project, FinancingInstrument.GREEN_BOND, "3000000", funder, LocalDate.of(s.year(), 4, 1));

        actingAs.user(s.author());
        long id = reports.start(s.zone().getId(), s.year());
        reports.submit(id, GreenReportsIT.texts("Our programmes grew."));
        actingAs.user(s.second());
        reports.approve(id);
        reports.publish(id);

        GreenReportView thai =
                published.page(code, s.year(), null, Language.THAI).view();
        Map<String, String> shown = facts(thai);
        assertEquals("1", shown.get("competitionAwards"));
        assertEquals("1", shown.get("incubatorResidents"));
        assertEquals("0", shown.get("incubatorGraduates"));
        assertEquals("1", shown.get("reserveListedProjects"));
        assertEquals("1", shown.get("reserveFinancedProjects"));
        assertEquals("3,000,000.00", shown.get("reserveFinancingYuan"));
        assertEquals("245.80", shown.get("energySavedTce"), "2,000 MWh × 0.1229 tce/MWh");
        assertEquals("800.00", shown.get("co2AvoidedT"));
        assertEquals(
                "รางวัลจากการแข่งขันที่องค์กรในเขตได้รับ",
                thai.programmes().get(0).label(),
                "labelled in the reader's language");

        // the pack carries them (and still recomputes: request and response are untouched)
        String pack = new String(published.dataPack(code, s.year(), null).content(), StandardCharsets.UTF_8);
        GreenReportFigures.ProgrammeResults frozen =
                GreenReportFigures.pack(pack).programmes();
        assertNotNull(frozen);
        assertEquals(0, new BigDecimal("3000000").compareTo(frozen.reserveFinancingYuan()));
        assertEquals(thai.sha256(), GreenReportFigures.sha256(pack));

        // the workbook lists them with every decimal, in the reader's language
        Map<String, Double> workbook = workbookProgrammes(
                published.workbook(code, s.year(), null, Language.ENGLISH).content(), "The programmes’ results");
        assertEquals(245.8, workbook.get("Energy saved, as reported (tce)"), 1e-9);
        assertEquals(1.0, workbook.get("Competition awards won by the zone’s organisations"));

        // later changes in the programmes do not move the published report
        long later = competitions.publishedCompetition(
                TestData.unique("report-cup").toLowerCase(), operator, manager, TestTime.now());
        programmes.closesIn(later, s.year());
        long laterEntry = programmes.entry(later, s.organisation(), s.filer(), "AWARDED");
        programmes.greenFigures(laterEntry, "5000", "5000");
        programmes.result(later, manager, "FINAL", s.year(), "ACTIVE", laterEntry);
        financing.financed(project, FinancingInstrument.GREEN_BOND, "1000000", funder, LocalDate.of(s.year(), 6, 1));

        GreenReportView again =
                published.page(code, s.year(), null, Language.THAI).view();
        assertEquals(shown, facts(again), "the published figures are the frozen ones");
        assertEquals(pack, new String(published.dataPack(code, s.year(), null).content(), StandardCharsets.UTF_8));
        assertTrue(published.pdf(code, s.year(), null, Language.THAI).content().length > 1000, "the PDF still renders");

        // while a new draft of the year (a correction) counts the programmes as they are now
        actingAs.user(s.author());
        long v2 = reports.correct(id, "A late award was recorded.");
        GreenReports.Shown draft = reports.show(v2);
        Map<String, String> now = new HashMap<>();
        draft.content().programmes().forEach(f -> now.put(f.id(), f.value()));
        assertEquals("2", now.get("competitionAwards"));
        assertEquals("4,000,000.00", now.get("reserveFinancingYuan"));
    }
}
