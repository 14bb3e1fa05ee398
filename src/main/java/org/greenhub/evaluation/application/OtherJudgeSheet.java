package org.greenhub.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * Another judge's submitted sheet on an entry (values, and comments per criterion code and overall), shown to a judge
 * only when the round's visibility allows.
 */
public record OtherJudgeSheet(
        String judgeName,
        Map<String, BigDecimal> values,
        Map<String, String> comments,
        String overallComment,
        Instant submittedAt) {

    public OtherJudgeSheet {
        values = Map.copyOf(values);
        comments = Map.copyOf(comments);
    }
}
