package org.greenhub.zone.domain.accounting;

import java.math.BigDecimal;
import java.util.Objects;

/** A carrier's conversion: tonnes of standard coal equivalent and tonnes of CO2 per unit of the carrier. */
public record Factor(BigDecimal tcePerUnit, BigDecimal co2PerUnit) {

    public Factor {
        Objects.requireNonNull(tcePerUnit, "tcePerUnit");
        Objects.requireNonNull(co2PerUnit, "co2PerUnit");
        if (tcePerUnit.signum() < 0 || co2PerUnit.signum() < 0) {
            throw new IllegalArgumentException("factors are 0 or more");
        }
    }
}
