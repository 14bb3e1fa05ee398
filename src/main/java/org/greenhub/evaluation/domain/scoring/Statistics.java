package org.greenhub.evaluation.domain.scoring;

/** Plain descriptive statistics on arrays of totals. */
final class Statistics {

    private Statistics() {}

    static double mean(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }

    static double mean(double[] values) {
        return mean(values, 0, values.length);
    }

    /** Of sorted values: the middle one, or the mean of the two middle ones. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Population standard deviation around a known mean (two passes: no cancellation from sum of squares). */
    static double populationSd(double[] values, double mean) {
        double squares = 0;
        for (double value : values) {
            double deviation = value - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / values.length);
    }
}
