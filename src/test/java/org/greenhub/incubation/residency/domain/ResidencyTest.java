package org.greenhub.incubation.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class ResidencyTest {

    private static final LocalDate START = LocalDate.of(2024, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static Residency residency(int months) {
        return new Residency(
                1,
                new Organisation(OrganisationKind.START_UP, "Test", Instant.EPOCH),
                START,
                months,
                ReportFrequency.QUARTERLY,
                ResidencyOrigin.DIRECT,
                null,
                Instant.EPOCH);
    }

    @Test
    void theMaximumPeriodIsFortyEightMonthsOrSixtyInListedSectors() {
        ResidencyPolicy policy = ResidencyPolicy.defaults(1);
        assertEquals(48, policy.maxMonthsFor("Clean energy storage"));
        assertEquals(48, policy.maxMonthsFor(null));
        assertEquals(60, policy.maxMonthsFor("Biomedicine – green pharmaceuticals"));
        assertEquals(60, policy.maxMonthsFor("INTEGRATED CIRCUITS"));
        assertEquals(60, policy.maxMonthsFor("生物医药与绿色制药"));
        assertEquals(60, policy.maxMonthsFor("Công nghệ Y sinh"));
        assertEquals(LocalDate.of(2028, 2, 29), residency(48).lastDay());
    }

    @Test
    void managersAreWarnedInTheLastSixMonths() {
        Residency r = residency(48);
        assertFalse(r.nearingMaximum(LocalDate.of(2027, 8, 31)));
        assertTrue(r.nearingMaximum(LocalDate.of(2027, 9, 1)));
        assertEquals(6, r.monthsLeft(LocalDate.of(2027, 9, 1)));
    }

    @Test
    void graduationNeedsACriterionAndADateWithinTheResidencyAndStartsFiveAlumniYears() {
        Residency r = residency(48);
        assertEquals(
                "residency.endBeforeStart",
                assertThrows(
                                DomainException.class,
                                () -> r.graduate(GraduationCriterion.INVESTMENT, START.minusDays(1), null, TODAY))
                        .messageKey());
        assertEquals(
                "residency.endInFuture",
                assertThrows(
                                DomainException.class,
                                () -> r.graduate(GraduationCriterion.INVESTMENT, TODAY.plusDays(1), null, TODAY))
                        .messageKey());
        r.graduate(GraduationCriterion.INVESTMENT, TODAY, "Series A closed", TODAY);
        assertEquals(ResidencyStatus.GRADUATED, r.getStatus());
        assertEquals(TODAY.plusYears(5), r.getAlumniUntil());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> r.exit(ExitReason.MOVED_AWAY, TODAY, null, TODAY))
                        .kind());
    }

    @Test
    void anExitNeedsAReasonAndOtherNeedsAnExplanation() {
        Residency r = residency(48);
        assertEquals(
                "residency.exit.reasonRequired",
                assertThrows(DomainException.class, () -> r.exit(null, TODAY, null, TODAY))
                        .messageKey());
        assertEquals(
                "residency.exit.noteRequired",
                assertThrows(DomainException.class, () -> r.exit(ExitReason.OTHER, TODAY, " ", TODAY))
                        .messageKey());
        r.exit(ExitReason.BUSINESS_CLOSED, TODAY, null, TODAY);
        assertEquals(ResidencyStatus.EXITED, r.getStatus());
        assertEquals(TODAY, r.endOrLastDay());
    }

    @Test
    void milestonesAreDueWithinTheResidencyAndHaveAPositiveTarget() {
        Residency r = residency(48);
        assertEquals(
                "residency.milestone.dueOutside",
                assertThrows(
                                DomainException.class,
                                () -> new Milestone(
                                        r,
                                        "Pilot customers",
                                        "customers",
                                        BigDecimal.TEN,
                                        START.minusDays(1),
                                        Instant.EPOCH))
                        .messageKey());
        assertEquals(
                "residency.milestone.targetRange",
                assertThrows(
                                DomainException.class,
                                () -> new Milestone(
                                        r,
                                        "Pilot customers",
                                        "customers",
                                        BigDecimal.ZERO,
                                        START.plusMonths(6),
                                        Instant.EPOCH))
                        .messageKey());
        Milestone m = new Milestone(
                r, "Pilot customers", "customers", new BigDecimal("3"), START.plusMonths(6), Instant.EPOCH);
        assertTrue(m.late(START.plusMonths(7)));
        m.progress(new BigDecimal("3"), START.plusMonths(5));
        assertTrue(m.reached());
    }

    @Test
    void aReportIsFiledOnceAndNotBeforeItsPeriodBegins() {
        Residency r = residency(48);
        PeriodicReport report = new PeriodicReport(
                r,
                ReportSchedule.periodic(START, r.lastDay(), ReportFrequency.QUARTERLY)
                        .get(0));
        assertEquals(
                "residency.report.periodNotStarted",
                assertThrows(
                                DomainException.class,
                                () -> report.file(
                                        ReportMetricsTest.valid(), null, 1L, Instant.EPOCH, START.minusDays(1)))
                        .messageKey());
        ReportMetrics bad = ReportMetricsTest.valid();
        bad.setRevenue(new BigDecimal("-5"));
        assertThrows(DomainException.class, () -> report.file(bad, null, 1L, Instant.EPOCH, TODAY));
        assertFalse(report.isSubmitted(), "nothing half-stored");
        assertTrue(report.overdue(TODAY));
        report.file(ReportMetricsTest.valid(), "first quarter", 1L, Instant.EPOCH, TODAY);
        assertFalse(report.overdue(TODAY));
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(
                                DomainException.class,
                                () -> report.file(ReportMetricsTest.valid(), null, 1L, Instant.EPOCH, TODAY))
                        .kind());
        report.comment("Thanks, good progress.", 2, Instant.EPOCH);
        assertEquals("Thanks, good progress.", report.getManagerComment());
    }

    /** Issue 10: a NUL in a note or comment reached PostgreSQL (500); the text rules refuse it with the field. */
    @Test
    void notesAndCommentsRefuseControlCharactersButKeepLineBreaks() {
        Residency r = residency(48);
        PeriodicReport report = new PeriodicReport(
                r,
                ReportSchedule.periodic(START, r.lastDay(), ReportFrequency.QUARTERLY)
                        .get(0));
        DomainException note = assertThrows(
                DomainException.class,
                () -> report.file(ReportMetricsTest.valid(), "first\u0000quarter", 1L, Instant.EPOCH, TODAY));
        assertEquals("note", note.field());
        assertEquals("platform.validation.forbiddenCharacters", note.messageKey());
        assertFalse(report.isSubmitted(), "nothing half-stored");
        report.file(ReportMetricsTest.valid(), "first\r\nquarter", 1L, Instant.EPOCH, TODAY);
        DomainException comment =
                assertThrows(DomainException.class, () -> report.comment("ok\u0000", 2, Instant.EPOCH));
        assertEquals("comment", comment.field());
        assertNull(report.getManagerComment());
        report.comment("Good.\n\tThanks", 2, Instant.EPOCH);
        assertEquals("Good.\n\tThanks", report.getManagerComment());
    }
}
