package org.greenhub.incubation.residency.domain;

import java.util.Optional;

/** What an evidence file shows; four of them support a graduation criterion. */
public enum EvidencePurpose {
    GENERAL(null),
    FINANCIAL_STATEMENT(GraduationCriterion.REVENUE),
    HIGH_TECH_CERTIFICATE(GraduationCriterion.HIGH_TECH_ENTERPRISE),
    INVESTMENT_AGREEMENT(GraduationCriterion.INVESTMENT),
    ACQUISITION_OR_LISTING(GraduationCriterion.ACQUIRED_OR_LISTED);

    private final GraduationCriterion supports;

    EvidencePurpose(GraduationCriterion supports) {
        this.supports = supports;
    }

    public Optional<GraduationCriterion> supports() {
        return Optional.ofNullable(supports);
    }

    public String messageKey() {
        return "residency.evidence.purpose." + name();
    }
}
