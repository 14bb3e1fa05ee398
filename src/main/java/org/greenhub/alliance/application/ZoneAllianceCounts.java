package org.greenhub.alliance.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The read that alliances publish for a zone's green development figures: per year, how many memberships the
 * organisations linked to the zone record held in innovation alliances. Counts only; it checks no permission (the
 * zone's use case asks first).
 */
public interface ZoneAllianceCounts {

    /** One year's count: memberships valid on at least one day of the year (an organisation in two alliances counts twice). */
    record YearCounts(int year, long members) {}

    /** Every year from {@code firstYear} to {@code lastYear}, in order (a year without any is zero). */
    List<YearCounts> counts(long zoneId, int firstYear, int lastYear);

    /**
     * The same for several zones in one statement (the national comparison reads every zone): each zone asked, by
     * id, with every year in order.
     */
    Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear);
}
