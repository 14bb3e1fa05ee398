package org.greenhub.zone.domain;

import java.math.BigDecimal;

/**
 * Where an indicator's value stands against its target. A lower-is-better indicator meets a target when it is at or
 * below it (at or below the upper end of a range); a higher-is-better one when it is at or above it (at or above the
 * lower end of a range: a share above the range is better still, not a miss).
 */
public enum IndicatorStatus {
    MET,
    NOT_MET,
    /** A value, but neither the zone nor the indicator's set names a target. */
    NO_TARGET,
    /** No value for the year. */
    NO_VALUE;

    public static IndicatorStatus of(BigDecimal value, IndicatorDirection direction, BigDecimal low, BigDecimal high) {
        if (value == null) {
            return NO_VALUE;
        }
        BigDecimal bound = direction == IndicatorDirection.LOWER_IS_BETTER
                ? (high != null ? high : low)
                : (low != null ? low : high);
        if (bound == null) {
            return NO_TARGET;
        }
        int compared = value.compareTo(bound);
        boolean met = direction == IndicatorDirection.LOWER_IS_BETTER ? compared <= 0 : compared >= 0;
        return met ? MET : NOT_MET;
    }

    public String messageKey() {
        return "zone.dashboard.status." + name();
    }
}
