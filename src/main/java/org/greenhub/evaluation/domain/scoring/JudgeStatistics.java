package org.greenhub.evaluation.domain.scoring;

import java.util.Set;

/** Mean and population standard deviation of one judge's totals, rounded half-up to 4 decimals, with flags. */
public record JudgeStatistics(String judge, double mean, double sd, Set<JudgeFlag> flags) {

    public JudgeStatistics {
        flags = Set.copyOf(flags);
    }
}
