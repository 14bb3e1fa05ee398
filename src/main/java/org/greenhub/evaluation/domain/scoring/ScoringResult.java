package org.greenhub.evaluation.domain.scoring;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome under one method: the ranking (best first; entries sharing a rank in entry order), judge statistics
 * (in judge order), outlier scores (in entry, then judge order) and Kendall's W rounded to 4 decimals, empty when
 * not every judge scored every entry.
 */
public record ScoringResult(
        Method method,
        List<RankedEntry> results,
        List<JudgeStatistics> judges,
        List<OutlierScore> outliers,
        OptionalDouble kendallW) {

    public ScoringResult {
        results = List.copyOf(results);
        judges = List.copyOf(judges);
        outliers = List.copyOf(outliers);
    }
}
