package org.greenhub.evaluation.domain.scoring;

import java.util.List;

/**
 * What a ranking is computed from: the criteria (their order is the order of the reported per-criterion figures),
 * the tie-break chain (criterion codes, most important first) and the scores. The aggregation {@link Method} is
 * passed separately so that one input can be ranked under every method.
 */
public record ScoringInput(List<Criterion> criteria, List<String> tieBreak, List<Score> scores) {

    public ScoringInput {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        tieBreak = tieBreak == null ? List.of() : List.copyOf(tieBreak);
        scores = scores == null ? List.of() : List.copyOf(scores);
    }
}
