package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each organisation's impact counted once a year: its residents' reports where it gave them, else its entries. */
class ProgrammeImpactTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void reportedFiguresReplaceTheDeclaredOnesOfTheSameOrganisationAndYearOnly() {
        Map<Integer, ProgrammeImpact.YearImpact> years = ProgrammeImpact.byYear(
                List.of(
                        new ProgrammeImpact.Awarded(2025, 1, d("1000"), d("500")),
                        new ProgrammeImpact.Awarded(2025, 2, d("200"), d("300")),
                        new ProgrammeImpact.Awarded(2024, 2, null, d("40"))),
                List.of(
                        new ProgrammeImpact.Reported(2025, 2, d("120")),
                        new ProgrammeImpact.Reported(2023, 1, d("9"))));

        assertEquals(0, d("147.48").compareTo(years.get(2025).energySavedTce()), "1,200 MWh at 0.1229 tce/MWh");
        assertEquals(0, d("620").compareTo(years.get(2025).co2AvoidedT()), "500 declared + 120 reported, not 300");
        assertEquals(0, d("40").compareTo(years.get(2024).co2AvoidedT()), "no report that year: the declared figure");
        assertNull(years.get(2024).energySavedTce(), "nobody gave energy saved in 2024: no value, not zero");
        assertEquals(0, d("9").compareTo(years.get(2023).co2AvoidedT()));
        assertEquals(List.of(2023, 2024, 2025), List.copyOf(years.keySet()));
    }
}
