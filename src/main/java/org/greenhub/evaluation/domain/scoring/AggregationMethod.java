package org.greenhub.evaluation.domain.scoring;

/** How the judges' totals for one entry become the entry's score (definitions in docs/scoring.md). */
public enum AggregationMethod {
    /** Mean of the judges' totals. */
    MEAN,
    /** Median of the judges' totals; the mean of the two middle ones when their number is even. */
    MEDIAN,
    /** Mean after dropping the {@code trim} highest and lowest totals; the plain mean when too few judges. */
    TRIMMED_MEAN,
    /** Each judge's totals standardised against that judge's own mean and spread, then put back on the round's scale. */
    ZSCORE
}
