package org.greenhub.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/** Another judge's submitted values for an entry, shown to a judge only when the round's visibility allows. */
public record OtherJudgeSheet(String judgeName, Map<String, BigDecimal> values, Instant submittedAt) {

    public OtherJudgeSheet {
        values = Map.copyOf(values);
    }
}
