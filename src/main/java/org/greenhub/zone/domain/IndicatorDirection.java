package org.greenhub.zone.domain;

/** Whether an indicator improves as it falls (energy intensity) or as it rises (a share of green output). */
public enum IndicatorDirection {
    LOWER_IS_BETTER,
    HIGHER_IS_BETTER;

    public String messageKey() {
        return "zone.indicators.direction." + name();
    }
}
