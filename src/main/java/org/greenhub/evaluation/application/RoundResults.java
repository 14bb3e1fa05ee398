package org.greenhub.evaluation.application;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.scoring.JudgeStatistics;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.OutlierScore;

/**
 * A round's results under one method: the ranking in each scope of the advancement rule, judge statistics (judges
 * named by e-mail), outlier scores and Kendall's W, all as the scoring engine computed them over the whole round.
 */
public record RoundResults(
        long roundId,
        String roundName,
        Method method,
        AdvancementScope scope,
        List<String> criteria,
        List<ScopeRanking> scopes,
        List<JudgeStatistics> judges,
        List<OutlierScore> outliers,
        OptionalDouble kendallW) {

    public enum EntryFlag {
        /** The tie-break chain could not separate this entry from another one in its scope. */
        TIED,
        /** At least one judge's total for this entry is an outlier. */
        OUTLIER_SCORE,
        /** Fewer submitted sheets than the round's judges per entry. */
        FEWER_JUDGES_THAN_PLANNED
    }

    /** One line: {@code rank} is within the scope, {@code overallRank} within the whole round. */
    public record EntryResult(
            long subjectId,
            String reference,
            String scope,
            int rank,
            int overallRank,
            double score,
            int judges,
            Map<String, Double> criteria,
            Set<EntryFlag> flags) {
        public boolean tied() {
            return flags.contains(EntryFlag.TIED);
        }
    }

    public record ScopeRanking(String scope, List<EntryResult> entries) {
        public ScopeRanking {
            entries = List.copyOf(entries);
        }
    }

    public RoundResults {
        criteria = List.copyOf(criteria);
        scopes = List.copyOf(scopes);
        judges = List.copyOf(judges);
        outliers = List.copyOf(outliers);
    }

    /** Every line of every scope, scope by scope. */
    public List<EntryResult> entries() {
        return scopes.stream().flatMap(s -> s.entries().stream()).toList();
    }
}
