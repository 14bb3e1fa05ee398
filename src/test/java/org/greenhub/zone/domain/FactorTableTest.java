package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.Factor;
import org.greenhub.zone.domain.accounting.TableFactors;
import org.junit.jupiter.api.Test;

/** A factor table's invariants: values above 0 with their sources, a revision that counts changes, complete tables. */
class FactorTableTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private static CarrierFactor values(String tce, String co2) {
        return new CarrierFactor(new BigDecimal(tce), "GB/T 2589-2020", new BigDecimal(co2), "MEE 2022");
    }

    private static FactorTable table(int year) {
        Map<Carrier, CarrierFactor> rows = new EnumMap<>(Carrier.class);
        for (Carrier carrier : FactorTable.CARRIERS) {
            rows.put(carrier, values("1.5", "2.5"));
        }
        rows.put(Carrier.ELECTRICITY, values("0.1229", "0.5703"));
        return FactorTable.of(year, rows, NOW);
    }

    private static DomainException refusal(String tce, String tceSource, String co2, String co2Source) {
        return assertThrows(
                DomainException.class,
                () -> new CarrierFactor(
                        tce == null ? null : new BigDecimal(tce),
                        tceSource,
                        co2 == null ? null : new BigDecimal(co2),
                        co2Source));
    }

    @Test
    void zeroNegativeMissingAndOverPreciseValuesAreRefusedNamingTheField() {
        DomainException zero = refusal("0", "GB/T 2589-2020", "0.5", "MEE");
        assertEquals("tcePerUnit", zero.field());
        assertEquals("zone.factors.validation.notPositive", zero.messageKey());
        DomainException negative = refusal("0.1", "GB/T 2589-2020", "-0.5703", "MEE");
        assertEquals("co2PerUnit", negative.field());
        assertEquals("zone.factors.validation.notPositive", negative.messageKey());
        assertEquals(
                "platform.validation.required", refusal(null, "s", "0.5", "s").messageKey());
        assertEquals(
                "zone.factors.validation.decimals",
                refusal("0.0000000000001", "s", "0.5", "s").messageKey());
        assertEquals(
                "zone.factors.validation.tooLarge",
                refusal("1000001", "s", "0.5", "s").messageKey());
        DomainException noSource = refusal("0.1", "  ", "0.5", "MEE");
        assertEquals("tceSource", noSource.field());
        assertEquals("co2Source", refusal("0.1", "GB/T", "0.5", null).field());
        assertEquals("co2Source", refusal("0.1", "GB/T", "0.5", "x".repeat(301)).field());
    }

    @Test
    void everyRealChangeRaisesTheRevisionAndTheSameValuesDoNot() {
        FactorTable table = table(2024);
        assertEquals(1, table.getRevision());
        assertTrue(table.change(Carrier.ELECTRICITY, values("0.1229", "0.5366")));
        assertEquals(2, table.getRevision());
        assertFalse(
                table.change(Carrier.ELECTRICITY, values("0.12290", "0.5366")),
                "the same number written with another scale is no change");
        assertEquals(2, table.getRevision());
        assertTrue(table.change(
                Carrier.ELECTRICITY,
                new CarrierFactor(new BigDecimal("0.1229"), "GB/T 2589-2020", new BigDecimal("0.5366"), "MEE 2023")));
        assertEquals(3, table.getRevision(), "a corrected source is a change too");
        assertEquals("0.5366 (MEE 2023)", table.snapshot().get("electricityCo2"));
        assertEquals(3, table.snapshot().get("revision"));
    }

    @Test
    void aCopyHasTheValuesAndSourcesForItsYearAtRevisionOne() {
        FactorTable table = table(2024);
        table.change(Carrier.HEAT, values("0.03412", "0.11"));
        FactorTable copy = table.copyTo(2025, NOW);
        assertEquals(2025, copy.getYear());
        assertEquals(1, copy.getRevision());
        assertEquals(new BigDecimal("0.11"), copy.factor(Carrier.HEAT).getCo2PerUnit());
        assertEquals("MEE 2022", copy.factor(Carrier.HEAT).getCo2Source());
        assertEquals(
                "year",
                assertThrows(DomainException.class, () -> table.copyTo(2101, NOW))
                        .field());
        assertEquals(
                "toYear",
                assertThrows(DomainException.class, () -> FactorTable.year("toYear", 1899))
                        .field());
    }

    @Test
    void theAccountingInputHasEveryCarrierWithFactorsAndNamesYearAndRevision() {
        FactorTable table = table(2024);
        table.change(Carrier.DIESEL, values("1.4571", "3.0959"));
        TableFactors factors = table.forAccounting();
        assertEquals(2024, factors.year());
        assertEquals(2, factors.revision());
        assertEquals(6, factors.factors().size());
        assertFalse(factors.factors().containsKey(Carrier.GREEN_ELECTRICITY), "green electricity has no factor");
        assertEquals(
                new Factor(new BigDecimal("1.4571"), new BigDecimal("3.0959")),
                factors.factors().get(Carrier.DIESEL));
        assertThrows(IllegalArgumentException.class, () -> table.change(Carrier.GREEN_ELECTRICITY, values("1", "1")));
        Map<Carrier, CarrierFactor> incomplete = new EnumMap<>(Carrier.class);
        incomplete.put(Carrier.ELECTRICITY, values("0.1229", "0.5703"));
        assertThrows(IllegalArgumentException.class, () -> FactorTable.of(2024, incomplete, NOW));
    }
}
