package org.greenhub.evaluation.domain.scoring;

import java.util.Objects;
import org.greenhub.platform.error.DomainException;

/**
 * The declared aggregation rule: the method, how many totals {@link AggregationMethod#TRIMMED_MEAN} drops at each
 * end, and the gap (in points of 0-100) beyond which a judge's total counts as an outlier.
 */
public record Method(AggregationMethod type, int trim, double outlierGap) {

    public static final int DEFAULT_TRIM = 1;
    public static final double DEFAULT_OUTLIER_GAP = 25;

    public Method {
        Objects.requireNonNull(type, "type");
        if (trim < 0) {
            throw DomainException.invalid("method.trim", "evaluation.calculator.trimNegative", Integer.toString(trim));
        }
        if (!(outlierGap >= 0) || Double.isInfinite(outlierGap)) {
            throw DomainException.invalid(
                    "method.outlierGap", "evaluation.calculator.outlierGapNegative", Numbers.plain(outlierGap));
        }
    }

    /** The method with the default trim and outlier gap. */
    public static Method of(AggregationMethod type) {
        return new Method(type, DEFAULT_TRIM, DEFAULT_OUTLIER_GAP);
    }

    /** The same trim and outlier gap under another method: what the sensitivity report compares. */
    public Method withType(AggregationMethod other) {
        return new Method(other, trim, outlierGap);
    }
}
