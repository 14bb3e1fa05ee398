package org.greenhub.zone.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.domain.Indicator;
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

    static IndicatorRow of(Indicator indicator, Locale locale) {
        return new IndicatorRow(
                indicator.getId(),
                indicator.getCode(),
                indicator.getSet().getName(),
                indicator.getName(),
                indicator.getUnit(),
                indicator.getDirection(),
                indicator.getSource(),
                number(indicator.getReferenceLow(), locale),
                number(indicator.getReferenceHigh(), locale));
    }

    static String number(BigDecimal value, Locale locale) {
        return value == null ? null : FactorNumberConverter.text(value, locale);
    }

    /** The set's own target, if it names one: a range, an upper bound or a lower bound. */
    public boolean hasReference() {
        return referenceLow != null || referenceHigh != null;
    }
}
