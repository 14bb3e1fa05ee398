package org.greenhub.zone.domain;

import static org.greenhub.zone.domain.IndicatorDirection.HIGHER_IS_BETTER;
import static org.greenhub.zone.domain.IndicatorDirection.LOWER_IS_BETTER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndicatorStatusTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void aLowerIsBetterIndicatorMeetsItsBoundAtOrBelowIt() {
        assertEquals(IndicatorStatus.MET, IndicatorStatus.of(d("0.4"), LOWER_IS_BETTER, null, d("0.40")));
        assertEquals(IndicatorStatus.MET, IndicatorStatus.of(d("-4.5"), LOWER_IS_BETTER, null, d("-4")));
        assertEquals(IndicatorStatus.NOT_MET, IndicatorStatus.of(d("0.41"), LOWER_IS_BETTER, null, d("0.4")));
        assertEquals(IndicatorStatus.NOT_MET, IndicatorStatus.of(d("-3.9"), LOWER_IS_BETTER, null, d("-4")));
    }

    @Test
    void aHigherIsBetterRangeIsMetFromItsLowerEndUp() {
        assertEquals(IndicatorStatus.MET, IndicatorStatus.of(d("40"), HIGHER_IS_BETTER, d("40"), d("45")));
        assertEquals(IndicatorStatus.MET, IndicatorStatus.of(d("60"), HIGHER_IS_BETTER, d("40"), d("45")));
        assertEquals(IndicatorStatus.NOT_MET, IndicatorStatus.of(d("39.99"), HIGHER_IS_BETTER, d("40"), d("45")));
    }

    @Test
    void aLowerIsBetterRangeIsMetUpToItsUpperEnd() {
        assertEquals(IndicatorStatus.MET, IndicatorStatus.of(d("45"), LOWER_IS_BETTER, d("40"), d("45")));
        assertEquals(IndicatorStatus.NOT_MET, IndicatorStatus.of(d("46"), LOWER_IS_BETTER, d("40"), d("45")));
    }

    @Test
    void withoutAValueOrATargetThereIsNoVerdict() {
        assertEquals(IndicatorStatus.NO_VALUE, IndicatorStatus.of(null, HIGHER_IS_BETTER, d("40"), null));
        assertEquals(IndicatorStatus.NO_TARGET, IndicatorStatus.of(d("12"), HIGHER_IS_BETTER, null, null));
    }
}
