package org.greenhub.evaluation.application;

import java.time.Instant;
import java.util.Map;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.SheetValue;

/**
 * A judge's own sheet as the scoring form shows it; {@code version} is null until the first draft is saved.
 * The applicant organisation is deliberately absent, and so is the title in a blind round: blind rounds must not leak
 * who applied through this view.
 */
public record JudgeSheet(
        long roundId,
        long subjectId,
        String reference,
        String title,
        ScoreSheet.Status status,
        Map<String, SheetValue> values,
        String overallComment,
        Instant submittedAt,
        Long version) {

    public JudgeSheet {
        values = Map.copyOf(values);
    }

    /**
     * Which sheet, at which version, a form shows: what the form hands back with its next save, so that a save from a
     * stale form is refused. Kept in the page's view state.
     */
    public record Shown(long roundId, long subjectId, Long version) implements java.io.Serializable {}

    public boolean submitted() {
        return status == ScoreSheet.Status.SUBMITTED;
    }

    public Shown shown() {
        return new Shown(roundId, subjectId, version);
    }
}
