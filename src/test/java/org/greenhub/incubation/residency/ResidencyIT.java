package org.greenhub.incubation.residency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.greenhub.incubation.residency.application.IncubatorDashboard;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.ResidencyDetail;
import org.greenhub.incubation.residency.application.ResidencyReminderBatch;
import org.greenhub.incubation.residency.application.ResidencyReminders;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.application.StatisticsExport;
import org.greenhub.incubation.residency.domain.ExitReason;
import org.greenhub.incubation.residency.domain.GraduationCriterion;
import org.greenhub.incubation.residency.domain.GraduationRules;
import org.greenhub.incubation.residency.domain.ReportMetrics;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ResidencyFixtures;
import org.greenhub.testsupport.server.ResidencyFixtures.Incubator;
import org.greenhub.testsupport.server.ResidencyFixtures.StartUp;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Residencies in the real server and database: scheduling, permissions, refusals, graduation, reminders, export. */
class ResidencyIT extends InServerTest {

    @Inject
    ResidencyService service;

    @Inject
    ResidencyQueries queries;

    @Inject
    IncubatorDashboard dashboards;

    @Inject
    ResidencyReminders reminders;

    @Inject
    StatisticsExport export;

    @Inject
    ResidencyFixtures fixtures;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.organisation.application.OrganisationPath path;

    static ReportMetrics figures(String revenue, String investment) {
        ReportMetrics m = new ReportMetrics();
        m.setRevenue(new BigDecimal(revenue));
        m.setEmployees(12);
        m.setRndStaff(4);
        m.setRndSpend(new BigDecimal("80000"));
        m.setPatentsFiled(1);
        m.setPatentsGranted(0);
        m.setInvestmentRaised(new BigDecimal(investment));
        m.setEmissionsAvoidedTco2e(new BigDecimal("42.5"));
        return m;
    }

    private static DomainException refused(DomainException.Kind kind, Executable call) {
        DomainException e = assertThrows(DomainException.class, call);
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    @Test
    void theOrganisationChoiceFindsByNameTakesWildcardsLiterallyAndIsForManagersOnly() {
        Incubator incubator = fixtures.incubator("Choice");
        StartUp startUp = fixtures.startUp("Choosable", Language.ENGLISH);

        actingAs.user(incubator.managerId());
        assertTrue(
                queries.organisations(incubator.id(), startUp.name().toUpperCase()).stream()
                        .anyMatch(o -> o.id() == startUp.organisationId()),
                "found by its name, whatever the case");
        String suffix = startUp.name().substring(startUp.name().indexOf('-') + 1);
        assertEquals(
                List.of(),
                queries.organisations(incubator.id(), "Choosable%" + suffix),
                "% is a character, not a wildcard");
        assertEquals(
                List.of(),
                queries.organisations(incubator.id(), "Choosable_" + suffix),
                "_ is a character, not a wildcard");

        actingAs.user(startUp.founderId());
        refused(DomainException.Kind.NOT_FOUND, () -> queries.organisations(incubator.id(), startUp.name()));
    }

    @Test
    void anAcceptedOfferStartsAResidencyWithItsQuarterlyReportsAndListedSectorsStaySixtyMonths() {
        Incubator incubator = fixtures.incubator("Sched");
        StartUp plain = fixtures.startUp("Plain", Language.ENGLISH);
        StartUp biotech = fixtures.startUp("Biotech", Language.ENGLISH);
        fixtures.sector(biotech.organisationId(), "Biomedicine");

        long r1 = fixtures.residency(incubator, plain, LocalDate.of(2025, 1, 1));
        long r2 = fixtures.residency(incubator, biotech, LocalDate.of(2025, 1, 1));
        assertEquals(16, fixtures.reportIds(r1, "PERIODIC").size(), "48 months of quarters");
        assertEquals(20, fixtures.reportIds(r2, "PERIODIC").size(), "60 months in a listed sector");

        actingAs.user(incubator.managerId());
        ResidencyDetail detail = queries.detail(r1);
        assertEquals(LocalDate.of(2028, 12, 31), detail.lastDay());
        assertEquals(ResidencyStatus.ACTIVE, detail.status());
        assertTrue(detail.overdueReports() > 0, "past quarters not filed are overdue");

        DomainException twice = refused(
                DomainException.Kind.CONFLICT, () -> fixtures.residency(incubator, plain, LocalDate.of(2025, 6, 1)));
        assertEquals("residency.alreadyResident", twice.messageKey());
        assertEquals(2, queries.countResidents(incubator.id(), null));
    }

    @Test
    void aManagerStartsAResidencyDirectlyWithItsTermsAndBadStartsAreRefused() {
        Incubator incubator = fixtures.incubator("Direct");
        Incubator other = fixtures.incubator("DirectOther");
        StartUp startUp = fixtures.startUp("Direct", Language.ENGLISH);
        org.greenhub.incubation.residency.domain.Residency.Terms terms =
                new org.greenhub.incubation.residency.domain.Residency.Terms(
                        org.greenhub.incubation.residency.domain.SpaceKind.LABORATORY,
                        new BigDecimal("80"),
                        6,
                        "Lab 2",
                        "Prof. Wang",
                        java.util.Set.of(org.greenhub.incubation.domain.IncubatorServiceKind.SHARED_LAB));
        LocalDate start = TestTime.today().minusMonths(30);

        actingAs.user(other.managerId());
        refused(
                DomainException.Kind.NOT_FOUND,
                () -> service.start(
                        incubator.id(),
                        new ResidencyService.StartRequest(startUp.organisationId(), start, null, terms)));
        actingAs.user(startUp.founderId());
        refused(
                DomainException.Kind.NOT_FOUND,
                () -> service.start(
                        incubator.id(),
                        new ResidencyService.StartRequest(startUp.organisationId(), start, null, terms)));

        actingAs.user(incubator.managerId());
        assertEquals(
                "residency.alreadyOver",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.start(
                                        incubator.id(),
                                        new ResidencyService.StartRequest(
                                                startUp.organisationId(),
                                                TestTime.today().minusYears(5),
                                                null,
                                                terms)))
                        .messageKey());
        assertEquals(
                "residency.startTooLate",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.start(
                                        incubator.id(),
                                        new ResidencyService.StartRequest(
                                                startUp.organisationId(),
                                                TestTime.today().plusYears(2),
                                                null,
                                                terms)))
                        .messageKey());
        assertEquals(
                "residency.workstationsRange",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.start(
                                        incubator.id(),
                                        new ResidencyService.StartRequest(
                                                startUp.organisationId(),
                                                start,
                                                null,
                                                new org.greenhub.incubation.residency.domain.Residency.Terms(
                                                        terms.spaceKind(), null, -2, null, null, java.util.Set.of()))))
                        .messageKey());
        assertEquals(0, queries.countResidents(incubator.id(), null), "refused starts store nothing");

        long id = service.start(
                incubator.id(), new ResidencyService.StartRequest(startUp.organisationId(), start, 36, terms));
        ResidencyDetail detail = queries.detail(id);
        assertEquals(36, detail.maxMonths());
        assertEquals("Prof. Wang", detail.mentorName());
        assertEquals(6, detail.workstations());
        assertEquals(List.of(org.greenhub.incubation.domain.IncubatorServiceKind.SHARED_LAB), detail.services());
        assertTrue(detail.nearingMaximum(), "30 of 36 months are over");
    }

    @Test
    void aStartUpSeesOnlyItsOwnResidencyAndAManagerOnlyTheIncubatorsTheyManage() {
        Incubator incubator = fixtures.incubator("Perm");
        Incubator other = fixtures.incubator("PermOther");
        StartUp mine = fixtures.startUp("Mine", Language.ENGLISH);
        StartUp theirs = fixtures.startUp("Theirs", Language.ENGLISH);
        long myResidency = fixtures.residency(incubator, mine, LocalDate.of(2025, 1, 1));
        long theirResidency = fixtures.residency(incubator, theirs, LocalDate.of(2025, 1, 1));
        long theirReport = fixtures.reportIds(theirResidency, "PERIODIC").get(0);

        actingAs.user(mine.founderId());
        assertEquals(mine.name(), queries.detail(myResidency).organisationName());
        assertEquals(
                List.of(myResidency),
                queries.mine().stream().map(ResidencyQueries.MyResidency::id).toList());
        refused(DomainException.Kind.NOT_FOUND, () -> queries.detail(theirResidency));
        refused(DomainException.Kind.NOT_FOUND, () -> queries.report(theirReport));
        refused(DomainException.Kind.NOT_FOUND, () -> service.fileReport(theirReport, figures("1000", "0"), null));
        refused(DomainException.Kind.NOT_FOUND, () -> dashboards.dashboard(incubator.id()));
        refused(DomainException.Kind.NOT_FOUND, () -> queries.residents(incubator.id(), null, 0, 10, null, true));
        assertEquals("SUBMITTED".equals(fixtures.reportStatus(theirReport)), false);

        assertTrue(
                path.of(mine.organisationId()).stream()
                        .anyMatch(l -> l.link() != null && l.link().endsWith("id=" + myResidency)),
                "the organisation record shows its residency to its own people");

        actingAs.user(other.managerId());
        refused(DomainException.Kind.NOT_FOUND, () -> queries.detail(myResidency));
        refused(DomainException.Kind.NOT_FOUND, () -> dashboards.dashboard(incubator.id()));
        refused(DomainException.Kind.NOT_FOUND, () -> service.comment(theirReport, "Looks fine"));
        refused(
                DomainException.Kind.NOT_FOUND,
                () -> service.addMilestone(
                        myResidency,
                        org.greenhub.platform.i18n.LocalisedInput.english("Pilot"),
                        org.greenhub.platform.i18n.LocalisedInput.english("customers"),
                        BigDecimal.TEN,
                        LocalDate.of(2026, 12, 1)));
        assertEquals(0, dashboards.dashboard(other.id()).occupancy().active());

        actingAs.user(incubator.managerId());
        assertEquals(2, dashboards.dashboard(incubator.id()).occupancy().active());
        refused(DomainException.Kind.FORBIDDEN, () -> service.fileReport(theirReport, figures("1000", "0"), null));
    }

    @Test
    void badReportsAreRefusedClearlyAndNothingIsHalfStored() {
        Incubator incubator = fixtures.incubator("Bad");
        StartUp startUp = fixtures.startUp("Bad", Language.ENGLISH);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 1, 1));
        long first = fixtures.reportIds(residency, "PERIODIC").get(0);
        LocalDate[] q1 = fixtures.period(first);

        actingAs.user(startUp.founderId());
        assertEquals(
                "residency.report.periodOrder",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.fileReportForPeriod(residency, q1[1], q1[0], figures("1000", "0"), null))
                        .messageKey());
        assertEquals(
                "residency.report.outsideResidency",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.fileReportForPeriod(
                                        residency,
                                        LocalDate.of(2024, 10, 1),
                                        LocalDate.of(2024, 12, 31),
                                        figures("1000", "0"),
                                        null))
                        .messageKey());
        assertEquals(
                "residency.report.noSuchPeriod",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.fileReportForPeriod(
                                        residency,
                                        LocalDate.of(2025, 1, 1),
                                        LocalDate.of(2025, 2, 28),
                                        figures("1000", "0"),
                                        null))
                        .messageKey());

        ReportMetrics negative = figures("1000", "0");
        negative.setEmployees(-3);
        DomainException e = refused(DomainException.Kind.INVALID, () -> service.fileReport(first, negative, "oops"));
        assertEquals("employees", e.field());
        ReportMetrics absurd = figures("900000000000000", "0");
        assertEquals(
                "residency.metrics.tooLarge",
                refused(DomainException.Kind.INVALID, () -> service.fileReport(first, absurd, null))
                        .messageKey());
        assertEquals("EXPECTED", fixtures.reportStatus(first), "a refused report stores nothing");
        assertEquals(0, people.auditEvents("RESIDENCY_REPORT_FILED", String.valueOf(first), ""));

        long filed = service.fileReportForPeriod(residency, q1[0], q1[1], figures("1000", "0"), "first quarter");
        assertEquals(first, filed);
        assertEquals("SUBMITTED", fixtures.reportStatus(first));
        assertEquals(
                "residency.report.alreadyFiled",
                refused(
                                DomainException.Kind.CONFLICT,
                                () -> service.fileReportForPeriod(residency, q1[0], q1[1], figures("2000", "0"), null))
                        .messageKey());
        assertEquals(
                0,
                new BigDecimal("1000").compareTo(queries.report(first).metrics().getRevenue()),
                "the first filing stands");

        actingAs.user(incubator.managerId());
        assertEquals(
                "residency.milestone.dueOutside",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.addMilestone(
                                        residency,
                                        org.greenhub.platform.i18n.LocalisedInput.english("Pilot plant"),
                                        org.greenhub.platform.i18n.LocalisedInput.english("plants"),
                                        BigDecimal.ONE,
                                        LocalDate.of(2030, 1, 1)))
                        .messageKey());
        assertEquals(
                "residency.endBeforeStart",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.exit(
                                        residency,
                                        ExitReason.MOVED_AWAY,
                                        LocalDate.of(2024, 1, 1),
                                        null,
                                        queries.detail(residency).version()))
                        .messageKey());
        assertEquals(ResidencyStatus.ACTIVE, queries.detail(residency).status());
    }

    @Test
    void theManagerCommentsAndConfirmsGraduationWhichSchedulesFiveAlumniReports() {
        Incubator incubator = fixtures.incubator("Grad");
        StartUp startUp = fixtures.startUp("Grad", Language.CHINESE);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 1, 1));
        List<Long> reports = fixtures.reportIds(residency, "PERIODIC");

        actingAs.user(startUp.founderId());
        service.fileReport(reports.get(0), figures("800000", "2000000"), null);
        ReportMetrics highTech = figures("900000", "3500000");
        highTech.setHighTechRecognised(true);
        service.fileReport(reports.get(1), highTech, "Recognised in May");

        actingAs.user(incubator.managerId());
        service.comment(reports.get(1), "Congratulations on the recognition.");
        assertTrue(fixtures.mailsWithSubjectLike(startUp.founderEmail(), "") > 0, "the founder is told (in Chinese)");
        long milestone = service.addMilestone(
                residency,
                org.greenhub.platform.i18n.LocalisedInput.english("Pilot customers"),
                org.greenhub.platform.i18n.LocalisedInput.english("customers"),
                new BigDecimal("3"),
                LocalDate.of(2026, 6, 30));
        service.recordProgress(milestone, new BigDecimal("3"));

        ResidencyDetail before = queries.detail(residency);
        GraduationRules.Check investment = before.checks().stream()
                .filter(c -> c.criterion() == GraduationCriterion.INVESTMENT)
                .findFirst()
                .orElseThrow();
        assertTrue(investment.met(), "5.5 million raised is above 5 million");
        assertFalse(before.checks().stream()
                .filter(c -> c.criterion() == GraduationCriterion.REVENUE)
                .findFirst()
                .orElseThrow()
                .met());
        assertTrue(before.milestones().get(0).reached());
        assertEquals(
                "residency.graduation.noteRequiredWhenUnmet",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.graduate(
                                        residency,
                                        GraduationCriterion.REVENUE,
                                        TestTime.today(),
                                        null,
                                        before.version()))
                        .messageKey());

        LocalDate today = TestTime.today();
        service.graduate(residency, GraduationCriterion.INVESTMENT, today, null, before.version());
        ResidencyDetail after = queries.detail(residency);
        assertEquals(ResidencyStatus.GRADUATED, after.status());
        assertEquals(today.plusYears(5), after.alumniUntil());
        assertEquals(5, fixtures.reportIds(residency, "ALUMNI").size());
        assertTrue(
                after.reports().stream()
                        .noneMatch(r -> r.kind().name().equals("PERIODIC")
                                && r.periodStart().isAfter(today)),
                "no periodic report is expected after graduation");
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(
                                DomainException.class,
                                () -> service.graduate(
                                        residency, GraduationCriterion.INVESTMENT, today, null, after.version()))
                        .kind());
        assertEquals(1, people.auditEvents("RESIDENCY_GRADUATED", String.valueOf(residency), "INVESTMENT"));
    }

    @Test
    void aResidentLeavesWithoutGraduatingWithAReasonAndNoReportIsExpectedAfterwards() {
        Incubator incubator = fixtures.incubator("Exit");
        StartUp startUp = fixtures.startUp("Exit", Language.VIETNAMESE);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 1, 1));
        List<Long> reports = fixtures.reportIds(residency, "PERIODIC");
        actingAs.user(startUp.founderId());
        service.fileReport(reports.get(0), figures("400000", "0"), null);

        actingAs.user(incubator.managerId());
        long version = queries.detail(residency).version();
        LocalDate leaving = LocalDate.of(2025, 8, 15);
        assertEquals(
                DomainException.Kind.INVALID,
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.exit(residency, ExitReason.OTHER, leaving, null, version))
                        .kind(),
                "\"other\" needs an explanation");
        assertEquals(ResidencyStatus.ACTIVE, queries.detail(residency).status(), "a refused exit changes nothing");

        service.exit(residency, ExitReason.MOVED_AWAY, leaving, "Moved production to Hai Phong.", version);
        ResidencyDetail after = queries.detail(residency);
        assertEquals(ResidencyStatus.EXITED, after.status());
        assertEquals(ExitReason.MOVED_AWAY, after.exitReason());
        assertEquals(leaving, after.exitedOn());
        assertTrue(
                after.reports().stream().noneMatch(r -> r.periodStart().isAfter(leaving)),
                "no report is expected after leaving");
        assertTrue(
                after.reports().stream().anyMatch(r -> r.id() == reports.get(0) && r.submitted()),
                "the filed report stays");
        assertTrue(
                after.reports().stream()
                        .filter(r -> !r.submitted())
                        .allMatch(r -> !r.periodEnd().isAfter(leaving)),
                "the last open period ends on the day the resident left");
        assertEquals(1, people.auditEvents("RESIDENCY_EXITED", String.valueOf(residency), "MOVED_AWAY"));
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(
                                DomainException.class,
                                () -> service.exit(residency, ExitReason.MOVED_AWAY, leaving, null, version))
                        .kind(),
                "a stale form is refused");
    }

    @Test
    void remindersGoOutOnceBeforeTheDueDateAndOverdueReportsAreFlaggedToStartUpAndManager() {
        Incubator incubator = fixtures.incubator("Remind");
        StartUp startUp = fixtures.startUp("Remind", Language.THAI);
        LocalDate today = TestTime.today();
        // Eight months back: the first two periods have ended whatever today is, so any due date from today-2 is valid.
        long residency = fixtures.residency(incubator, startUp, today.minusMonths(8));
        List<Long> reports = fixtures.reportIds(residency, "PERIODIC");
        fixtures.due(reports.get(0), today.minusDays(2));
        fixtures.due(reports.get(1), today.plusDays(3));

        reminders.run();
        long toFounder = fixtures.mailsWithSubjectLike(startUp.founderEmail(), "");
        long toManager = fixtures.mailsWithSubjectLike(incubator.managerEmail(), startUp.name());
        assertTrue(toFounder >= 3, "started, reminder and overdue mails to the founder: " + toFounder);
        assertTrue(toManager >= 1, "the manager hears of the overdue report");
        assertTrue(
                fixtures.mailsWithSubjectLike(startUp.founderEmail(), "รายงาน") >= 2,
                "the founder's mails are in Thai");

        reminders.run();
        assertEquals(toFounder, fixtures.mailsWithSubjectLike(startUp.founderEmail(), ""), "each reminder goes once");
    }

    @Test
    void managersAreWarnedOnceWhenTheMaximumPeriodEndsWithinSixMonths() {
        Incubator incubator = fixtures.incubator("Ending");
        StartUp ending = fixtures.startUp("Ending", Language.ENGLISH);
        StartUp young = fixtures.startUp("Young", Language.ENGLISH);
        long residency = fixtures.residency(incubator, ending, TestTime.today().minusMonths(44));
        fixtures.residency(incubator, young, TestTime.today().minusMonths(6));

        reminders.run();
        reminders.run();
        assertEquals(
                1,
                fixtures.mailsWithSubjectLike(incubator.managerEmail(), "Maximum period ends soon: " + ending.name()));
        assertEquals(
                0,
                fixtures.mailsWithSubjectLike(incubator.managerEmail(), "Maximum period ends soon: " + young.name()));

        actingAs.user(incubator.managerId());
        assertTrue(queries.detail(residency).nearingMaximum());
        assertEquals(
                List.of(residency),
                dashboards.dashboard(incubator.id()).nearingEnd().stream()
                        .map(IncubatorDashboard.NearingEnd::residencyId)
                        .toList());
    }

    /** A run does not stop at its first batch: every resident nearing the end is warned in the same run, once. */
    @Test
    void oneRunWarnsAboutEveryResidentNearingTheEndBeyondOneBatch() {
        int residents = 2 * ResidencyReminderBatch.BATCH + 5;
        Incubator incubator = fixtures.endingIncubator("Crowd", residents, TestTime.today());

        reminders.run();
        assertEquals(
                residents,
                fixtures.endWarningsSent(incubator.id()),
                "every resident of the incubator is warned in one run");
        assertEquals(residents, fixtures.mailsWithSubjectLike(incubator.managerEmail(), "Maximum period ends soon"));
        reminders.run();
        assertEquals(
                residents,
                fixtures.mailsWithSubjectLike(incubator.managerEmail(), "Maximum period ends soon"),
                "once each");
    }

    @Test
    void aChangedMaximumPeriodReschedulesTheExpectedReportsButNeverDropsAFiledOne() {
        Incubator incubator = fixtures.incubator("Arrange");
        StartUp startUp = fixtures.startUp("Arrange", Language.ENGLISH);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 1, 1));
        actingAs.user(startUp.founderId());
        service.fileReport(fixtures.reportIds(residency, "PERIODIC").get(1), figures("5000", "0"), null);

        actingAs.user(incubator.managerId());
        org.greenhub.incubation.residency.domain.Residency.Terms terms =
                new org.greenhub.incubation.residency.domain.Residency.Terms(
                        org.greenhub.incubation.residency.domain.SpaceKind.OFFICE,
                        new BigDecimal("35"),
                        4,
                        "A-101",
                        "Dr. Li",
                        java.util.Set.of());
        service.arrange(residency, terms, 60, queries.detail(residency).version());
        assertEquals(20, fixtures.reportIds(residency, "PERIODIC").size());
        assertEquals("Dr. Li", queries.detail(residency).mentorName());

        assertEquals(
                "residency.reportsAfterEnd",
                refused(
                                DomainException.Kind.INVALID,
                                () -> service.arrange(
                                        residency,
                                        terms,
                                        4,
                                        queries.detail(residency).version()))
                        .messageKey());
        assertEquals(20, fixtures.reportIds(residency, "PERIODIC").size(), "a refused change keeps the schedule");

        service.arrange(residency, terms, 6, queries.detail(residency).version());
        List<Long> left = fixtures.reportIds(residency, "PERIODIC");
        assertEquals(2, left.size());
        assertEquals("SUBMITTED", fixtures.reportStatus(left.get(1)));
        assertEquals(
                "residency.changedMeanwhile",
                refused(DomainException.Kind.CONFLICT, () -> service.arrange(residency, terms, 12, 0))
                        .messageKey());
    }

    @Test
    void theAnnualStatisticsWorkbookHasTheNationalFields() throws Exception {
        Incubator incubator = fixtures.incubator("Stats");
        StartUp startUp = fixtures.startUp("Stats", Language.ENGLISH);
        long residency = fixtures.residency(incubator, startUp, LocalDate.of(2025, 1, 1));
        fixtures.fileAllPast(List.of(residency));

        actingAs.user(incubator.managerId());
        StatisticsExport.Download download = export.annual(incubator.id(), 2025);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.content()))) {
            Sheet summary = workbook.getSheetAt(0);
            assertEquals("Incubator type", summary.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1.0, summary.getRow(6).getCell(1).getNumericCellValue(), "one incubatee");
            assertTrue(summary.getRow(8).getCell(1).getNumericCellValue() > 0, "revenue of the year");
            Sheet incubatees = workbook.getSheetAt(1);
            assertEquals(startUp.name(), incubatees.getRow(1).getCell(0).getStringCellValue());
            assertEquals(4.0, incubatees.getRow(1).getCell(14).getNumericCellValue(), "four quarterly reports in 2025");
        }
        assertEquals(
                "residency.statistics.yearRange",
                refused(DomainException.Kind.INVALID, () -> export.annual(incubator.id(), 1999))
                        .messageKey());
    }
}
