package org.greenhub.incubation.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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

    /**
     * The same for several zones in one statement (the national comparison reads every zone): each zone asked, by
     * id, with every year in order.
     */
    Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear);

    /**
     * The emissions avoided (t CO2e) that start-ups at the zone's incubators reported in their submitted reports
     * (periodic and alumni) whose period ends in the year, summed per organisation and year. Only reports that give
     * the figure count; an organisation without one that year has no row.
     */
    record ReportedImpact(int year, long organisationId, BigDecimal co2AvoidedT) {}

    /** Every organisation-year from {@code firstYear} to {@code lastYear} with a reported figure, in year order. */
    List<ReportedImpact> reportedImpact(long zoneId, int firstYear, int lastYear);

    /** The same for several zones in one statement: each zone asked, by id (an empty list without any figure). */
    Map<Long, List<ReportedImpact>> reportedImpact(Collection<Long> zoneIds, int firstYear, int lastYear);
}
