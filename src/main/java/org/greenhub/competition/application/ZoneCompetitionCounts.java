package org.greenhub.competition.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

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

    /**
     * The same for several zones in one statement (the national comparison reads every zone): each zone asked, by
     * id, with every year in order.
     */
    Map<Long, List<YearCounts>> counts(Collection<Long> zoneIds, int firstYear, int lastYear);

    /**
     * The green impact an awarded entry declared (its {@code GreenMetrics}: energy saved in MWh a year, emissions
     * avoided in t CO2e a year), summed per organisation of the zone and per year its award became final, by the
     * same rule as {@link YearCounts#awards()} (final results, awards not revoked, the edition's time zone). A figure
     * the entries left empty is null; an organisation without an award that year has no row.
     */
    record AwardedImpact(int year, long organisationId, BigDecimal energySavedMwh, BigDecimal co2AvoidedT) {}

    /** Every organisation-year from {@code firstYear} to {@code lastYear} with an award, in year order. */
    List<AwardedImpact> awardedImpact(long zoneId, int firstYear, int lastYear);

    /** The same for several zones in one statement: each zone asked, by id (an empty list without any award). */
    Map<Long, List<AwardedImpact>> awardedImpact(Collection<Long> zoneIds, int firstYear, int lastYear);
}
