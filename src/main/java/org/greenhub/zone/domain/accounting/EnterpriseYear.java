package org.greenhub.zone.domain.accounting;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One enterprise's declared year: industrial value added (10,000 yuan) and energy by carrier in the carrier's unit
 * (a missing carrier is zero). Checked by whoever builds it (the calculator names the bad item in its answer); these
 * are only the invariants the definitions need.
 */
public record EnterpriseYear(String enterprise, int year, BigDecimal valueAdded, Map<Carrier, BigDecimal> energy) {

    public EnterpriseYear {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(valueAdded, "valueAdded");
        // an unmodifiable EnumMap rather than Map.copyOf: copying into a hashed map was a tenth of the accounts'
        // time for a zone of 110,000 enterprise-years (docs/performance.md)
        EnumMap<Carrier, BigDecimal> copy = new EnumMap<>(Carrier.class);
        for (Map.Entry<Carrier, BigDecimal> entry : energy.entrySet()) {
            BigDecimal quantity = Objects.requireNonNull(entry.getValue(), "quantity");
            if (quantity.signum() < 0) {
                throw new IllegalArgumentException("quantities are 0 or more");
            }
            copy.put(Objects.requireNonNull(entry.getKey(), "carrier"), quantity);
        }
        energy = Collections.unmodifiableMap(copy);
        if (valueAdded.signum() <= 0) {
            throw new IllegalArgumentException("value added must be positive");
        }
        // The fields are assigned after this body: read the parameter, not quantity().
        if (energy.getOrDefault(Carrier.GREEN_ELECTRICITY, BigDecimal.ZERO)
                        .compareTo(energy.getOrDefault(Carrier.ELECTRICITY, BigDecimal.ZERO))
                > 0) {
            throw new IllegalArgumentException("green electricity is part of electricity");
        }
    }

    public BigDecimal quantity(Carrier carrier) {
        return energy.getOrDefault(carrier, BigDecimal.ZERO);
    }
}
