package org.greenhub.alliance.domain;

import java.math.BigDecimal;

/** The yearly activity rating: 86 and above high, 75-85 fairly high, 65-74 average, 64 and below poor. */
public enum ActivityBand {
    HIGH,
    FAIRLY_HIGH,
    AVERAGE,
    POOR;

    /** Bands by the score rounded half up to a whole point (85.5 counts as 86). */
    public static ActivityBand of(BigDecimal score) {
        int points = score.setScale(0, java.math.RoundingMode.HALF_UP).intValue();
        if (points >= 86) {
            return HIGH;
        }
        if (points >= 75) {
            return FAIRLY_HIGH;
        }
        if (points >= 65) {
            return AVERAGE;
        }
        return POOR;
    }

    public String messageKey() {
        return "alliance.band." + name();
    }
}
