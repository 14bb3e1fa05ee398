package org.greenhub.zone.domain;

/** Who approved the zone: the State Council (national) or a province. */
public enum ZoneLevel {
    NATIONAL,
    PROVINCIAL;

    public String messageKey() {
        return "zone.level." + name();
    }
}
