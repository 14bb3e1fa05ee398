package org.greenhub.zone.domain.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The definitions' arithmetic at full precision, below the 6 decimals the calculator answers. */
class CarbonAccountingTest {

    @Test
    void rootsAreExactTo34Digits() {
        assertEquals(0, new BigDecimal("2").compareTo(CarbonAccounting.root(new BigDecimal("8"), 3)));
        assertEquals(
                new BigDecimal("1.414213562373095048801688724209698"), CarbonAccounting.root(new BigDecimal("2"), 2));
        assertEquals(0, BigDecimal.ZERO.compareTo(CarbonAccounting.root(BigDecimal.ZERO, 5)));
        assertEquals(new BigDecimal("0.25"), CarbonAccounting.root(new BigDecimal("0.25"), 1));
    }

    @Test
    void aThirdIsKeptTo34DigitsNotRoundedEarly() {
        EnterpriseYear year =
                new EnterpriseYear("A", 2020, new BigDecimal("3"), Map.of(Carrier.RAW_COAL, BigDecimal.ONE));
        var result = new CarbonAccounting()
                .account(
                        Map.of(Carrier.RAW_COAL, new Factor(BigDecimal.ONE, BigDecimal.ONE)),
                        2020,
                        new CarbonAccounting.Targets(null, null),
                        List.of(year));
        assertEquals(
                new BigDecimal("0.3333333333333333333333333333333333"),
                result.enterpriseYears().get(0).co2Intensity());
    }

    @Test
    void theDomainRefusesWhatTheCalculatorMustHaveChecked() {
        assertThrows(IllegalArgumentException.class, () -> new EnterpriseYear("A", 2020, BigDecimal.ZERO, Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EnterpriseYear(
                        "A",
                        2020,
                        BigDecimal.ONE,
                        Map.of(Carrier.ELECTRICITY, BigDecimal.ONE, Carrier.GREEN_ELECTRICITY, BigDecimal.TEN)));
        EnterpriseYear coal = new EnterpriseYear("A", 2020, BigDecimal.ONE, Map.of(Carrier.RAW_COAL, BigDecimal.ONE));
        assertThrows(
                IllegalArgumentException.class,
                () -> new CarbonAccounting()
                        .account(Map.of(), 2020, new CarbonAccounting.Targets(null, null), List.of(coal)));
    }
}
