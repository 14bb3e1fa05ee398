package org.greenhub.evaluation.domain.scoring;

/** One value a judge gave one entry on one criterion. */
public record Score(String entry, String judge, String criterion, double value) {}
