package org.greenhub.zone.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DeclarationSharesTest {

    private static BigDecimal d(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    @Test
    void sharesArePercentagesToTwoDecimals() {
        DeclarationShares shares =
                new DeclarationShares(2024, d("48000"), d("12000"), 2, 3, 1, 3, d("1000"), d("3000"), d("90"), d("60"));

        assertEquals(d("25.00"), shares.greenTechOutputShare());
        assertEquals(d("66.67"), shares.cleanerProductionAuditShare(), "two of the three that answered");
        assertEquals(d("33.33"), shares.meetingStandardsShare());
        assertEquals(d("75.00"), shares.waterReuseRate(), "reused over all water used: 3,000 of 4,000 m³");
        assertEquals(d("66.67"), shares.solidWasteRecyclingRate());
    }

    @Test
    void aShareWithNothingToCountHasNoValue() {
        DeclarationShares shares = new DeclarationShares(2024, null, null, 0, 0, 0, 0, d("0"), null, d("0"), d("0"));

        assertNull(shares.greenTechOutputShare());
        assertNull(shares.cleanerProductionAuditShare(), "nobody answered: not 0 %");
        assertNull(shares.meetingStandardsShare());
        assertNull(shares.waterReuseRate());
        assertNull(shares.solidWasteRecyclingRate(), "no waste generated");
    }
}
