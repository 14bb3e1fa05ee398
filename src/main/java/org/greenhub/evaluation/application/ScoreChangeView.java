package org.greenhub.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.evaluation.domain.ScoreChange;

/** One line of a sheet's history: who changed what, when, from what to what, and why. */
public record ScoreChangeView(
        String criterion,
        BigDecimal oldValue,
        BigDecimal newValue,
        ScoreChange.Kind kind,
        String changedBy,
        Instant changedAt,
        String reason) {}
