package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.greenhub.zone.application.FactorTables;
import org.greenhub.zone.domain.CarrierFactor;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
import org.greenhub.zone.domain.accounting.TableFactors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Factor tables in the real database: a change is audited and raises the revision, a bad value is refused with
 * nothing stored, only administrators keep them, and a stored table fed the worked example's values gives the worked
 * example's figures. Each test works on a year of its own, copied from the seeded 2022 table.
 */
class FactorTablesIT extends InServerTest {

    @Inject
    FactorTables factorTables;

    @Inject
    ActingAs actingAs;

    @Inject
    EvaluationFixtures people;

    @Inject
    TestData data;

    @BeforeEach
    void asAdministrator() {
        actingAs.user(data.adminId());
    }

    /** A year without a table yet, from the far end of the accepted years (the seed and real tables are recent). */
    private int newTable() {
        List<Integer> taken = factorTables.years();
        for (int year = FactorTable.LAST_YEAR; year > 2030; year--) {
            if (!taken.contains(year)) {
                return factorTables.copy(2022, year).year();
            }
        }
        throw new IllegalStateException("no free year left for a test table");
    }

    private static CarrierFactor.Typed typed(String tce, String co2) {
        return new CarrierFactor.Typed(new BigDecimal(tce), "GB/T 2589-2020", new BigDecimal(co2), "worked example");
    }

    /**
     * What an administrator reads on the factors page for 2022, carrier by carrier: GB/T 2589-2020's standard-coal
     * coefficients (equivalent value; the list), the national grid factor the Ministry of Ecology and
     * Environment published for 2022, and the fuels' CO2 factors of the national guidelines, each recomputed here from
     * the heating value, carbon content and oxidation rate its source names (× 44/12), so a mistyped factor fails.
     */
    @Test
    void theSeededTableHasTheNationalCoefficientsWithTheirSources() {
        FactorTables.TableView seeded = factorTables.table(2022);
        assertEquals(
                FactorTable.CARRIERS,
                seeded.carriers().stream()
                        .map(FactorTables.CarrierView::carrier)
                        .toList());
        assertFactor(seeded, Carrier.ELECTRICITY, "0.1229", "0.5703");
        assertFactor(seeded, Carrier.RAW_COAL, "0.7143", guideline("20.908", "26.37", "0.94", 1));
        // per m³ as declared: 1.2143 tce and 389.31 GJ are per 1,000 m³ and per 10,000 m³
        assertFactor(seeded, Carrier.NATURAL_GAS, "0.0012143", guideline("389.31", "15.3", "0.99", 10_000));
        assertFactor(seeded, Carrier.DIESEL, "1.4571", guideline("42.652", "20.2", "0.98", 1));
        assertFactor(seeded, Carrier.GASOLINE, "1.4714", guideline("43.070", "18.9", "0.98", 1));
        assertFactor(seeded, Carrier.HEAT, "0.03412", "0.11");
        assertEquals(
                "GB/T 2589-2020, equivalent value (0.1229 kgce/kWh)",
                seeded.factor(Carrier.ELECTRICITY).tceSource());
        assertEquals(
                "MEE, national grid average emission factor 2022 (环办气候函〔2023〕43号)",
                seeded.factor(Carrier.ELECTRICITY).co2Source());
        for (FactorTables.CarrierView row : seeded.carriers()) {
            assertTrue(row.tceSource().startsWith("GB/T 2589-2020"), row.carrier() + " cites GB/T 2589-2020");
        }
        for (Carrier fuel : List.of(Carrier.RAW_COAL, Carrier.NATURAL_GAS, Carrier.DIESEL, Carrier.GASOLINE)) {
            assertTrue(
                    seeded.factor(fuel).co2Source().startsWith("NDRC GHG accounting guidelines"),
                    fuel + " cites the national guidelines");
        }
        assertEquals(6, factorTables.forAccounting(2022).factors().size());
    }

    private static void assertFactor(FactorTables.TableView table, Carrier carrier, String tce, String co2) {
        assertEquals(0, new BigDecimal(tce).compareTo(table.factor(carrier).tcePerUnit()), carrier + " tce");
        assertEquals(0, new BigDecimal(co2).compareTo(table.factor(carrier).co2PerUnit()), carrier + " CO2");
    }

    /** Heating value (GJ per unit) × carbon content (t C per TJ) × oxidation rate × 44/12, at five significant digits. */
    private static String guideline(String gigajoules, String carbonPerTerajoule, String oxidised, int unitsPer) {
        return new BigDecimal(gigajoules)
                .multiply(new BigDecimal(carbonPerTerajoule))
                .multiply(new BigDecimal(oxidised))
                .multiply(new BigDecimal(44))
                .divide(new BigDecimal(12_000L * unitsPer), new java.math.MathContext(5, RoundingMode.HALF_UP))
                .toPlainString();
    }

    @Test
    void aChangeIsAuditedAndRaisesTheRevisionThatResultsCite() {
        int year = newTable();
        FactorTables.TableView copied = factorTables.table(year);
        assertEquals(1, copied.revision());
        assertEquals(1, data.auditEventsOn("ZONE_FACTORS_COPIED", "FactorTable", copied.id()));

        FactorTables.TableView changed =
                factorTables.change(year, copied.version(), Carrier.ELECTRICITY, typed("0.1229", "0.5366"));
        assertEquals(2, changed.revision());
        assertEquals(1, data.auditEventsOn("ZONE_FACTORS_CHANGED", "FactorTable", copied.id()));
        TableFactors used = factorTables.forAccounting(year);
        assertEquals(year, used.year());
        assertEquals(2, used.revision());
        assertEquals(
                0,
                new BigDecimal("0.5366")
                        .compareTo(used.factors().get(Carrier.ELECTRICITY).co2PerUnit()));

        DomainException stale = assertThrows(
                DomainException.class,
                () -> factorTables.change(year, copied.version(), Carrier.HEAT, typed("0.03412", "0.12")));
        assertEquals(DomainException.Kind.CONFLICT, stale.kind(), "a form shown before the change is refused");
        assertEquals(2, factorTables.forAccounting(year).revision());
        assertEquals(
                DomainException.Kind.CONFLICT,
                assertThrows(DomainException.class, () -> factorTables.copy(2022, year))
                        .kind(),
                "a year has one table");
    }

    @Test
    void aBadValueIsRefusedByFieldAndNothingIsStored() {
        int year = newTable();
        FactorTables.TableView before = factorTables.table(year);
        DomainException negative = assertThrows(
                DomainException.class,
                () -> factorTables.change(year, before.version(), Carrier.DIESEL, typed("1.4571", "-3.0959")));
        assertEquals("co2PerUnit", negative.field());
        DomainException zero = assertThrows(
                DomainException.class,
                () -> factorTables.change(year, before.version(), Carrier.DIESEL, typed("0", "3.0959")));
        assertEquals("tcePerUnit", zero.field());
        FactorTables.TableView after = factorTables.table(year);
        assertEquals(1, after.revision());
        assertEquals(
                0,
                new BigDecimal("1.4571").compareTo(after.factor(Carrier.DIESEL).tcePerUnit()));
        assertEquals(0, data.auditEventsOn("ZONE_FACTORS_CHANGED", "FactorTable", after.id()));

        long zoneAdministrator = people.person("Factor reader", Language.THAI, Role.ZONE_ADMINISTRATOR);
        actingAs.user(zoneAdministrator);
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> factorTables.change(year, after.version(), Carrier.DIESEL, typed("2", "3")))
                        .kind(),
                "only administrators keep the factors");
    }

    @Test
    void aStoredTableWithTheWorkedExamplesValuesGivesTheWorkedExamplesFigures() {
        int year = newTable();
        Map<Carrier, CarrierFactor.Typed> example = Map.of(
                Carrier.ELECTRICITY, typed("0.1229", "0.5703"),
                Carrier.RAW_COAL, typed("0.7143", "1.9003"),
                Carrier.NATURAL_GAS, typed("0.0012143", "0.002165"),
                Carrier.DIESEL, typed("1.4571", "3.0959"),
                Carrier.GASOLINE, typed("1.4714", "2.9251"),
                Carrier.HEAT, typed("0.03412", "0.11"));
        for (Map.Entry<Carrier, CarrierFactor.Typed> row : example.entrySet()) {
            factorTables.change(year, factorTables.table(year).version(), row.getKey(), row.getValue());
        }
        TableFactors factors = factorTables.forAccounting(year);

        // docs/zone-accounting.md: the three enterprises' 2020 declarations and their answered figures
        List<EnterpriseYear> declared = List.of(
                new EnterpriseYear(
                        "E0000-99",
                        2020,
                        new BigDecimal("137276.56"),
                        Map.of(
                                Carrier.ELECTRICITY, new BigDecimal("28382.391"),
                                Carrier.GREEN_ELECTRICITY, new BigDecimal("0.0"),
                                Carrier.RAW_COAL, new BigDecimal("13790.433"),
                                Carrier.NATURAL_GAS, new BigDecimal("3467076.992"),
                                Carrier.GASOLINE, new BigDecimal("1514.975"))),
                new EnterpriseYear(
                        "E0001-99",
                        2020,
                        new BigDecimal("181315.51"),
                        Map.of(
                                Carrier.ELECTRICITY, new BigDecimal("176552.617"),
                                Carrier.GREEN_ELECTRICITY, new BigDecimal("61793.416"),
                                Carrier.DIESEL, new BigDecimal("2070.496"),
                                Carrier.GASOLINE, new BigDecimal("568.463"))),
                new EnterpriseYear(
                        "E0002-99",
                        2020,
                        new BigDecimal("1619.25"),
                        Map.of(
                                Carrier.ELECTRICITY, new BigDecimal("180.53"),
                                Carrier.GREEN_ELECTRICITY, new BigDecimal("63.185"),
                                Carrier.RAW_COAL, new BigDecimal("158.017"),
                                Carrier.GASOLINE, new BigDecimal("5.598"))));
        CarbonAccounting.Result result = new CarbonAccounting()
                .account(
                        factors.factors(),
                        2020,
                        new CarbonAccounting.Targets(new BigDecimal("0.134"), new BigDecimal("-0.04")),
                        declared);

        assertEquals(
                List.of("19777.907952", "54330.112477", "25551.672809", "73520.032018", "143.295577", "383.576268"),
                result.enterpriseYears().stream()
                        .flatMap(e -> java.util.stream.Stream.of(answered(e.energyTce()), answered(e.co2T())))
                        .toList());
        CarbonAccounting.ZoneYearResult zone = result.zoneYears().get(0);
        assertEquals(
                List.of("45472.876339", "128233.720764", "0.142009", "0.400466"),
                List.of(
                        answered(zone.energyTce()),
                        answered(zone.co2T()),
                        answered(zone.energyIntensity()),
                        answered(zone.co2Intensity())));
        assertEquals(7, factors.revision(), "six changes after the copy");
    }

    /** As the calculator answers a figure: 6 decimals, halfway towards zero. */
    private static String answered(BigDecimal value) {
        return value.setScale(6, RoundingMode.HALF_DOWN).stripTrailingZeros().toPlainString();
    }
}
