package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The carbon-peak section: the peak so far and the −4 %-a-year path from the base year against the actual intensity. */
class CarbonPeakTest {

    private static CarbonPeak.Year year(int year, String co2, String intensity) {
        return new CarbonPeak.Year(year, new BigDecimal(co2), new BigDecimal(intensity));
    }

    @Test
    void thePeakIsTheLargestCo2SoFarAndThePathFallsFourPercentAYearFromTheBaseYear() {
        CarbonPeak.Section section = CarbonPeak.of(
                2020,
                2023,
                new BigDecimal("-0.04"),
                List.of(
                        year(2019, "999999", "9"), // before the base year: not in the section
                        year(2020, "1000", "0.5"),
                        year(2021, "1200", "0.49"),
                        year(2023, "1100", "0.40")));

        assertEquals(2021, section.peak().orElseThrow().year());
        assertEquals(
                List.of(2020, 2021, 2022, 2023),
                section.years().stream().map(CarbonPeak.PathYear::year).toList());
        CarbonPeak.PathYear base = section.years().get(0);
        assertEquals(new BigDecimal("0.500000"), base.pathIntensity());
        assertTrue(base.onPath(), "the base year is on its own path");
        // 0.5 × 0.96 = 0.48: 0.49 is above the path
        assertEquals(new BigDecimal("0.480000"), section.years().get(1).pathIntensity());
        assertFalse(section.years().get(1).onPath());
        CarbonPeak.PathYear missing = section.years().get(2);
        assertNull(missing.co2T(), "a year without declarations has no CO2");
        assertEquals(new BigDecimal("0.460800"), missing.pathIntensity(), "but the path goes on");
        assertNull(missing.onPath());
        // 0.5 × 0.96³ = 0.442368: 0.40 is below
        assertEquals(new BigDecimal("0.442368"), section.years().get(3).pathIntensity());
        assertTrue(section.years().get(3).onPath());
    }

    @Test
    void withoutTheBaseYearThereIsNoPathAndWithoutFiguresNoPeak() {
        CarbonPeak.Section noBase =
                CarbonPeak.of(2020, 2022, new BigDecimal("-0.04"), List.of(year(2022, "500", "0.3")));
        assertNull(noBase.years().get(2).pathIntensity());
        assertEquals(2022, noBase.peak().orElseThrow().year());
        assertTrue(CarbonPeak.of(2020, 2021, new BigDecimal("-0.04"), List.of())
                .peak()
                .isEmpty());
    }

    @Test
    void onATieTheEarlierYearIsThePeak() {
        CarbonPeak.Section section = CarbonPeak.of(
                2020, 2021, new BigDecimal("-0.04"), List.of(year(2020, "700", "0.5"), year(2021, "700", "0.45")));
        assertEquals(2020, section.peak().orElseThrow().year());
    }
}
