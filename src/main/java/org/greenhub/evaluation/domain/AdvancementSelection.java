package org.greenhub.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a round's declared advancement rule to its ranking, scope by scope. Pure: the same ranking always gives
 * the same selection, which is what lets the sensitivity report ask "would this entry advance under another method?".
 * Entries sharing a rank that straddles the cut line (the tie-break chain could not separate them) are neither in
 * nor out: the panel decides, and the selection says how many of them may go through.
 */
public final class AdvancementSelection {

    public enum Outcome {
        ADVANCES,
        DOES_NOT_ADVANCE,
        PANEL_DECIDES
    }

    /** One entry's place in its scope's ranking, best first within each scope. */
    public record Line(String entry, String scope, int rank, double score) {}

    /** Entries tied at the cut line of a scope, of which {@code places} may advance. */
    public record TieAtCut(String scope, int rank, List<String> entries, int places) {
        public TieAtCut {
            entries = List.copyOf(entries);
        }
    }

    public record Result(Map<String, Outcome> outcomes, List<TieAtCut> ties) {
        public Result {
            outcomes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
            ties = List.copyOf(ties);
        }

        public Outcome of(String entry) {
            return outcomes.get(entry);
        }
    }

    private final AdvancementRule rule;
    private final Integer count;
    private final BigDecimal threshold;
    private final Map<String, Integer> quotas;

    /**
     * @param quotas for {@link AdvancementRule#TOP_N_WITH_QUOTAS}: places per scope value; a scope without a quota
     *               takes the round's advancement count
     */
    public AdvancementSelection(
            AdvancementRule rule, Integer count, BigDecimal threshold, Map<String, Integer> quotas) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.count = count;
        this.threshold = threshold;
        this.quotas = quotas == null ? Map.of() : Map.copyOf(quotas);
    }

    public static AdvancementSelection of(EvaluationRound round, Map<String, Integer> quotas) {
        return new AdvancementSelection(
                round.getAdvancementRule(), round.getAdvancementCount(), round.getAdvancementThreshold(), quotas);
    }

    public Result apply(List<Line> lines) {
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        List<TieAtCut> ties = new ArrayList<>();
        Map<String, List<Line>> byScope = new LinkedHashMap<>();
        for (Line line : lines) {
            byScope.computeIfAbsent(line.scope(), s -> new ArrayList<>()).add(line);
        }
        for (Map.Entry<String, List<Line>> scope : byScope.entrySet()) {
            switch (rule) {
                case NONE -> scope.getValue().forEach(l -> outcomes.put(l.entry(), Outcome.DOES_NOT_ADVANCE));
                case THRESHOLD ->
                    scope.getValue()
                            .forEach(l -> outcomes.put(
                                    l.entry(),
                                    BigDecimal.valueOf(l.score()).compareTo(threshold) >= 0
                                            ? Outcome.ADVANCES
                                            : Outcome.DOES_NOT_ADVANCE));
                case TOP_N -> topN(scope.getKey(), scope.getValue(), count == null ? 0 : count, outcomes, ties);
                case TOP_N_WITH_QUOTAS ->
                    topN(
                            scope.getKey(),
                            scope.getValue(),
                            quotas.getOrDefault(scope.getKey(), count == null ? 0 : count),
                            outcomes,
                            ties);
            }
        }
        return new Result(outcomes, ties);
    }

    /**
     * Entries sharing rank r occupy places r .. r + size - 1. A group entirely within the first n places advances,
     * one entirely after them does not, and one across the line goes to the panel for the n - r + 1 places left.
     */
    private static void topN(
            String scope, List<Line> ranking, int places, Map<String, Outcome> outcomes, List<TieAtCut> ties) {
        int i = 0;
        while (i < ranking.size()) {
            int rank = ranking.get(i).rank();
            int end = i;
            while (end < ranking.size() && ranking.get(end).rank() == rank) {
                end++;
            }
            List<Line> group = ranking.subList(i, end);
            int lastPlace = rank + group.size() - 1;
            if (lastPlace <= places) {
                group.forEach(l -> outcomes.put(l.entry(), Outcome.ADVANCES));
            } else if (rank > places) {
                group.forEach(l -> outcomes.put(l.entry(), Outcome.DOES_NOT_ADVANCE));
            } else {
                group.forEach(l -> outcomes.put(l.entry(), Outcome.PANEL_DECIDES));
                ties.add(new TieAtCut(
                        scope, rank, group.stream().map(Line::entry).toList(), places - rank + 1));
            }
            i = end;
        }
    }
}
