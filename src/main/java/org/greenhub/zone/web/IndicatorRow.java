package org.greenhub.zone.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.application.ZoneTargets;
import org.greenhub.zone.domain.IndicatorDirection;
import org.greenhub.zone.domain.IndicatorSource;
import org.greenhub.zone.domain.IndicatorUnit;

/** An indicator as the pages list it: names to show in the reader's language, keys for the rest. */
public record IndicatorRow(
        long id,
        String code,
        LocalisedName set,
        LocalisedName name,
        IndicatorUnit unit,
        IndicatorDirection direction,
        IndicatorSource source,
        String referenceLow,
        String referenceHigh)
        implements Serializable {

    static IndicatorRow of(ZoneTargets.IndicatorView indicator, Locale locale) {
        return new IndicatorRow(
                indicator.id(),
                indicator.code(),
                indicator.set(),
                indicator.name(),
                indicator.unit(),
                indicator.direction(),
                indicator.source(),
                number(indicator.referenceLow(), locale),
                number(indicator.referenceHigh(), locale));
    }

    static String number(BigDecimal value, Locale locale) {
        return value == null ? null : FactorNumberConverter.text(value, locale);
    }

    /** The set's own target, if it names one: a range, an upper bound or a lower bound. */
    public boolean hasReference() {
        return referenceLow != null || referenceHigh != null;
    }
}
