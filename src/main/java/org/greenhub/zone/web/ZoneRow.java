package org.greenhub.zone.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.Figures;
import org.greenhub.zone.application.ZoneView;
import org.greenhub.zone.domain.ZoneLevel;

/** A zone as a page lists it, in the reader's language: plain values, so the view state stays small. */
public record ZoneRow(
        long id, String code, LocalisedName name, ZoneLevel level, String place, String area, int administrators)
        implements Serializable {

    static ZoneRow of(ZoneView zone, Locale locale) {
        String place = Stream.of(zone.city(), zone.province())
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return new ZoneRow(
                zone.id(),
                zone.code(),
                zone.name(),
                zone.level(),
                place,
                Figures.amount(zone.areaKm2(), locale),
                zone.administrators());
    }
}
