package org.greenhub.evaluation.domain.scoring;

/** A judge whose total for an entry is further than the outlier gap from the median total of that entry. */
public record OutlierScore(String entry, String judge) {}
