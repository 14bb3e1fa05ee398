package org.greenhub.zone.domain;

import java.math.BigDecimal;

/**
 * What an indicator is measured in, with the values a target in that unit may take: a share is 0 to 100 %, an annual
 * change −100 to 100 % a year, days 0 to 366, counts whole numbers; tonnes and yuan are
 * yearly sums.
 */
public enum IndicatorUnit {
    TCE_PER_10K_YUAN("0", "100", false),
    PERCENT("0", "100", false),
    PERCENT_PER_YEAR("-100", "100", false),
    DAYS("0", "366", true),
    COUNT("0", "1000000", true),
    TEN_THOUSAND_TONNES("0", "1000000", false),
    // the programmes' figures (issue 12): a zone's yearly sums, bounded well above any zone's year
    TONNES_STANDARD_COAL("0", "100000000", false),
    TONNES_CO2("0", "1000000000", false),
    YUAN("0", "100000000000", false);

    private final BigDecimal min;
    private final BigDecimal max;
    private final boolean whole;

    IndicatorUnit(String min, String max, boolean whole) {
        this.min = new BigDecimal(min);
        this.max = new BigDecimal(max);
        this.whole = whole;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    /** Days and counts are whole numbers. */
    public boolean whole() {
        return whole;
    }

    public String messageKey() {
        return "zone.indicators.unit." + name();
    }
}
