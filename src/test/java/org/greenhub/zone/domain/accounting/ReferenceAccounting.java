package org.greenhub.zone.domain.accounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The accounting as session 8 wrote it (commit 782daeb), kept verbatim as the reference the faster {@link
 * CarbonAccounting} must answer exactly: every enterprise-year computed on its own and the zone-years summed from
 * them. Only the tests use it.
 */
final class ReferenceAccounting {

    /**
     * Every division and root is taken to 34 significant digits (IEEE decimal128). Explicit because a quotient such as
     * {@code 1/3} has no exact decimal and {@link BigDecimal#divide(BigDecimal)} would throw; and not {@code double},
     * whose binary rounding would change the 6th decimal of large sums depending on the order of the enterprises.
     * Sums and products are exact; 34 digits leave the 6 answered decimals untouched by rounding until the answer.
     */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** The national plan's target: CO2 per unit of value added down at least 4 % a year. */
    public static final BigDecimal DEFAULT_CO2_ANNUAL_CHANGE_TARGET = new BigDecimal("-0.04");

    /** Targets a zone-year is measured against; a null target gives no status. */
    public record Targets(BigDecimal energyIntensity, BigDecimal co2AnnualChange) {}

    /** Energy in tce, CO2 in t, intensities per 10,000 yuan of industrial value added. */
    public record EnterpriseResult(
            String enterprise,
            int year,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity,
            BigDecimal valueAdded) {}

    /** A zone-year; the changes and statuses are null where they cannot be computed. */
    public record ZoneYearResult(
            int year,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal valueAdded,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity,
            BigDecimal co2IntensityChange,
            BigDecimal co2AverageAnnualChange,
            TargetStatus energyIntensityStatus,
            TargetStatus co2Status) {}

    /** The enterprise-years in the order given, the zone-years in year order. */
    public record Result(List<EnterpriseResult> enterpriseYears, List<ZoneYearResult> zoneYears) {}

    public Result account(Map<Carrier, Factor> factors, int baseYear, Targets targets, List<EnterpriseYear> declared) {
        List<EnterpriseResult> enterpriseYears = new ArrayList<>(declared.size());
        Map<Integer, Map<String, EnterpriseResult>> byYear = new TreeMap<>();
        for (EnterpriseYear year : declared) {
            EnterpriseResult result = enterpriseYear(factors, year);
            enterpriseYears.add(result);
            if (byYear.computeIfAbsent(year.year(), y -> new LinkedHashMap<>()).put(year.enterprise(), result)
                    != null) {
                throw new IllegalArgumentException(
                        "enterprise " + year.enterprise() + " declares " + year.year() + " twice");
            }
        }
        Map<String, EnterpriseResult> base = byYear.get(baseYear);
        BigDecimal baseIntensity = base == null ? null : co2Intensity(base.values());
        List<ZoneYearResult> zoneYears = new ArrayList<>(byYear.size());
        for (Map.Entry<Integer, Map<String, EnterpriseResult>> entry : byYear.entrySet()) {
            int year = entry.getKey();
            Map<String, EnterpriseResult> enterprises = entry.getValue();
            BigDecimal energy = BigDecimal.ZERO;
            BigDecimal co2 = BigDecimal.ZERO;
            BigDecimal valueAdded = BigDecimal.ZERO;
            for (EnterpriseResult result : enterprises.values()) {
                energy = energy.add(result.energyTce());
                co2 = co2.add(result.co2T());
                valueAdded = valueAdded.add(result.valueAdded());
            }
            BigDecimal energyIntensity = energy.divide(valueAdded, PRECISION);
            BigDecimal co2Intensity = co2.divide(valueAdded, PRECISION);
            BigDecimal change = comparableChange(enterprises, byYear.get(year - 1));
            BigDecimal average = year > baseYear && baseIntensity != null && baseIntensity.signum() > 0
                    ? root(co2Intensity.divide(baseIntensity, PRECISION), year - baseYear)
                            .subtract(BigDecimal.ONE)
                    : null;
            zoneYears.add(new ZoneYearResult(
                    year,
                    energy,
                    co2,
                    valueAdded,
                    energyIntensity,
                    co2Intensity,
                    change,
                    average,
                    status(energyIntensity, targets.energyIntensity()),
                    status(average, targets.co2AnnualChange())));
        }
        return new Result(List.copyOf(enterpriseYears), List.copyOf(zoneYears));
    }

    /**
     * One declared enterprise-year, as {@link #account} computes it, plus energy the table has no carrier for ("other"
     * energy with the enterprise's own standard-coal factor, already in tce): it counts in energy and its intensity,
     * never in CO2, since no CO2 factor is known for it. Zero adds nothing, so the result is then exactly the
     * calculator's.
     */
    public EnterpriseResult enterpriseYear(
            Map<Carrier, Factor> factors, EnterpriseYear declared, BigDecimal otherEnergyTce) {
        EnterpriseResult standard = enterpriseYear(factors, declared);
        if (otherEnergyTce == null || otherEnergyTce.signum() == 0) {
            return standard;
        }
        if (otherEnergyTce.signum() < 0) {
            throw new IllegalArgumentException("other energy is 0 or more");
        }
        BigDecimal energy = standard.energyTce().add(otherEnergyTce);
        return new EnterpriseResult(
                standard.enterprise(),
                standard.year(),
                energy,
                standard.co2T(),
                energy.divide(declared.valueAdded(), PRECISION),
                standard.co2Intensity(),
                standard.valueAdded());
    }

    /** {@code E = Σ q·tce} and {@code C = Σ_{c≠electricity} q·co2 + (electricity − green)·co2_electricity}. */
    private static EnterpriseResult enterpriseYear(Map<Carrier, Factor> factors, EnterpriseYear declared) {
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal co2 = BigDecimal.ZERO;
        for (Carrier carrier : Carrier.values()) {
            BigDecimal quantity = declared.quantity(carrier);
            if (!carrier.hasFactor() || quantity.signum() == 0) {
                continue;
            }
            Factor factor = factors.get(carrier);
            if (factor == null) {
                throw new IllegalArgumentException("no factor for " + carrier.key());
            }
            energy = energy.add(quantity.multiply(factor.tcePerUnit()));
            BigDecimal emitting = carrier == Carrier.ELECTRICITY
                    ? quantity.subtract(declared.quantity(Carrier.GREEN_ELECTRICITY))
                    : quantity;
            co2 = co2.add(emitting.multiply(factor.co2PerUnit()));
        }
        return new EnterpriseResult(
                declared.enterprise(),
                declared.year(),
                energy,
                co2,
                energy.divide(declared.valueAdded(), PRECISION),
                co2.divide(declared.valueAdded(), PRECISION),
                declared.valueAdded());
    }

    /** {@code CI_t(same set) / CI_{t−1}(same set) − 1}, over the enterprises declared in both years. */
    private static BigDecimal comparableChange(
            Map<String, EnterpriseResult> current, Map<String, EnterpriseResult> previous) {
        if (previous == null) {
            return null;
        }
        List<EnterpriseResult> now = new ArrayList<>();
        List<EnterpriseResult> before = new ArrayList<>();
        for (Map.Entry<String, EnterpriseResult> entry : current.entrySet()) {
            EnterpriseResult earlier = previous.get(entry.getKey());
            if (earlier != null) {
                now.add(entry.getValue());
                before.add(earlier);
            }
        }
        if (now.isEmpty()) {
            return null;
        }
        BigDecimal earlier = co2Intensity(before);
        if (earlier.signum() == 0) {
            return null;
        }
        return co2Intensity(now).divide(earlier, PRECISION).subtract(BigDecimal.ONE);
    }

    private static BigDecimal co2Intensity(Iterable<EnterpriseResult> results) {
        BigDecimal co2 = BigDecimal.ZERO;
        BigDecimal valueAdded = BigDecimal.ZERO;
        for (EnterpriseResult result : results) {
            co2 = co2.add(result.co2T());
            valueAdded = valueAdded.add(result.valueAdded());
        }
        return co2.divide(valueAdded, PRECISION);
    }

    private static TargetStatus status(BigDecimal value, BigDecimal target) {
        if (value == null || target == null) {
            return null;
        }
        return value.compareTo(target) <= 0 ? TargetStatus.MET : TargetStatus.NOT_MET;
    }

    /** The n-th root of x ≥ 0 to {@link #PRECISION}, by Newton's method from the double estimate. */
    static BigDecimal root(BigDecimal x, int n) {
        if (n < 1 || x.signum() < 0) {
            throw new IllegalArgumentException("root " + n + " of " + x);
        }
        if (n == 1 || x.signum() == 0) {
            return x.round(PRECISION);
        }
        // Ten guard digits, so that the iterate rounds to the same 34 digits whichever side it converges from.
        MathContext work = new MathContext(PRECISION.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal degree = BigDecimal.valueOf(n);
        BigDecimal lower = BigDecimal.valueOf(n - 1L);
        double estimate = Math.pow(x.doubleValue(), 1.0 / n);
        BigDecimal y = Double.isFinite(estimate) && estimate > 0 ? new BigDecimal(estimate) : BigDecimal.ONE;
        for (int i = 0; i < 1000; i++) {
            BigDecimal next =
                    y.multiply(lower).add(x.divide(y.pow(n - 1, work), work)).divide(degree, work);
            if (next.round(PRECISION).compareTo(y.round(PRECISION)) == 0) {
                return next.round(PRECISION);
            }
            y = next;
        }
        return y.round(PRECISION);
    }
}
