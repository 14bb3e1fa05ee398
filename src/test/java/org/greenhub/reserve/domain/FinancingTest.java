package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Financing a listed project in parts, and its yearly results: what a reserve manager or an owner is refused, and
 * when a year is due and overdue.
 */
class FinancingTest {

    private static final LocalDate LISTED = LocalDate.of(2024, 6, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 15);
    private static final Instant NOW = Instant.parse("2026-04-15T03:00:00Z");

    private static ReserveProject listed() {
        ReserveProject project = ReserveProject.draft(
                7L,
                3L,
                new ReserveProject.Declaration(
                        "Solar roofs",
                        "Rooftop solar on 12 factory halls.",
                        GreenCategory.CLEAN_ENERGY,
                        "SIP",
                        null,
                        ProjectStage.CONSTRUCTION,
                        new BigDecimal("20000000"),
                        new BigDecimal("12000000"),
                        Set.of(FinancingInstrument.GREEN_LOAN, FinancingInstrument.GUIDANCE_FUND),
                        new Benefits(new BigDecimal("560"), new BigDecimal("3900"), null, null),
                        null,
                        true),
                NOW.minusSeconds(86400 * 800L));
        CallRules rules = new CallRules(Set.of(), Set.of(), Set.of(), Map.of());
        project.submit(Screening.screen(project.facts(), rules, Optional.empty()), NOW.minusSeconds(86400 * 700L));
        project.startReview();
        project.list(Grade.B, ListingTerm.DEFAULT, LISTED, null);
        return project;
    }

    private static Financing.Part part(String amount, String reason) {
        return new Financing.Part(
                FinancingInstrument.GREEN_LOAN, new BigDecimal(amount), LocalDate.of(2025, 1, 10), 42L, reason);
    }

    private static Financing record(ReserveProject project, List<Financing> earlier, Financing.Part part) {
        return Financing.record(project, earlier, part, 9L, 5L, TODAY, NOW);
    }

    private static void assertRefused(String field, String key, Executable action) {
        DomainException refusal = assertThrows(DomainException.class, action);
        assertEquals(key, refusal.messageKey());
        assertEquals(field, refusal.field());
    }

    @Test
    void aProjectIsFinancedInPartsUpToWhatItSeeksAndBeyondOnlyWithAReason() {
        ReserveProject project = listed();
        Financing loan = record(project, List.of(), part("5000000", null));
        Financing fund = record(project, List.of(loan), part("7000000", null));
        assertEquals(0, new BigDecimal("12000000").compareTo(Financing.raised(List.of(loan, fund))));

        assertRefused(
                "amount",
                "reserve.financing.aboveSought",
                () -> record(project, List.of(loan, fund), part("0.01", null)));
        Financing topUp = record(project, List.of(loan, fund), part("1000000", "The bank added a storage tranche."));
        assertEquals("The bank added a storage tranche.", topUp.getAboveSoughtReason());
    }

    @Test
    void aPartNeedsAPositiveAmountAPastDayAfterTheListingAFunderAndAListedProject() {
        ReserveProject project = listed();
        assertRefused("amount", "reserve.financing.amountPositive", () -> record(project, List.of(), part("0", null)));
        assertRefused(
                "instrument",
                "reserve.financing.instrumentRequired",
                () -> record(project, List.of(), new Financing.Part(null, BigDecimal.TEN, TODAY, 42L, null)));
        assertRefused(
                "financedOn",
                "reserve.financing.dateInFuture",
                () -> record(
                        project,
                        List.of(),
                        new Financing.Part(FinancingInstrument.EQUITY, BigDecimal.TEN, TODAY.plusDays(1), 42L, null)));
        assertRefused(
                "financedOn",
                "reserve.financing.dateBeforeListing",
                () -> record(
                        project,
                        List.of(),
                        new Financing.Part(
                                FinancingInstrument.EQUITY, BigDecimal.TEN, LISTED.minusDays(1), 42L, null)));
        assertRefused(
                "funder",
                "reserve.financing.funderRequired",
                () -> record(
                        project,
                        List.of(),
                        new Financing.Part(FinancingInstrument.EQUITY, BigDecimal.TEN, LISTED, null, null)));

        project.lapseIfEnded(LISTED.plusYears(3));
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> record(project, List.of(), part("10", null)))
                        .kind(),
                "a lapsed listing takes no new financing");
    }

    @Test
    void resultsAreReportedForTheValidityAndThreeYearsMoreOnceAYearIsOverAndOnlyOnce() {
        ReserveProject project = listed();
        ResultSchedule schedule = ResultSchedule.of(ListingTerm.DEFAULT, LISTED);
        // listed 30 June 2024 for two years (to 29 June 2026): 2024 to 2026, and three more
        assertEquals(List.of(2024, 2025, 2026, 2027, 2028, 2029), schedule.years());
        Benefits figures = new Benefits(new BigDecimal("540"), null, null, null);

        ProjectResult first = ProjectResult.report(project, schedule, true, Set.of(), 2025, figures, 5L, TODAY, NOW);
        assertEquals(2025, first.getYear());
        assertRefused(
                "year",
                "reserve.results.duplicateYear",
                () -> ProjectResult.report(project, schedule, true, Set.of(2025), 2025, figures, 5L, TODAY, NOW));
        assertRefused(
                "year",
                "reserve.results.yearOutside",
                () -> ProjectResult.report(project, schedule, true, Set.of(), 2023, figures, 5L, TODAY, NOW));
        assertRefused(
                "year",
                "reserve.results.yearNotOver",
                () -> ProjectResult.report(project, schedule, true, Set.of(), 2026, figures, 5L, TODAY, NOW));
        assertRefused(
                "energySavedTce",
                "reserve.results.figureRequired",
                () -> ProjectResult.report(project, schedule, true, Set.of(), 2024, Benefits.NONE, 5L, TODAY, NOW));
        assertRefused(
                "co2AvoidedT",
                "reserve.results.negative",
                () -> ProjectResult.realised(null, new BigDecimal("-1"), null, null));
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(
                                DomainException.class,
                                () -> ProjectResult.report(
                                        project, schedule, false, Set.of(), 2024, figures, 5L, TODAY, NOW))
                        .kind(),
                "a project not financed has nothing to report");
    }

    @Test
    void aYearIsDueBy31MarchNextYearRemindedThirtyDaysBeforeAndOverdueAfter() {
        ResultSchedule schedule = ResultSchedule.of(ListingTerm.DEFAULT, LISTED);
        assertEquals(LocalDate.of(2025, 3, 31), ResultSchedule.dueOn(2024));
        assertEquals(LocalDate.of(2025, 3, 1), ResultSchedule.remindOn(2024));
        assertFalse(schedule.overdue(2024, false, LocalDate.of(2025, 3, 31)), "the due day itself is in time");
        assertTrue(schedule.overdue(2024, false, LocalDate.of(2025, 4, 1)));
        assertFalse(schedule.overdue(2024, true, LocalDate.of(2025, 4, 1)), "a reported year is not overdue");
        assertFalse(schedule.overdue(2030, false, LocalDate.of(2032, 1, 1)), "past the schedule nothing is due");
    }
}
