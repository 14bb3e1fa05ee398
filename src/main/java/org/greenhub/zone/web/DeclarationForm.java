package org.greenhub.zone.web;

import java.io.Serializable;
import java.math.BigDecimal;
import org.greenhub.zone.domain.DeclarationFigures;

/**
 * The declaration form's values as typed, one property per field (the page binds {@code form[field]}, so each input's
 * id, message and property share the field's name, the name a refusal gives).
 */
public class DeclarationForm implements Serializable {

    private static final long serialVersionUID = 1L;
    private BigDecimal valueAdded;
    private BigDecimal grossOutput;
    private BigDecimal greenTechOutput;
    private BigDecimal electricity;
    private BigDecimal greenElectricity;
    private BigDecimal rawCoal;
    private BigDecimal naturalGas;
    private BigDecimal diesel;
    private BigDecimal gasoline;
    private BigDecimal heat;
    private BigDecimal otherEnergy;
    private String otherEnergyUnit;
    private BigDecimal otherEnergyFactor;
    private BigDecimal waterWithdrawn;
    private BigDecimal waterReused;
    private BigDecimal wasteGenerated;
    private BigDecimal wasteRecycled;
    private BigDecimal cod;
    private BigDecimal ammoniaNitrogen;
    private BigDecimal so2;
    private BigDecimal nox;
    private BigDecimal vocs;
    private BigDecimal particulates;
    private Boolean cleanerProductionAudit;
    private Boolean meetsStandards;

    public static DeclarationForm of(DeclarationFigures figures) {
        DeclarationForm form = new DeclarationForm();
        form.valueAdded = figures.valueAdded();
        form.grossOutput = figures.grossOutput();
        form.greenTechOutput = figures.greenTechOutput();
        form.electricity = figures.electricity();
        form.greenElectricity = figures.greenElectricity();
        form.rawCoal = figures.rawCoal();
        form.naturalGas = figures.naturalGas();
        form.diesel = figures.diesel();
        form.gasoline = figures.gasoline();
        form.heat = figures.heat();
        form.otherEnergy = figures.otherEnergy();
        form.otherEnergyUnit = figures.otherEnergyUnit();
        form.otherEnergyFactor = figures.otherEnergyFactor();
        form.waterWithdrawn = figures.waterWithdrawn();
        form.waterReused = figures.waterReused();
        form.wasteGenerated = figures.wasteGenerated();
        form.wasteRecycled = figures.wasteRecycled();
        form.cod = figures.cod();
        form.ammoniaNitrogen = figures.ammoniaNitrogen();
        form.so2 = figures.so2();
        form.nox = figures.nox();
        form.vocs = figures.vocs();
        form.particulates = figures.particulates();
        form.cleanerProductionAudit = figures.cleanerProductionAudit();
        form.meetsStandards = figures.meetsStandards();
        return form;
    }

    public DeclarationFigures figures() {
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
                otherEnergyUnit,
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

    public BigDecimal getValueAdded() {
        return valueAdded;
    }

    public void setValueAdded(BigDecimal valueAdded) {
        this.valueAdded = valueAdded;
    }

    public BigDecimal getGrossOutput() {
        return grossOutput;
    }

    public void setGrossOutput(BigDecimal grossOutput) {
        this.grossOutput = grossOutput;
    }

    public BigDecimal getGreenTechOutput() {
        return greenTechOutput;
    }

    public void setGreenTechOutput(BigDecimal greenTechOutput) {
        this.greenTechOutput = greenTechOutput;
    }

    public BigDecimal getElectricity() {
        return electricity;
    }

    public void setElectricity(BigDecimal electricity) {
        this.electricity = electricity;
    }

    public BigDecimal getGreenElectricity() {
        return greenElectricity;
    }

    public void setGreenElectricity(BigDecimal greenElectricity) {
        this.greenElectricity = greenElectricity;
    }

    public BigDecimal getRawCoal() {
        return rawCoal;
    }

    public void setRawCoal(BigDecimal rawCoal) {
        this.rawCoal = rawCoal;
    }

    public BigDecimal getNaturalGas() {
        return naturalGas;
    }

    public void setNaturalGas(BigDecimal naturalGas) {
        this.naturalGas = naturalGas;
    }

    public BigDecimal getDiesel() {
        return diesel;
    }

    public void setDiesel(BigDecimal diesel) {
        this.diesel = diesel;
    }

    public BigDecimal getGasoline() {
        return gasoline;
    }

    public void setGasoline(BigDecimal gasoline) {
        this.gasoline = gasoline;
    }

    public BigDecimal getHeat() {
        return heat;
    }

    public void setHeat(BigDecimal heat) {
        this.heat = heat;
    }

    public BigDecimal getOtherEnergy() {
        return otherEnergy;
    }

    public void setOtherEnergy(BigDecimal otherEnergy) {
        this.otherEnergy = otherEnergy;
    }

    public String getOtherEnergyUnit() {
        return otherEnergyUnit;
    }

    public void setOtherEnergyUnit(String otherEnergyUnit) {
        this.otherEnergyUnit = otherEnergyUnit;
    }

    public BigDecimal getOtherEnergyFactor() {
        return otherEnergyFactor;
    }

    public void setOtherEnergyFactor(BigDecimal otherEnergyFactor) {
        this.otherEnergyFactor = otherEnergyFactor;
    }

    public BigDecimal getWaterWithdrawn() {
        return waterWithdrawn;
    }

    public void setWaterWithdrawn(BigDecimal waterWithdrawn) {
        this.waterWithdrawn = waterWithdrawn;
    }

    public BigDecimal getWaterReused() {
        return waterReused;
    }

    public void setWaterReused(BigDecimal waterReused) {
        this.waterReused = waterReused;
    }

    public BigDecimal getWasteGenerated() {
        return wasteGenerated;
    }

    public void setWasteGenerated(BigDecimal wasteGenerated) {
        this.wasteGenerated = wasteGenerated;
    }

    public BigDecimal getWasteRecycled() {
        return wasteRecycled;
    }

    public void setWasteRecycled(BigDecimal wasteRecycled) {
        this.wasteRecycled = wasteRecycled;
    }

    public BigDecimal getCod() {
        return cod;
    }

    public void setCod(BigDecimal cod) {
        this.cod = cod;
    }

    public BigDecimal getAmmoniaNitrogen() {
        return ammoniaNitrogen;
    }

    public void setAmmoniaNitrogen(BigDecimal ammoniaNitrogen) {
        this.ammoniaNitrogen = ammoniaNitrogen;
    }

    public BigDecimal getSo2() {
        return so2;
    }

    public void setSo2(BigDecimal so2) {
        this.so2 = so2;
    }

    public BigDecimal getNox() {
        return nox;
    }

    public void setNox(BigDecimal nox) {
        this.nox = nox;
    }

    public BigDecimal getVocs() {
        return vocs;
    }

    public void setVocs(BigDecimal vocs) {
        this.vocs = vocs;
    }

    public BigDecimal getParticulates() {
        return particulates;
    }

    public void setParticulates(BigDecimal particulates) {
        this.particulates = particulates;
    }

    public Boolean getCleanerProductionAudit() {
        return cleanerProductionAudit;
    }

    public void setCleanerProductionAudit(Boolean cleanerProductionAudit) {
        this.cleanerProductionAudit = cleanerProductionAudit;
    }

    public Boolean getMeetsStandards() {
        return meetsStandards;
    }

    public void setMeetsStandards(Boolean meetsStandards) {
        this.meetsStandards = meetsStandards;
    }
}
