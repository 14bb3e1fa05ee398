package org.greenhub.evaluation.domain.scoring;

import org.greenhub.platform.error.DomainException;

/** One rubric criterion as the scoring needs it: its code, its weight and its scale from {@code min} to {@code max}. */
public record Criterion(String code, double weight, double min, double max) {

    /** The largest weight or scale bound accepted (documented in docs/scoring.md). */
    public static final double MAX_MAGNITUDE = 1_000_000_000d;

    public Criterion {
        if (code == null || code.isBlank()) {
            throw DomainException.invalid("criteria", "evaluation.calculator.required", "criteria.code");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw DomainException.invalid(
                    "criteria", "evaluation.calculator.weightNotPositive", code, Numbers.plain(weight));
        }
        // Written so that NaN fails too; an infinite scale would turn every total into NaN.
        if (!(min < max) || Double.isInfinite(min) || Double.isInfinite(max)) {
            throw DomainException.invalid(
                    "criteria", "evaluation.calculator.invalidRange", code, Numbers.plain(min), Numbers.plain(max));
        }
        // Beyond these the arithmetic of totals overflows or loses every digit that matters.
        if (weight > MAX_MAGNITUDE || Math.abs(min) > MAX_MAGNITUDE || Math.abs(max) > MAX_MAGNITUDE) {
            throw DomainException.invalid(
                    "criteria", "evaluation.calculator.tooLarge", code, Numbers.plain(MAX_MAGNITUDE));
        }
    }

    public boolean accepts(double value) {
        return value >= min && value <= max;
    }

    /** Where the value sits on the scale, from 0 (min) to 1 (max). */
    double normalised(double value) {
        return (value - min) / (max - min);
    }
}
