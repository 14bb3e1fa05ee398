package org.greenhub.zone.application;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The green project reserve's figures of a zone, declared here and implemented by the reserve: the reserve depends on
 * the zone, so the zone asks through this port rather than importing it (as {@code organisation.application.ZoneNames}
 * is implemented by the zone). When no implementation is deployed the indicators that read it have no value. Counts
 * only; it checks no permission (the zone's use case asks first).
 */
public interface ZoneReserveFigures {

    /**
     * One year's figures of the projects declared for the zone (by its code): projects listed on at least one day of
     * the year (listed then, whether the listing runs on or has lapsed since), projects that raised financing in the
     * year, and the financing raised in the year in yuan (every part recorded with a date in the year).
     */
    record YearFigures(int year, long listedProjects, long financedProjects, BigDecimal financingYuan) {}

    /** Every year from {@code firstYear} to {@code lastYear}, in order (a year without any is all zeros). */
    List<YearFigures> figures(String zoneCode, int firstYear, int lastYear);

    /**
     * The same for several zones in one statement (the national comparison reads every zone): each code asked, as
     * given, with every year in order.
     */
    Map<String, List<YearFigures>> figures(Collection<String> zoneCodes, int firstYear, int lastYear);
}
