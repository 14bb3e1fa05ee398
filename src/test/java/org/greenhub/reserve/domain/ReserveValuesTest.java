package org.greenhub.reserve.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

/** The values a declaration and a call are made of refuse what no reviewer should have to read, beside the field. */
class ReserveValuesTest {

    private static final Benefits SOME = new Benefits(null, new BigDecimal("10"), null, null);

    private static DomainException refused(Runnable creation) {
        return assertThrows(DomainException.class, creation::run);
    }

    @Test
    void financingSoughtAboveTheTotalInvestmentIsRefused() {
        DomainException refusal = refused(() -> new ProjectFacts(
                GreenCategory.CLEAN_ENERGY, null, new BigDecimal("100"), new BigDecimal("101"), SOME, Set.of()));

        assertEquals("financingSought", refusal.field());
        assertEquals("reserve.project.financingAboveInvestment", refusal.messageKey());
    }

    @Test
    void amountsMustBeAboveZeroAndAtLeastOneBenefitEstimated() {
        assertEquals(
                "totalInvestment",
                refused(() -> new ProjectFacts(
                                GreenCategory.CLEAN_ENERGY, null, BigDecimal.ZERO, BigDecimal.ONE, SOME, Set.of()))
                        .field());
        assertEquals(
                "financingSought",
                refused(() -> new ProjectFacts(
                                GreenCategory.CLEAN_ENERGY, null, BigDecimal.TEN, new BigDecimal("-1"), SOME, Set.of()))
                        .field());
        assertEquals(
                "expected",
                refused(() -> new ProjectFacts(
                                GreenCategory.CLEAN_ENERGY,
                                null,
                                BigDecimal.TEN,
                                BigDecimal.ONE,
                                Benefits.NONE,
                                Set.of()))
                        .field());
        assertEquals(
                "category",
                refused(() -> new ProjectFacts(null, null, BigDecimal.TEN, BigDecimal.ONE, SOME, Set.of()))
                        .field());
    }

    @Test
    void aNegativeBenefitIsRefusedNamingItsFigure() {
        DomainException refusal = refused(() -> new Benefits(null, null, new BigDecimal("-0.5"), null));

        assertEquals("waterSavedM3", refusal.field());
        assertEquals("reserve.benefits.negative", refusal.messageKey());
    }

    @Test
    void aCeilingOfZeroIsRefused() {
        DomainException refusal = refused(
                () -> new CallRules(null, null, null, Map.of(Benefits.Figure.ENERGY_SAVED_TCE, BigDecimal.ZERO)));

        assertEquals("ceiling.energySavedTce", refusal.field());
    }

    @Test
    void aScoreTakesTheGradeOfTheHighestBandItReaches() {
        GradeBands bands = new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60"));

        assertEquals(Optional.of(Grade.A), bands.gradeFor(new BigDecimal("85")));
        assertEquals(Optional.of(Grade.B), bands.gradeFor(new BigDecimal("84.99")));
        assertEquals(Optional.of(Grade.B), bands.gradeFor(new BigDecimal("70")));
        assertEquals(Optional.of(Grade.C), bands.gradeFor(new BigDecimal("60")));
        assertEquals(Optional.empty(), bands.gradeFor(new BigDecimal("59.999")));
    }

    @Test
    void bandsOutOfOrderAreRefusedNamingTheBandToRaise() {
        assertEquals(
                "minimumA",
                refused(() -> new GradeBands(new BigDecimal("70"), new BigDecimal("70"), new BigDecimal("60")))
                        .field());
        assertEquals(
                "minimumB",
                refused(() -> new GradeBands(new BigDecimal("90"), new BigDecimal("50"), new BigDecimal("60")))
                        .field());
        assertEquals(
                "minimumC",
                refused(() -> new GradeBands(new BigDecimal("90"), new BigDecimal("50"), new BigDecimal("-1")))
                        .field());
    }

    @Test
    void aListingHoldsTwoYearsByDefaultAndResultsAreReportedThreeYearsPast() {
        LocalDate decided = LocalDate.of(2026, 3, 15);

        assertEquals(Period.of(decided, LocalDate.of(2028, 3, 14)), ListingTerm.DEFAULT.validityFrom(decided));
        assertEquals(2026, ListingTerm.DEFAULT.firstResultYear(decided));
        assertEquals(2031, ListingTerm.DEFAULT.lastResultYear(decided));
    }

    @Test
    void aListingDecidedOnALeapDayLastsFullYears() {
        assertEquals(
                LocalDate.of(2025, 2, 28),
                new ListingTerm(1).validityFrom(LocalDate.of(2024, 2, 29)).until());
        assertEquals(
                LocalDate.of(2025, 2, 28),
                new ListingTerm(1).validityFrom(LocalDate.of(2024, 3, 1)).until());
    }

    @Test
    void aValidityOutsideOneToTenYearsIsRefused() {
        assertEquals("validityYears", refused(() -> new ListingTerm(0)).field());
        assertEquals("validityYears", refused(() -> new ListingTerm(11)).field());
    }
}
