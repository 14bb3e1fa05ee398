package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.greenhub.zone.domain.Plausibility.Flag;
import org.greenhub.zone.domain.Plausibility.Kind;
import org.greenhub.zone.domain.Plausibility.PreviousYear;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
import org.greenhub.zone.domain.accounting.Factor;
import org.junit.jupiter.api.Test;

/**
 * The checks that flag a declaration for the reviewer without refusing it (more than 5× the sector's median, more
 * than 50 % change from the accepted year before), the median itself, and "other" energy in the accounting.
 */
class PlausibilityTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static List<BigDecimal> ds(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static List<Kind> kinds(List<Flag> flags) {
        return flags.stream().map(Flag::kind).toList();
    }

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(
                0,
                d("0.3").compareTo(Plausibility.median(ds("0.9", "0.1", "0.3")).orElseThrow()));
        assertEquals(
                0,
                d("0.25")
                        .compareTo(Plausibility.median(ds("0.4", "0.1", "0.2", "0.3"))
                                .orElseThrow()));
        assertTrue(Plausibility.median(List.of()).isEmpty());
    }

    @Test
    void anEnergyIntensityMoreThanFiveTimesTheSectorMedianIsFlaggedWithItsFigures() {
        List<Flag> flags = Plausibility.flags(d("0.51"), d("1"), ds("0.1", "0.1", "0.9"), null);
        assertEquals(List.of(Kind.SECTOR_MEDIAN), kinds(flags));
        Flag flag = flags.get(0);
        assertEquals(0, d("0.1").compareTo(flag.reference()), "the median, not the mean (0.367)");
        assertEquals(3, flag.basis(), "how many other enterprises made the median");
        assertEquals(0, d("5.1").compareTo(flag.ratio()));
    }

    @Test
    void exactlyFiveTimesTheMedianOrFewerThanThreeOthersIsNotFlagged() {
        assertEquals(List.of(), Plausibility.flags(d("0.5"), d("1"), ds("0.1", "0.1", "0.1"), null), "5× exactly");
        assertEquals(
                List.of(), Plausibility.flags(d("9"), d("1"), ds("0.1", "0.1"), null), "two others make no median");
        assertEquals(List.of(), Plausibility.flags(d("9"), d("1"), ds("0", "0", "0"), null), "a median of 0");
    }

    @Test
    void aChangeOfMoreThanHalfFromTheAcceptedYearBeforeIsFlaggedUpOrDown() {
        PreviousYear before = new PreviousYear(2011, d("0.2"), d("1.0"));
        List<Flag> up = Plausibility.flags(d("0.31"), d("1.0"), List.of(), before);
        assertEquals(List.of(Kind.ENERGY_CHANGE), kinds(up));
        assertEquals(2011, up.get(0).basis());
        assertEquals(0, d("0.55").compareTo(up.get(0).ratio()), "+55 %");
        List<Flag> down = Plausibility.flags(d("0.2"), d("0.49"), List.of(), before);
        assertEquals(List.of(Kind.CO2_CHANGE), kinds(down));
        assertEquals(0, d("-0.51").compareTo(down.get(0).ratio()), "−51 %");
        assertEquals(List.of(), Plausibility.flags(d("0.3"), d("0.5"), List.of(), before), "exactly 50 % up and down");
        assertEquals(
                List.of(),
                Plausibility.flags(d("5"), d("5"), List.of(), new PreviousYear(2011, d("0"), d("0"))),
                "from 0 there is no share to compare");
    }

    @Test
    void allThreeFlagsTogether() {
        List<Flag> flags =
                Plausibility.flags(d("0.6"), d("3"), ds("0.1", "0.1", "0.1"), new PreviousYear(2011, d("0.2"), d("1")));
        assertEquals(List.of(Kind.SECTOR_MEDIAN, Kind.ENERGY_CHANGE, Kind.CO2_CHANGE), kinds(flags));
    }

    @Test
    void otherEnergyCountsInEnergyAndItsIntensityButNotInCo2() {
        Map<Carrier, Factor> factors = Map.of(Carrier.ELECTRICITY, new Factor(d("0.1"), d("0.5")));
        EnterpriseYear year = new EnterpriseYear("e", 2012, d("1000"), Map.of(Carrier.ELECTRICITY, d("1000")));
        CarbonAccounting accounting = new CarbonAccounting();
        CarbonAccounting.EnterpriseResult plain = accounting.enterpriseYear(factors, year, BigDecimal.ZERO);
        assertEquals(
                accounting
                        .account(factors, 2012, new CarbonAccounting.Targets(null, null), List.of(year))
                        .enterpriseYears()
                        .get(0),
                plain,
                "without other energy it is exactly what the calculator computes");
        CarbonAccounting.EnterpriseResult withOther = accounting.enterpriseYear(factors, year, d("25"));
        assertEquals(0, d("125").compareTo(withOther.energyTce()));
        assertEquals(0, d("0.125").compareTo(withOther.energyIntensity()));
        assertEquals(0, d("500").compareTo(withOther.co2T()), "no CO2 factor is known for other energy");
        assertEquals(0, d("0.5").compareTo(withOther.co2Intensity()));
    }
}
