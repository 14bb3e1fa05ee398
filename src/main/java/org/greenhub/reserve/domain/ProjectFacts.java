package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Set;
import org.greenhub.platform.error.DomainException;

/**
 * What a declaration states that screening reads: its category, its zone (a zone code, or {@code null} when the
 * project lies outside any zone GreenHub keeps), the total investment and the financing sought (yuan), the expected
 * yearly benefits and the kinds of evidence attached. The values' own rules (amounts positive, financing not above
 * the investment, at least one benefit estimated) are refused here, beside their field; the call's rules are
 * {@link Screening}'s.
 */
public record ProjectFacts(
        GreenCategory category,
        String zoneCode,
        BigDecimal totalInvestmentYuan,
        BigDecimal financingSoughtYuan,
        Benefits expected,
        Set<EvidenceKind> evidence)
        implements Serializable {

    public ProjectFacts {
        if (category == null) {
            throw DomainException.invalid("category", "reserve.project.categoryRequired");
        }
        if (totalInvestmentYuan == null || totalInvestmentYuan.signum() <= 0) {
            throw DomainException.invalid("totalInvestment", "reserve.project.investmentPositive");
        }
        if (financingSoughtYuan == null || financingSoughtYuan.signum() <= 0) {
            throw DomainException.invalid("financingSought", "reserve.project.financingPositive");
        }
        if (financingSoughtYuan.compareTo(totalInvestmentYuan) > 0) {
            throw DomainException.invalid("financingSought", "reserve.project.financingAboveInvestment");
        }
        if (expected == null || !expected.anyGiven()) {
            throw DomainException.invalid("expected", "reserve.project.benefitRequired");
        }
        evidence = evidence == null ? Set.of() : Set.copyOf(evidence);
    }
}
