package org.greenhub.incubation.residency.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.greenhub.incubation.residency.domain.GraduationRules.Check;
import org.greenhub.incubation.residency.domain.GraduationRules.Figures;
import org.junit.jupiter.api.Test;

class GraduationRulesTest {

    private static List<Figures> quarters(LocalDate first, int count, String revenueEach, String investmentEach) {
        List<Figures> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate start = first.plusMonths(3L * i);
            list.add(new Figures(
                    start,
                    start.plusMonths(3).minusDays(1),
                    new BigDecimal(revenueEach),
                    new BigDecimal(investmentEach),
                    false,
                    false));
        }
        return list;
    }

    private static Check check(List<Check> checks, GraduationCriterion criterion) {
        return checks.stream()
                .filter(c -> c.criterion() == criterion)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void revenueCountsTheBestTwoYearWindowAndMustBeAboveTheThreshold() {
        ResidencyPolicy policy = ResidencyPolicy.defaults(1);
        // 12 quarters of 1.25 million: any 8 consecutive quarters make exactly 10 million, which is not "above".
        List<Check> exactly =
                GraduationRules.evaluate(policy, quarters(LocalDate.of(2023, 1, 1), 12, "1250000", "0"), Map.of());
        assertEquals(
                0,
                new BigDecimal("10000000")
                        .compareTo(check(exactly, GraduationCriterion.REVENUE).value()));
        assertFalse(check(exactly, GraduationCriterion.REVENUE).met());
        List<Figures> reports = quarters(LocalDate.of(2023, 1, 1), 12, "1250000", "0");
        reports.set(
                11,
                new Figures(
                        reports.get(11).periodStart(),
                        reports.get(11).periodEnd(),
                        new BigDecimal("1250001"),
                        BigDecimal.ZERO,
                        false,
                        false));
        assertTrue(check(GraduationRules.evaluate(policy, reports, Map.of()), GraduationCriterion.REVENUE)
                .met());
    }

    @Test
    void revenueSpreadOverMoreThanTwoYearsDoesNotCount() {
        // 3 million a year for 4 years: 12 million in total, but only 6 million in any two years.
        List<Check> checks = GraduationRules.evaluate(
                ResidencyPolicy.defaults(1), quarters(LocalDate.of(2022, 1, 1), 16, "750000", "0"), Map.of());
        assertEquals(
                0,
                new BigDecimal("6000000")
                        .compareTo(check(checks, GraduationCriterion.REVENUE).value()));
        assertFalse(GraduationRules.anyMet(checks));
    }

    @Test
    void investmentIsCumulativeOverAllReports() {
        List<Check> checks = GraduationRules.evaluate(
                ResidencyPolicy.defaults(1),
                quarters(LocalDate.of(2022, 1, 1), 6, "0", "1000000"),
                Map.of(GraduationCriterion.INVESTMENT, 2));
        Check investment = check(checks, GraduationCriterion.INVESTMENT);
        assertTrue(investment.met());
        assertEquals(0, new BigDecimal("6000000").compareTo(investment.value()));
        assertEquals(2, investment.evidenceFiles());
    }

    @Test
    void highTechAndAcquiredAreMetWhenAnyReportSaysSoAndDisabledCriteriaAreLeftOut() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        List<Figures> reports = List.of(
                new Figures(start, start.plusMonths(3).minusDays(1), BigDecimal.ZERO, BigDecimal.ZERO, true, false));
        ResidencyPolicy policy = ResidencyPolicy.defaults(1);
        assertTrue(check(GraduationRules.evaluate(policy, reports, Map.of()), GraduationCriterion.HIGH_TECH_ENTERPRISE)
                .met());
        assertFalse(check(GraduationRules.evaluate(policy, reports, Map.of()), GraduationCriterion.ACQUIRED_OR_LISTED)
                .met());

        ResidencyPolicy.Settings s = policy.settings();
        policy.change(new ResidencyPolicy.Settings(
                s.standardMonths(),
                s.extendedMonths(),
                s.extendedSectors(),
                s.frequency(),
                false,
                s.investment(),
                s.investmentThreshold(),
                s.revenue(),
                s.revenueThreshold(),
                s.revenueWindowMonths(),
                s.acquiredListed()));
        List<Check> withoutHighTech = GraduationRules.evaluate(policy, reports, Map.of());
        assertEquals(3, withoutHighTech.size());
        assertFalse(GraduationRules.anyMet(withoutHighTech));
    }
}
