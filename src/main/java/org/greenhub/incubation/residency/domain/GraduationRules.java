package org.greenhub.incubation.residency.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which graduation criteria a resident's submitted reports meet. Investment is the sum over all reports; revenue is
 * the best sum over any window of the policy's length (24 months by default) made of whole reported periods;
 * "recognised as a high-tech enterprise" and "acquired or listed" are met when any report says so. Each check also
 * says whether evidence is attached for it; the manager decides.
 */
public final class GraduationRules {

    private GraduationRules() {}

    /** One submitted report as the rules need it. */
    public record Figures(
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal revenue,
            BigDecimal investment,
            boolean highTech,
            boolean acquiredOrListed) {}

    public record Check(
            GraduationCriterion criterion, boolean met, BigDecimal value, BigDecimal threshold, int evidenceFiles)
            implements Serializable {
        public boolean hasThreshold() {
            return threshold != null;
        }
    }

    /** The checks of the criteria the policy enables, in the order of {@link GraduationCriterion}. */
    public static List<Check> evaluate(
            ResidencyPolicy policy, List<Figures> reports, Map<GraduationCriterion, Integer> evidence) {
        List<Check> checks = new ArrayList<>();
        for (GraduationCriterion criterion : GraduationCriterion.values()) {
            if (!policy.enabled(criterion)) {
                continue;
            }
            int files = evidence.getOrDefault(criterion, 0);
            checks.add(
                    switch (criterion) {
                        case HIGH_TECH_ENTERPRISE ->
                            new Check(criterion, reports.stream().anyMatch(Figures::highTech), null, null, files);
                        case ACQUIRED_OR_LISTED ->
                            new Check(
                                    criterion, reports.stream().anyMatch(Figures::acquiredOrListed), null, null, files);
                        case INVESTMENT -> {
                            BigDecimal total = reports.stream()
                                    .map(Figures::investment)
                                    .filter(v -> v != null)
                                    .reduce(BigDecimal.ZERO, BigDecimal::add);
                            yield new Check(
                                    criterion,
                                    total.compareTo(policy.getInvestmentThreshold()) > 0,
                                    total,
                                    policy.getInvestmentThreshold(),
                                    files);
                        }
                        case REVENUE -> {
                            BigDecimal best = bestRevenueWindow(reports, policy.getRevenueWindowMonths());
                            yield new Check(
                                    criterion,
                                    best.compareTo(policy.getRevenueThreshold()) > 0,
                                    best,
                                    policy.getRevenueThreshold(),
                                    files);
                        }
                    });
        }
        return checks;
    }

    /** The largest revenue reported by periods lying wholly within some window of {@code months} months. */
    static BigDecimal bestRevenueWindow(List<Figures> reports, int months) {
        BigDecimal best = BigDecimal.ZERO;
        for (Figures last : reports) {
            LocalDate windowEnd = last.periodEnd();
            LocalDate windowStart = windowEnd.minusMonths(months).plusDays(1);
            BigDecimal sum = reports.stream()
                    .filter(r -> r.revenue() != null
                            && !r.periodStart().isBefore(windowStart)
                            && !r.periodEnd().isAfter(windowEnd))
                    .map(Figures::revenue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(best) > 0) {
                best = sum;
            }
        }
        return best;
    }

    public static boolean anyMet(List<Check> checks) {
        return checks.stream().anyMatch(Check::met);
    }
}
