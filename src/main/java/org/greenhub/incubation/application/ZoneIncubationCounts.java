package org.greenhub.incubation.application;

import java.util.List;

/**
 * The read that incubation publishes for a zone's green development figures: per year, how many green-industry
 * incubators the zone has and how many start-ups its incubators house and graduate. Counts only; it checks no
 * permission (the zone's use case asks first).
 */
public interface ZoneIncubationCounts {

    /**
     * One year's counts for the incubators linked to the zone record: green-industry (professional) incubators
     * registered by the end of the year; start-ups in residence at any time of the year; start-ups graduated in it.
     */
    record YearCounts(int year, long greenIncubators, long residents, long graduates) {}

    /** Every year from {@code firstYear} to {@code lastYear}, in order (a year without any is all zeros). */
    List<YearCounts> counts(long zoneId, int firstYear, int lastYear);
}
