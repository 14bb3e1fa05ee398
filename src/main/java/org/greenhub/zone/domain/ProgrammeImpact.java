package org.greenhub.zone.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The green impact a zone's organisations reported in the programmes, per year (definitions in
 * {@code docs/zone-accounting.md}): energy saved in tce from the awarded entries' declared figures (the residents'
 * reports give energy used, not saved), and CO2 avoided in t, each organisation counted once a year: its residents'
 * reports of the year where it gave the figure there (measured, so preferred), else its awarded entries' declared
 * figure. Pure: the programmes' rows come in, sums go out.
 */
public final class ProgrammeImpact {

    /** tce per MWh: the calorific equivalent of GB/T 2589-2020 (0.1229 kgce/kWh), as the seeded factor table cites. */
    public static final BigDecimal TCE_PER_MWH = new BigDecimal("0.1229");

    /** An organisation's declared figures with the awards of a year (either may be null). */
    public record Awarded(int year, long organisationId, BigDecimal energySavedMwh, BigDecimal co2AvoidedT) {}

    /** An organisation's CO2 avoided in its residents' reports of a year. */
    public record Reported(int year, long organisationId, BigDecimal co2AvoidedT) {}

    /** A year's sums; null where no organisation gave the figure that year (no value, not zero). */
    public record YearImpact(int year, BigDecimal energySavedTce, BigDecimal co2AvoidedT) {}

    private ProgrammeImpact() {}

    /** The sums by year, for the years that have any figure, in year order. */
    public static Map<Integer, YearImpact> byYear(List<Awarded> awarded, List<Reported> reported) {
        Map<Integer, BigDecimal> energy = new HashMap<>();
        Map<Integer, BigDecimal> co2 = new HashMap<>();
        Set<String> reportedThere = new HashSet<>();
        for (Reported r : reported) {
            if (r.co2AvoidedT() != null) {
                co2.merge(r.year(), r.co2AvoidedT(), BigDecimal::add);
                reportedThere.add(r.year() + ":" + r.organisationId());
            }
        }
        for (Awarded a : awarded) {
            if (a.energySavedMwh() != null) {
                energy.merge(a.year(), a.energySavedMwh().multiply(TCE_PER_MWH), BigDecimal::add);
            }
            if (a.co2AvoidedT() != null && !reportedThere.contains(a.year() + ":" + a.organisationId())) {
                co2.merge(a.year(), a.co2AvoidedT(), BigDecimal::add);
            }
        }
        Map<Integer, YearImpact> years = new TreeMap<>();
        Set<Integer> all = new HashSet<>(energy.keySet());
        all.addAll(co2.keySet());
        for (int year : all) {
            years.put(
                    year,
                    new YearImpact(
                            year,
                            energy.get(year) == null ? null : energy.get(year).stripTrailingZeros(),
                            co2.get(year) == null ? null : co2.get(year).stripTrailingZeros()));
        }
        return years;
    }
}
