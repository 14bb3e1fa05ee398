package org.greenhub.zone.domain.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The faster accounting answers exactly what the session-8 definition ({@link ReferenceAccounting}) answered, at full
 * precision, on zones whose enterprises join, leave and skip years, declare some carriers and not others, and have
 * green electricity or none.
 */
class CarbonAccountingEquivalenceTest {

    private static final Map<Carrier, Factor> FACTORS = Map.of(
            Carrier.ELECTRICITY, factor("0.1229", "0.5703"),
            Carrier.RAW_COAL, factor("0.7143", "1.9003"),
            Carrier.NATURAL_GAS, factor("0.0012143", "0.0021622"),
            Carrier.DIESEL, factor("1.4571", "3.0959"),
            Carrier.GASOLINE, factor("1.4714", "2.9251"),
            Carrier.HEAT, factor("0.03412", "0.11"));

    @Test
    void everyFigureIsTheReferencesOnRandomZones() {
        Random random = new Random(12);
        for (int zone = 0; zone < 40; zone++) {
            List<EnterpriseYear> declared = zone(random, 1 + random.nextInt(30));
            int baseYear = 2014 + random.nextInt(4);
            BigDecimal energyTarget = random.nextBoolean() ? null : new BigDecimal("0.3");
            ReferenceAccounting.Result expected = new ReferenceAccounting()
                    .account(
                            FACTORS,
                            baseYear,
                            new ReferenceAccounting.Targets(energyTarget, new BigDecimal("-0.04")),
                            declared);
            CarbonAccounting.Result actual = new CarbonAccounting()
                    .account(
                            FACTORS,
                            baseYear,
                            new CarbonAccounting.Targets(energyTarget, new BigDecimal("-0.04")),
                            declared);

            assertEquals(
                    expected.enterpriseYears().size(), actual.enterpriseYears().size());
            for (int i = 0; i < expected.enterpriseYears().size(); i++) {
                var e = expected.enterpriseYears().get(i);
                var a = actual.enterpriseYears().get(i);
                assertEquals(e.enterprise(), a.enterprise());
                assertEquals(e.year(), a.year());
                same(e.energyTce(), a.energyTce());
                same(e.co2T(), a.co2T());
                same(e.energyIntensity(), a.energyIntensity());
                same(e.co2Intensity(), a.co2Intensity());
            }
            assertEquals(expected.zoneYears().size(), actual.zoneYears().size());
            for (int i = 0; i < expected.zoneYears().size(); i++) {
                var e = expected.zoneYears().get(i);
                var a = actual.zoneYears().get(i);
                assertEquals(e.year(), a.year());
                same(e.energyTce(), a.energyTce());
                same(e.co2T(), a.co2T());
                same(e.valueAdded(), a.valueAdded());
                same(e.energyIntensity(), a.energyIntensity());
                same(e.co2Intensity(), a.co2Intensity());
                same(e.co2IntensityChange(), a.co2IntensityChange());
                same(e.co2AverageAnnualChange(), a.co2AverageAnnualChange());
                assertEquals(e.energyIntensityStatus(), a.energyIntensityStatus());
                assertEquals(e.co2Status(), a.co2Status());
            }
        }
    }

    /** Enterprises over 2013–2022, each declaring a run of years with gaps, three decimals as the columns hold. */
    private static List<EnterpriseYear> zone(Random random, int enterprises) {
        List<EnterpriseYear> declared = new ArrayList<>();
        for (int e = 0; e < enterprises; e++) {
            int from = 2013 + random.nextInt(10);
            int to = from + random.nextInt(2023 - from);
            for (int year = from; year <= to; year++) {
                if (random.nextInt(6) == 0) {
                    continue; // a year not declared
                }
                Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);
                for (Carrier carrier : Carrier.values()) {
                    if (carrier.hasFactor() && random.nextInt(3) > 0) {
                        energy.put(carrier, amount(random, 1 + random.nextInt(7)));
                    }
                }
                BigDecimal electricity = energy.get(Carrier.ELECTRICITY);
                if (electricity != null && random.nextBoolean()) {
                    energy.put(
                            Carrier.GREEN_ELECTRICITY,
                            electricity
                                    .multiply(new BigDecimal(random.nextInt(101)))
                                    .divide(new BigDecimal(100))
                                    .setScale(3, java.math.RoundingMode.DOWN));
                }
                declared.add(new EnterpriseYear(
                        "E" + e, year, amount(random, 2 + random.nextInt(6)).add(BigDecimal.ONE), energy));
            }
        }
        if (declared.isEmpty()) {
            declared.add(new EnterpriseYear("E", 2020, BigDecimal.ONE, Map.of()));
        }
        return declared;
    }

    private static BigDecimal amount(Random random, int digits) {
        return new BigDecimal(java.math.BigInteger.valueOf((long) (random.nextDouble() * Math.pow(10, digits + 3))), 3);
    }

    private static Factor factor(String tce, String co2) {
        return new Factor(new BigDecimal(tce), new BigDecimal(co2));
    }

    /** The same number, and so the same answer at any rounding (a sum may carry different trailing zeros). */
    private static void same(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual);
        } else {
            assertEquals(0, expected.compareTo(actual), () -> expected + " <> " + actual);
        }
    }
}
