package org.greenhub.zone.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * What an enterprise declares for one year, each figure in its own unit: money in 10,000 yuan, electricity in MWh,
 * coal, diesel, gasoline, waste and pollutants in tonnes, natural gas and water in m³, purchased heat in GJ, and
 * "other" energy in the unit the enterprise names with its own standard-coal factor (tce per unit). Null: not
 * declared. {@link #check()} holds the plausibility rules that refuse; energy and CO2 are computed later from the
 * year's factor table, never stored here. Embedded by {@link Declaration} onto the columns named here.
 */
@Embeddable
public record DeclarationFigures(
        @Column(name = "value_added") BigDecimal valueAdded,
        @Column(name = "gross_output") BigDecimal grossOutput,
        @Column(name = "green_tech_output") BigDecimal greenTechOutput,
        @Column(name = "electricity_mwh") BigDecimal electricity,
        @Column(name = "green_electricity_mwh") BigDecimal greenElectricity,
        @Column(name = "raw_coal_t") BigDecimal rawCoal,
        @Column(name = "natural_gas_m3") BigDecimal naturalGas,
        @Column(name = "diesel_t") BigDecimal diesel,
        @Column(name = "gasoline_t") BigDecimal gasoline,
        @Column(name = "heat_gj") BigDecimal heat,
        @Column(name = "other_energy") BigDecimal otherEnergy,
        @Column(name = "other_energy_unit") String otherEnergyUnit,
        @Column(name = "other_energy_tce_per_unit") BigDecimal otherEnergyFactor,
        @Column(name = "water_withdrawn_m3") BigDecimal waterWithdrawn,
        @Column(name = "water_reused_m3") BigDecimal waterReused,
        @Column(name = "waste_generated_t") BigDecimal wasteGenerated,
        @Column(name = "waste_recycled_t") BigDecimal wasteRecycled,
        @Column(name = "cod_t") BigDecimal cod,
        @Column(name = "ammonia_nitrogen_t") BigDecimal ammoniaNitrogen,
        @Column(name = "so2_t") BigDecimal so2,
        @Column(name = "nox_t") BigDecimal nox,
        @Column(name = "vocs_t") BigDecimal vocs,
        @Column(name = "particulates_t") BigDecimal particulates,
        @Column(name = "cleaner_production_audit") Boolean cleanerProductionAudit,
        @Column(name = "meets_standards") Boolean meetsStandards)
        implements Serializable {

    /** Far above any enterprise's figure in these units, and within the columns' 15 integer digits. */
    static final BigDecimal MAX = new BigDecimal("1000000000000");
    /** Three decimals: a kilogram in tonnes, a litre in m³, a kWh in MWh. */
    static final int DECIMALS = 3;
    /** Six decimals for the other carrier's factor, as factor tables print them (e.g. 0.034120 tce/GJ). */
    static final int FACTOR_DECIMALS = 6;

    /** The figures by field name, in the form's order (the field names are the forms' and the API's). */
    public Map<String, BigDecimal> numbers() {
        Map<String, BigDecimal> n = new LinkedHashMap<>();
        n.put("valueAdded", valueAdded);
        n.put("grossOutput", grossOutput);
        n.put("greenTechOutput", greenTechOutput);
        n.put("electricity", electricity);
        n.put("greenElectricity", greenElectricity);
        n.put("rawCoal", rawCoal);
        n.put("naturalGas", naturalGas);
        n.put("diesel", diesel);
        n.put("gasoline", gasoline);
        n.put("heat", heat);
        n.put("otherEnergy", otherEnergy);
        n.put("waterWithdrawn", waterWithdrawn);
        n.put("waterReused", waterReused);
        n.put("wasteGenerated", wasteGenerated);
        n.put("wasteRecycled", wasteRecycled);
        n.put("cod", cod);
        n.put("ammoniaNitrogen", ammoniaNitrogen);
        n.put("so2", so2);
        n.put("nox", nox);
        n.put("vocs", vocs);
        n.put("particulates", particulates);
        return n;
    }

    /**
     * The figures as stored, or the first refusal with the field it names: value added, gross output and the two
     * yes/no answers are required; no figure is negative, above {@link #MAX} or finer than three decimals; green
     * electricity is part of electricity, so never above it; "other" energy needs its unit and factor.
     */
    public DeclarationFigures check() {
        for (String required : new String[] {"valueAdded", "grossOutput"}) {
            if (numbers().get(required) == null) {
                throw DomainException.invalid(required, "platform.validation.required");
            }
        }
        checkValues();
        String unit = TextRules.optionalName("otherEnergyUnit", otherEnergyUnit, 40);
        boolean other = otherEnergy != null && otherEnergy.signum() > 0;
        if (other && unit == null) {
            throw DomainException.invalid("otherEnergyUnit", "zone.declaration.otherUnitRequired");
        }
        if (other && otherEnergyFactor == null) {
            throw DomainException.invalid("otherEnergyFactor", "zone.declaration.otherFactorRequired");
        }
        checkOtherFactor();
        if (cleanerProductionAudit == null) {
            throw DomainException.invalid("cleanerProductionAudit", "platform.validation.required");
        }
        if (meetsStandards == null) {
            throw DomainException.invalid("meetsStandards", "platform.validation.required");
        }
        return withUnit(unit);
    }

    /**
     * A draft as stored: what is typed may be incomplete (nothing is required until it is filed), but what is there
     * must be storable as it will be filed, so a figure that would be refused on filing is refused now, beside its
     * field.
     */
    public DeclarationFigures checkDraft() {
        checkValues();
        String unit = TextRules.optionalName("otherEnergyUnit", otherEnergyUnit, 40);
        checkOtherFactor();
        return withUnit(unit);
    }

    private void checkValues() {
        numbers().forEach((field, value) -> {
            if (value == null) {
                return;
            }
            if (value.signum() < 0) {
                throw DomainException.invalid(field, "zone.declaration.negative");
            }
            if (value.compareTo(MAX) > 0) {
                throw DomainException.invalid(field, "zone.declaration.tooLarge");
            }
            if (value.stripTrailingZeros().scale() > DECIMALS) {
                throw DomainException.invalid(field, "zone.declaration.decimals", DECIMALS);
            }
        });
        BigDecimal total = electricity == null ? BigDecimal.ZERO : electricity;
        if (greenElectricity != null && greenElectricity.compareTo(total) > 0) {
            throw DomainException.invalid("greenElectricity", "zone.declaration.greenAboveElectricity");
        }
    }

    private void checkOtherFactor() {
        if (otherEnergyFactor != null
                && (otherEnergyFactor.signum() < 0
                        || otherEnergyFactor.compareTo(new BigDecimal("1000")) > 0
                        || otherEnergyFactor.stripTrailingZeros().scale() > FACTOR_DECIMALS)) {
            throw DomainException.invalid("otherEnergyFactor", "zone.declaration.otherFactor");
        }
    }

    private DeclarationFigures withUnit(String unit) {
        return new DeclarationFigures(
                valueAdded,
                grossOutput,
                greenTechOutput,
                electricity,
                greenElectricity,
                rawCoal,
                naturalGas,
                diesel,
                gasoline,
                heat,
                otherEnergy,
                unit,
                otherEnergyFactor,
                waterWithdrawn,
                waterReused,
                wasteGenerated,
                wasteRecycled,
                cod,
                ammoniaNitrogen,
                so2,
                nox,
                vocs,
                particulates,
                cleanerProductionAudit,
                meetsStandards);
    }
}
