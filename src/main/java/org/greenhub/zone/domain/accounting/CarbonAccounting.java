package org.greenhub.zone.domain.accounting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The zone's carbon accounting, the one definition of its figures (docs/zone-accounting.md): energy and CO2 of each
 * enterprise-year, the zone-year sums and intensities, the year-on-year change of CO2 intensity on a comparable basis,
 * the average annual change since the base year and the target status. The public calculator and the zone's pages use
 * this class alone, so a published figure can be recomputed from the data.
 *
 * <p>Stateless; knows only {@code java.*}. Its inputs are already checked (the calculator names a bad item in its
 * answer); an invariant broken here is a programming error.
 */
public final class CarbonAccounting {

    /**
     * Every division and root is taken to 34 significant digits (IEEE decimal128). Explicit because a quotient such as
     * {@code 1/3} has no exact decimal and {@link BigDecimal#divide(BigDecimal)} would throw; and not {@code double},
     * whose binary rounding would change the 6th decimal of large sums depending on the order of the enterprises.
     * Sums and products are exact; 34 digits leave the 6 answered decimals untouched by rounding until the answer.
     */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** The carriers that have factors, in declaration order; {@code values()} would copy the array every time. */
    private static final List<Carrier> WITH_FACTOR =
            Arrays.stream(Carrier.values()).filter(Carrier::hasFactor).toList();

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

    /**
     * Exact sums over a set of enterprise-years: how many there are, their value added and each carrier's quantity (a
     * missing carrier is zero). The figures are linear in the quantities, so a set's energy and CO2 computed from its
     * sums are exactly the sums of its enterprises' figures; a zone-year needs no more than these.
     */
    public record Sums(long enterprises, BigDecimal valueAdded, Map<Carrier, BigDecimal> energy) {

        public static final Sums NONE = new Sums(0, BigDecimal.ZERO, Map.of());

        public Sums {
            energy = Map.copyOf(energy);
        }

        public BigDecimal quantity(Carrier carrier) {
            return energy.getOrDefault(carrier, BigDecimal.ZERO);
        }
    }

    /**
     * What a zone-year is computed from: the sums of all its enterprises, and of those also declared the year before
     * (the comparable set: {@code comparable} their figures of this year, {@code comparableBefore} of the year before;
     * {@link Sums#NONE} when there is none).
     */
    public record YearSums(int year, Sums all, Sums comparable, Sums comparableBefore) {}

    public Result account(Map<Carrier, Factor> factors, int baseYear, Targets targets, List<EnterpriseYear> declared) {
        List<EnterpriseResult> enterpriseYears = new ArrayList<>(declared.size());
        Map<Integer, Map<String, EnterpriseYear>> byYear = new TreeMap<>();
        for (EnterpriseYear year : declared) {
            enterpriseYears.add(enterpriseYear(factors, year));
            if (byYear.computeIfAbsent(year.year(), y -> new HashMap<>()).put(year.enterprise(), year) != null) {
                throw new IllegalArgumentException(
                        "enterprise " + year.enterprise() + " declares " + year.year() + " twice");
            }
        }
        // One pass per year summing quantities, not figures: Σ_e Σ_c q·f = Σ_c f · Σ_e q exactly (the decimals are
        // exact), and the zone-years are then computed by the same code as from sums read elsewhere.
        List<YearSums> years = new ArrayList<>(byYear.size());
        for (Map.Entry<Integer, Map<String, EnterpriseYear>> entry : byYear.entrySet()) {
            Map<String, EnterpriseYear> previous = byYear.get(entry.getKey() - 1);
            Accumulator all = new Accumulator();
            Accumulator comparable = new Accumulator();
            Accumulator comparableBefore = new Accumulator();
            for (EnterpriseYear year : entry.getValue().values()) {
                all.add(year);
                EnterpriseYear earlier = previous == null ? null : previous.get(year.enterprise());
                if (earlier != null) {
                    comparable.add(year);
                    comparableBefore.add(earlier);
                }
            }
            years.add(new YearSums(entry.getKey(), all.sums(), comparable.sums(), comparableBefore.sums()));
        }
        return new Result(List.copyOf(enterpriseYears), zoneYears(factors, baseYear, targets, years));
    }

    /**
     * The zone-years from their sums, in the order given; {@code years} must hold the base year, if it has
     * declarations, for the average annual change. Exactly what {@link #account} answers for the same enterprises.
     */
    public List<ZoneYearResult> zoneYears(
            Map<Carrier, Factor> factors, int baseYear, Targets targets, List<YearSums> years) {
        BigDecimal baseIntensity = null;
        for (YearSums sums : years) {
            if (sums.year() == baseYear && sums.all().enterprises() > 0) {
                baseIntensity = co2(factors, sums.all()).divide(sums.all().valueAdded(), PRECISION);
            }
        }
        List<ZoneYearResult> zoneYears = new ArrayList<>(years.size());
        for (YearSums sums : years) {
            int year = sums.year();
            BigDecimal energy = energy(factors, sums.all());
            BigDecimal co2 = co2(factors, sums.all());
            BigDecimal valueAdded = sums.all().valueAdded();
            BigDecimal energyIntensity = energy.divide(valueAdded, PRECISION);
            BigDecimal co2Intensity = co2.divide(valueAdded, PRECISION);
            BigDecimal change = comparableChange(factors, sums.comparable(), sums.comparableBefore());
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
        return List.copyOf(zoneYears);
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

    /** One enterprise-year's energy, CO2 and intensities. */
    private static EnterpriseResult enterpriseYear(Map<Carrier, Factor> factors, EnterpriseYear declared) {
        BigDecimal energy = energy(factors, declared.energy());
        BigDecimal co2 = co2(factors, declared.energy());
        return new EnterpriseResult(
                declared.enterprise(),
                declared.year(),
                energy,
                co2,
                energy.divide(declared.valueAdded(), PRECISION),
                co2.divide(declared.valueAdded(), PRECISION),
                declared.valueAdded());
    }

    /** {@code E = Σ q·tce} (tce); a carrier in use without a factor is a programming error. */
    private static BigDecimal energy(Map<Carrier, Factor> factors, Map<Carrier, BigDecimal> quantities) {
        BigDecimal energy = BigDecimal.ZERO;
        for (Carrier carrier : WITH_FACTOR) {
            BigDecimal quantity = quantities.get(carrier);
            if (quantity != null && quantity.signum() != 0) {
                energy = energy.add(quantity.multiply(factor(factors, carrier).tcePerUnit()));
            }
        }
        return energy;
    }

    /** {@code C = Σ_{c≠electricity} q·co2 + (electricity − green)·co2_electricity} (t). */
    private static BigDecimal co2(Map<Carrier, Factor> factors, Map<Carrier, BigDecimal> quantities) {
        BigDecimal co2 = BigDecimal.ZERO;
        for (Carrier carrier : WITH_FACTOR) {
            BigDecimal quantity = quantities.get(carrier);
            if (quantity != null && quantity.signum() != 0) {
                BigDecimal green = carrier == Carrier.ELECTRICITY ? quantities.get(Carrier.GREEN_ELECTRICITY) : null;
                BigDecimal emitting = green == null ? quantity : quantity.subtract(green);
                co2 = co2.add(emitting.multiply(factor(factors, carrier).co2PerUnit()));
            }
        }
        return co2;
    }

    private static BigDecimal energy(Map<Carrier, Factor> factors, Sums sums) {
        return energy(factors, sums.energy());
    }

    private static BigDecimal co2(Map<Carrier, Factor> factors, Sums sums) {
        return co2(factors, sums.energy());
    }

    private static Factor factor(Map<Carrier, Factor> factors, Carrier carrier) {
        Factor factor = factors.get(carrier);
        if (factor == null) {
            throw new IllegalArgumentException("no factor for " + carrier.key());
        }
        return factor;
    }

    /** {@code CI_t(same set) / CI_{t−1}(same set) − 1}, over the enterprises declared in both years. */
    private static BigDecimal comparableChange(Map<Carrier, Factor> factors, Sums now, Sums before) {
        if (now.enterprises() == 0) {
            return null;
        }
        BigDecimal earlier = co2(factors, before).divide(before.valueAdded(), PRECISION);
        if (earlier.signum() == 0) {
            return null;
        }
        return co2(factors, now)
                .divide(now.valueAdded(), PRECISION)
                .divide(earlier, PRECISION)
                .subtract(BigDecimal.ONE);
    }

    /** Sums enterprise-years' value added and quantities; exact. */
    private static final class Accumulator {
        private long enterprises;
        private BigDecimal valueAdded = BigDecimal.ZERO;
        private final Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);

        void add(EnterpriseYear year) {
            enterprises++;
            valueAdded = valueAdded.add(year.valueAdded());
            year.energy().forEach((carrier, quantity) -> energy.merge(carrier, quantity, BigDecimal::add));
        }

        Sums sums() {
            return new Sums(enterprises, valueAdded, energy);
        }
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
