package org.greenhub.zone.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.Figures;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;

/** A zone as a page lists it, in the reader's language: plain values, so the view state stays small. */
public record ZoneRow(
        long id, String code, LocalisedName name, ZoneLevel level, String place, String area, int administrators)
        implements Serializable {

    static ZoneRow of(Zone zone, Locale locale) {
        String place = Stream.of(zone.getCity(), zone.getProvince())
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
        return new ZoneRow(
                zone.getId(),
                zone.getCode(),
                zone.getName(),
                zone.getLevel(),
                place,
                Figures.amount(zone.getAreaKm2(), locale),
                zone.getAdministratorIds().size());
    }
}
