package org.greenhub.reserve.domain;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.greenhub.platform.error.DomainException;

/**
 * A project's green benefits per year, each in its unit: energy saved (tce), CO2 avoided (t), water saved (m³), waste
 * recycled (t). Used both for what a project expects when it is declared and for what it reports once financed, so
 * the two can be compared figure by figure. Embedded by the entities that keep it, onto their own column names.
 * A figure not estimated is {@code null}; a given figure is never negative.
 */
@Embeddable
public record Benefits(
        BigDecimal energySavedTce, BigDecimal co2AvoidedT, BigDecimal waterSavedM3, BigDecimal wasteRecycledT)
        implements Serializable {

    /** The figures by name, in the order pages and exports show them. */
    public enum Figure {
        ENERGY_SAVED_TCE("energySavedTce"),
        CO2_AVOIDED_T("co2AvoidedT"),
        WATER_SAVED_M3("waterSavedM3"),
        WASTE_RECYCLED_T("wasteRecycledT");

        private final String field;

        Figure(String field) {
            this.field = field;
        }

        /** The field's name in forms and in the API. */
        public String field() {
            return field;
        }
    }

    public Benefits {
        for (Figure figure : Figure.values()) {
            BigDecimal value = pick(figure, energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT);
            if (value != null && value.signum() < 0) {
                throw DomainException.invalid(figure.field(), "reserve.benefits.negative");
            }
        }
    }

    public static final Benefits NONE = new Benefits(null, null, null, null);

    public BigDecimal get(Figure figure) {
        return pick(figure, energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT);
    }

    /** Whether any figure is given (a declaration must estimate at least one benefit). */
    public boolean anyGiven() {
        return energySavedTce != null || co2AvoidedT != null || waterSavedM3 != null || wasteRecycledT != null;
    }

    private static BigDecimal pick(
            Figure figure, BigDecimal energy, BigDecimal co2, BigDecimal water, BigDecimal waste) {
        return switch (figure) {
            case ENERGY_SAVED_TCE -> energy;
            case CO2_AVOIDED_T -> co2;
            case WATER_SAVED_M3 -> water;
            case WASTE_RECYCLED_T -> waste;
        };
    }
}
