package org.greenhub.competition.application;

import java.util.List;

/**
 * The read that competitions publish for a zone's green development figures: per year, the entries and the awards of
 * the organisations linked to the zone record. Counts only; it checks no permission (the zone's use case asks first).
 */
public interface ZoneCompetitionCounts {

    /**
     * One year's counts: entries submitted to editions whose submission closed that year (drafts and withdrawn
     * entries left out), and awards standing in results that became final that year (each in its edition's time zone).
     */
    record YearCounts(int year, long entries, long awards) {}

    /** Every year from {@code firstYear} to {@code lastYear}, in order (a year without any is all zeros). */
    List<YearCounts> counts(long zoneId, int firstYear, int lastYear);
}
