package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void theSeededTableHasTheNationalCoefficientsWithTheirSources() {
        FactorTables.TableView seeded = factorTables.table(2022);
        assertEquals(
                0,
                new BigDecimal("0.1229")
                        .compareTo(seeded.factor(Carrier.ELECTRICITY).tcePerUnit()));
        assertEquals(
                0,
                new BigDecimal("0.0012143")
                        .compareTo(seeded.factor(Carrier.NATURAL_GAS).tcePerUnit()));
        assertEquals(
                0,
                new BigDecimal("0.03412").compareTo(seeded.factor(Carrier.HEAT).tcePerUnit()));
        assertEquals(
                "GB/T 2589-2020, equivalent value (0.1229 kgce/kWh)",
                seeded.factor(Carrier.ELECTRICITY).tceSource());
        assertEquals(6, factorTables.forAccounting(2022).factors().size());
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
