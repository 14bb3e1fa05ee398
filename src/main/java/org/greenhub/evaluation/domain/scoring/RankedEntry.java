package org.greenhub.evaluation.domain.scoring;

import java.util.Map;

/**
 * One line of the ranking. {@code score} and the per-criterion means are rounded half-up to 4 decimals;
 * {@code criteria} keeps the order in which the criteria were declared. {@code tied} is true when the tie-break
 * chain could not separate this entry from another one, which then has the same rank.
 */
public record RankedEntry(
        String entry, int rank, double score, int judges, Map<String, Double> criteria, boolean tied) {}
