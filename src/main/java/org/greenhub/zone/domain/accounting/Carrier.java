package org.greenhub.zone.domain.accounting;

import java.util.Optional;

/**
 * What an enterprise declares energy in, each in its own unit. Green electricity (with certificates) is not a carrier
 * of its own: it is the part of {@link #ELECTRICITY} that carries no grid CO2, so it has no factor and is not counted
 * twice in energy.
 */
public enum Carrier {
    ELECTRICITY("electricity", "MWh"),
    GREEN_ELECTRICITY("greenElectricity", "MWh"),
    RAW_COAL("rawCoal", "t"),
    NATURAL_GAS("naturalGas", "m³"),
    DIESEL("diesel", "t"),
    GASOLINE("gasoline", "t"),
    HEAT("heat", "GJ");

    private final String key;
    private final String unit;

    Carrier(String key, String unit) {
        this.key = key;
        this.unit = unit;
    }

    /** The name in the published format (the calculator's JSON, the data pack). */
    public String key() {
        return key;
    }

    /** The unit a quantity is declared in; factors are per this unit. */
    public String unit() {
        return unit;
    }

    /** True for the carriers that have factors (all but green electricity). */
    public boolean hasFactor() {
        return this != GREEN_ELECTRICITY;
    }

    public static Optional<Carrier> byKey(String key) {
        for (Carrier carrier : values()) {
            if (carrier.key.equals(key)) {
                return Optional.of(carrier);
            }
        }
        return Optional.empty();
    }
}
