package org.greenhub.evaluation.application;

import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.SheetValue;

import java.time.Instant;
import java.util.Map;

/**
 * A judge's own sheet as the scoring form shows it; {@code version} is null until the first draft is saved.
 * The applicant organisation is deliberately absent, and so is the title in a blind round: blind rounds must not leak
 * who applied through this view.
 */
public record JudgeSheet(long roundId, long subjectId, String reference, String title, ScoreSheet.Status status,
                         Map<String, SheetValue> values, String overallComment, Instant submittedAt, Long version) {

    public JudgeSheet {
        values = Map.copyOf(values);
    }
}
