package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.junit.jupiter.api.Test;

/** A target is one value or a whole range, within what its indicator's unit allows. */
class ZoneTargetTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final IndicatorSet SET = new IndicatorSet("TEST", 1, LocalisedName.of("Test set", null, null, null));

    private static Indicator indicator(IndicatorUnit unit) {
        return new Indicator(
                SET,
                "TEST_" + unit,
                1,
                LocalisedName.of("Test", null, null, null),
                unit,
                IndicatorDirection.HIGHER_IS_BETTER,
                IndicatorSource.ENTERED_BY_ZONE);
    }

    private static ZoneTarget.Typed value(String value) {
        return new ZoneTarget.Typed(new BigDecimal(value), null, null);
    }

    private static ZoneTarget.Typed range(String low, String high) {
        return new ZoneTarget.Typed(
                null, low == null ? null : new BigDecimal(low), high == null ? null : new BigDecimal(high));
    }

    private static DomainException refused(IndicatorUnit unit, ZoneTarget.Typed typed) {
        return assertThrows(DomainException.class, () -> new ZoneTarget(1L, indicator(unit), 2025, typed, NOW));
    }

    @Test
    void aTargetIsAValueOrARangeAndAChangeReplacesTheOtherForm() {
        ZoneTarget target = new ZoneTarget(1L, indicator(IndicatorUnit.PERCENT), 2025, range("40", "45.0"), NOW);
        assertEquals(new BigDecimal("40"), target.getRangeLow());
        assertEquals(new BigDecimal("45"), target.getRangeHigh());
        assertNull(target.getTargetValue());
        target.change(value("42.5"));
        assertEquals(new BigDecimal("42.5"), target.getTargetValue());
        assertNull(target.getRangeLow());
        assertEquals("42.5", target.snapshot().get("targetValue"));
        assertEquals("Test |  |  | ", target.snapshot().get("indicator"), "named as the zone names are audited");
    }

    @Test
    void halfARangeBothFormsNeitherOrAReversedRangeAreRefusedNamingTheField() {
        assertEquals(
                "zone.targets.validation.required",
                refused(IndicatorUnit.PERCENT, new ZoneTarget.Typed(null, null, null))
                        .messageKey());
        assertEquals(
                "zone.targets.validation.valueOrRange",
                refused(IndicatorUnit.PERCENT, new ZoneTarget.Typed(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN))
                        .messageKey());
        assertEquals("high", refused(IndicatorUnit.PERCENT, range("40", null)).field());
        assertEquals("low", refused(IndicatorUnit.PERCENT, range(null, "45")).field());
        DomainException reversed = refused(IndicatorUnit.PERCENT, range("45", "40"));
        assertEquals("high", reversed.field());
        assertEquals("zone.targets.validation.rangeOrder", reversed.messageKey());
    }

    @Test
    void valuesStayWithinWhatTheUnitAllows() {
        assertEquals(
                "zone.targets.validation.outOfRange",
                refused(IndicatorUnit.PERCENT, value("100.5")).messageKey());
        assertEquals(
                "value", refused(IndicatorUnit.TCE_PER_10K_YUAN, value("-0.1")).field());
        assertEquals(
                new BigDecimal("-4"),
                new ZoneTarget(1L, indicator(IndicatorUnit.PERCENT_PER_YEAR), 2025, value("-4"), NOW).getTargetValue(),
                "an annual change may be a fall");
        assertEquals(
                "zone.targets.validation.whole",
                refused(IndicatorUnit.COUNT, value("2.5")).messageKey());
        assertEquals(
                "zone.targets.validation.outOfRange",
                refused(IndicatorUnit.DAYS, value("367")).messageKey());
        assertEquals(
                "zone.targets.validation.decimals",
                refused(IndicatorUnit.PERCENT, value("1.0000001")).messageKey());
        assertEquals(
                "year",
                assertThrows(
                                DomainException.class,
                                () -> new ZoneTarget(1L, indicator(IndicatorUnit.PERCENT), 2101, value("1"), NOW))
                        .field());
    }
}
