package org.greenhub.evaluation.domain.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The rounding rules of the scoring definitions, in one place. */
final class Numbers {

    /** Reported figures. */
    static final int REPORTED_DECIMALS = 4;
    /** Comparisons: two figures equal at 6 decimals are equal, whatever floating-point noise follows. */
    static final int COMPARED_DECIMALS = 6;

    private Numbers() {}

    /**
     * Half-up on the shortest decimal form of the double, which is what a person recomputing by hand gets
     * (2.00005 becomes 2.0001 even though the nearest double is a hair below it).
     */
    static double roundHalfUp(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    static double reported(double value) {
        return roundHalfUp(value, REPORTED_DECIMALS);
    }

    static double compared(double value) {
        return roundHalfUp(value, COMPARED_DECIMALS);
    }

    /** A number for an error message, without the grouping and 3-decimal cut of MessageFormat. */
    static String plain(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
