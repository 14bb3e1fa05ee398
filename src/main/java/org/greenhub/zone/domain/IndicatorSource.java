package org.greenhub.zone.domain;

/** Where an indicator's figure comes from: the enterprises' declarations, GreenHub's programmes, or the zone. */
public enum IndicatorSource {
    COMPUTED_FROM_DECLARATIONS,
    COUNTED_FROM_PROGRAMMES,
    ENTERED_BY_ZONE;

    public String messageKey() {
        return "zone.indicators.source." + name();
    }
}
