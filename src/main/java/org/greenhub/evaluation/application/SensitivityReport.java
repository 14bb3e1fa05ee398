package org.greenhub.evaluation.application;

import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;

/**
 * How much the outcome depends on the aggregation method: each entry's rank, score and advancement under every
 * method, side by side, and whether its advancement would differ from the one under the declared method.
 */
public record SensitivityReport(long roundId, AggregationMethod declared, List<Line> lines) {

    public record Place(int rank, double score, AdvancementSelection.Outcome outcome) {}

    public record Line(
            String reference, String scope, Map<AggregationMethod, Place> places, boolean advancementChanges) {
        public Line {
            places = Map.copyOf(places);
        }
    }

    public SensitivityReport {
        lines = List.copyOf(lines);
    }
}
