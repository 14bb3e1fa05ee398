package org.greenhub.zone.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The carbon-peak section of a zone's annual report, from the accounts' zone-years (never recomputed): CO2 per year
 * since the base year, the peak so far, and the path to the target, that is the base year's CO2 intensity changed by
 * the target's average annual change (−4 % a year unless the zone's target says otherwise) for each year since, beside
 * the actual intensity. Pure: years in, figures out.
 */
public final class CarbonPeak {

    /** As the calculator answers its figures (docs/zone-accounting.md): 6 decimals, halfway towards zero. */
    private static final int DECIMALS = 6;

    private CarbonPeak() {}

    /** One zone-year as the accounts answer it. */
    public record Year(int year, BigDecimal co2T, BigDecimal co2Intensity) {}

    /** A year of the path: the actual CO2 and intensity, and the intensity the target's path allows (null before data). */
    public record PathYear(int year, BigDecimal co2T, BigDecimal co2Intensity, BigDecimal pathIntensity) {

        /** Whether the year's intensity is at or under the path; null where either is missing. */
        public Boolean onPath() {
            return co2Intensity == null || pathIntensity == null ? null : co2Intensity.compareTo(pathIntensity) <= 0;
        }
    }

    /** The section: the years from the base year to the report's year, and the peak among them (empty without data). */
    public record Section(int baseYear, BigDecimal annualChange, List<PathYear> years, Optional<Year> peak) {}

    /**
     * The section for a report year. Years before the base year are left out; a year without declarations has no CO2
     * (its path value is still given once the base year has data). The peak is the year of the largest CO2 so far,
     * the earlier year on a tie.
     */
    public static Section of(int baseYear, int reportYear, BigDecimal annualChange, List<Year> zoneYears) {
        List<Year> since = zoneYears.stream()
                .filter(y -> y.year() >= baseYear && y.year() <= reportYear)
                .sorted(Comparator.comparingInt(Year::year))
                .toList();
        Optional<Year> base = since.stream().filter(y -> y.year() == baseYear).findFirst();
        List<PathYear> years = new ArrayList<>();
        for (int year = baseYear; year <= reportYear; year++) {
            int y = year;
            Optional<Year> actual = since.stream().filter(z -> z.year() == y).findFirst();
            BigDecimal path = base.filter(b -> b.co2Intensity() != null)
                    .map(b -> path(b.co2Intensity(), annualChange, y - baseYear))
                    .orElse(null);
            years.add(new PathYear(
                    year,
                    actual.map(Year::co2T).orElse(null),
                    actual.map(Year::co2Intensity).orElse(null),
                    path));
        }
        Optional<Year> peak = since.stream()
                .filter(y -> y.co2T() != null)
                .reduce((a, b) -> b.co2T().compareTo(a.co2T()) > 0 ? b : a);
        return new Section(baseYear, annualChange, List.copyOf(years), peak);
    }

    private static BigDecimal path(BigDecimal baseIntensity, BigDecimal annualChange, int years) {
        BigDecimal factor = BigDecimal.ONE.add(annualChange).pow(years, MathContext.DECIMAL128);
        return baseIntensity.multiply(factor, MathContext.DECIMAL128).setScale(DECIMALS, RoundingMode.HALF_DOWN);
    }
}
