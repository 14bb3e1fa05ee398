package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Screens a declaration against its call before any reviewer reads it, and says why, item by item: a project in an
 * activity on the restricted-entry list is refused with that entry named; a category or zone the call does not take,
 * or a required piece of evidence missing, is refused; an expected benefit above the call's ceiling per 10,000 yuan
 * invested is flagged for the reviewers (not refused). Every reason is found at once, so an owner fixes all of them
 * in one pass. Stateless and knowing no persistence: the use case reads the restricted list and the call and stores
 * the result.
 */
public final class Screening {

    /** Ratios shown to reviewers are rounded to 4 significant digits: enough to compare with a ceiling. */
    private static final MathContext SHOWN = new MathContext(4, RoundingMode.HALF_UP);

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Screening() {}

    /** The restricted-entry list's entry a project's activity matched: its code and its name in the reader's language. */
    public record RestrictedMatch(String code, String name) implements Serializable {}

    /**
     * One reason, as a bundle key (in {@code i18n/reserve*.properties}), the field it concerns and the values its sentence
     * needs (names and numbers only: a kind of evidence or a figure has its own key, so each language words it whole).
     */
    public record Finding(String messageKey, String field, List<Object> arguments) implements Serializable {
        public Finding {
            arguments = List.copyOf(arguments);
        }
    }

    /** Refusals stop the declaration; flags go to the reviewers with it. */
    public record Result(List<Finding> refusals, List<Finding> flags) implements Serializable {
        public Result {
            refusals = List.copyOf(refusals);
            flags = List.copyOf(flags);
        }

        public boolean passes() {
            return refusals.isEmpty();
        }
    }

    /** Screens a project whose zone is not a zone record (or is not known to be one): its code is compared. */
    public static Result screen(ProjectFacts project, CallRules call, Optional<RestrictedMatch> restricted) {
        return screen(project, null, call, restricted);
    }

    /**
     * Screens a project in the zone record {@code zoneId} ({@code null}: no record); a call's zones are compared by
     * their records' ids, so a zone's code or name changing does not change what the call takes.
     */
    public static Result screen(
            ProjectFacts project, Long zoneId, CallRules call, Optional<RestrictedMatch> restricted) {
        List<Finding> refusals = new ArrayList<>();
        List<Finding> flags = new ArrayList<>();
        restricted.ifPresent(entry -> refusals.add(
                new Finding("reserve.screening.restricted", "category", List.of(entry.code(), entry.name()))));
        if (!call.takes(project.category())) {
            refusals.add(new Finding("reserve.screening.categoryNotInCall", "category", List.of()));
        }
        if (!call.takesZone(zoneId, project.zoneCode())) {
            refusals.add(new Finding("reserve.screening.zoneNotInCall", "zone", List.of()));
        }
        for (EvidenceKind required : EvidenceKind.values()) {
            if (call.requiredEvidence().contains(required)
                    && !project.evidence().contains(required)) {
                refusals.add(new Finding("reserve.screening.evidenceMissing." + required, "evidence", List.of()));
            }
        }
        BigDecimal tensOfThousands = project.totalInvestmentYuan().divide(TEN_THOUSAND);
        for (Benefits.Figure figure : Benefits.Figure.values()) {
            BigDecimal ceiling = call.ceilingsPer10kYuan().get(figure);
            BigDecimal value = project.expected().get(figure);
            if (ceiling == null || value == null) {
                continue;
            }
            BigDecimal perTenThousand = value.divide(tensOfThousands, MathContext.DECIMAL64);
            if (perTenThousand.compareTo(ceiling) > 0) {
                flags.add(new Finding(
                        "reserve.screening.benefitAboveCeiling." + figure,
                        "expected." + figure.field(),
                        List.of(perTenThousand.round(SHOWN), ceiling)));
            }
        }
        return new Result(refusals, flags);
    }
}
