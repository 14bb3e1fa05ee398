package org.greenhub.evaluation.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;

/** The declared rules of a round, edited as a whole (forms, API); fixed once the round opens, except with a reason. */
public record RoundRules(
        String name,
        int judgesPerEntry,
        Integer maxLoadPerJudge,
        Instant opensAt,
        Instant closesAt,
        boolean blind,
        ScoreVisibility scoreVisibility,
        AggregationMethod method,
        int trim,
        BigDecimal outlierGap,
        AdvancementRule advancementRule,
        AdvancementScope advancementScope,
        Integer advancementCount,
        BigDecimal advancementThreshold,
        List<String> tieBreak)
        implements Serializable {}
