package org.greenhub.zone.application;

import java.io.Serializable;
import java.math.BigDecimal;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneLevel;

/** A zone as its pages show it: plain values read inside the use case, so no page holds the persistent zone. */
public record ZoneView(
        long id,
        String code,
        LocalisedName name,
        ZoneLevel level,
        String province,
        String city,
        BigDecimal areaKm2,
        int administrators,
        long version)
        implements Serializable {

    static ZoneView of(Zone zone) {
        return new ZoneView(
                zone.getId(),
                zone.getCode(),
                zone.getName(),
                zone.getLevel(),
                zone.getProvince(),
                zone.getCity(),
                zone.getAreaKm2(),
                zone.getAdministratorIds().size(),
                zone.getVersion());
    }
}
