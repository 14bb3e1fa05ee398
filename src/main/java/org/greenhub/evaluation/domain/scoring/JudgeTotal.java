package org.greenhub.evaluation.domain.scoring;

import java.util.List;
import java.util.Map;

/**
 * One judge's total T for one entry, by the definition the engine ranks with (docs/scoring.md), for the places that
 * show a single sheet's total (exports, the judge's form): T = 100 * sum_c(w_c * (v_c - min_c) / (max_c - min_c)) / sum_c(w_c).
 */
public final class JudgeTotal {

    private JudgeTotal() {}

    /** The total, unrounded; empty when a criterion has no value (an incomplete sheet has no total). */
    public static java.util.OptionalDouble of(List<Criterion> criteria, Map<String, Double> values) {
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : criteria) {
            Double value = values.get(criterion.code());
            if (value == null) {
                return java.util.OptionalDouble.empty();
            }
            weighted += criterion.weight() * criterion.normalised(value);
            weights += criterion.weight();
        }
        return java.util.OptionalDouble.of(100 * weighted / weights);
    }

    /** Rounded half-up to 4 decimals, as every reported figure. */
    public static double reported(double value) {
        return Numbers.reported(value);
    }
}
