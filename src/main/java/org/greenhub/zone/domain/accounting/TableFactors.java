package org.greenhub.zone.domain.accounting;

import java.util.Map;

/**
 * A stored factor table as {@link CarbonAccounting#account} takes it, with what a result must cite: the table's year
 * and its revision (one more on every change), so a published figure names the exact factors it was computed with.
 */
public record TableFactors(int year, int revision, Map<Carrier, Factor> factors) {

    public TableFactors {
        factors = Map.copyOf(factors);
    }
}
