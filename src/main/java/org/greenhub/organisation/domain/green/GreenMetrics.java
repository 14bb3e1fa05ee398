package org.greenhub.organisation.domain.green;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The green impact an applicant declares, each figure in a fixed unit, so figures from competition entries,
 * incubator applications and residents' reports add up. Drafts may leave figures empty; {@link #validate(Clock)}
 * checks ranges and plausibility whenever figures are present, {@link #missingForSubmission()} what a submission
 * needs. A table embedding this needs the columns:
 * <pre>
 * green_baseline_year int, green_baseline_energy_mwh numeric(14,3), green_energy_saved_mwh numeric(14,3),
 * green_emissions_avoided_tco2e numeric(14,3), green_energy_intensity numeric(10,4),
 * green_water_reused_m3 numeric(16,3), green_waste_recycled_t numeric(14,3),
 * green_cleaner_production_audit boolean not null default false, green_category varchar(60),
 * green_method_note varchar(2000)
 * </pre>
 */
@Embeddable
public class GreenMetrics implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int EARLIEST_BASELINE_YEAR = 2000;
    static final BigDecimal MAX_ENERGY_MWH = new BigDecimal("10000000");
    static final BigDecimal MAX_EMISSIONS_TCO2E = new BigDecimal("50000000");
    static final BigDecimal MAX_INTENSITY = new BigDecimal("20");
    static final BigDecimal MAX_WATER_M3 = new BigDecimal("1000000000");
    static final BigDecimal MAX_WASTE_T = new BigDecimal("100000000");
    static final int MAX_NOTE = 2000;

    @Column(name = "green_baseline_year")
    private Integer baselineYear;

    /** Energy used in the baseline year, MWh: what "energy saved" is compared with. */
    @Column(name = "green_baseline_energy_mwh")
    private BigDecimal baselineEnergyUseMwh;

    @Column(name = "green_energy_saved_mwh")
    private BigDecimal energySavedMwhPerYear;

    @Column(name = "green_emissions_avoided_tco2e")
    private BigDecimal emissionsAvoidedTco2ePerYear;

    /** Tonnes of standard coal equivalent per 10,000 yuan of value added (zone average 2019: 0.464). */
    @Column(name = "green_energy_intensity")
    private BigDecimal energyIntensityTcePer10kYuan;

    @Column(name = "green_water_reused_m3")
    private BigDecimal waterReusedM3PerYear;

    @Column(name = "green_waste_recycled_t")
    private BigDecimal wasteRecycledTonnesPerYear;

    @Column(name = "green_cleaner_production_audit", nullable = false)
    private boolean cleanerProductionAudit;

    @Enumerated(EnumType.STRING)
    @Column(name = "green_category")
    private GreenIndustryCategory category;

    @Column(name = "green_method_note")
    private String methodNote;

    public GreenMetrics() {}

    public GreenMetrics copy() {
        GreenMetrics copy = new GreenMetrics();
        copy.baselineYear = baselineYear;
        copy.baselineEnergyUseMwh = baselineEnergyUseMwh;
        copy.energySavedMwhPerYear = energySavedMwhPerYear;
        copy.emissionsAvoidedTco2ePerYear = emissionsAvoidedTco2ePerYear;
        copy.energyIntensityTcePer10kYuan = energyIntensityTcePer10kYuan;
        copy.waterReusedM3PerYear = waterReusedM3PerYear;
        copy.wasteRecycledTonnesPerYear = wasteRecycledTonnesPerYear;
        copy.cleanerProductionAudit = cleanerProductionAudit;
        copy.category = category;
        copy.methodNote = methodNote;
        return copy;
    }

    /** Range and plausibility problems of the figures given; empty figures are not a problem here. */
    public List<MetricProblem> validate(Clock clock) {
        List<MetricProblem> problems = new ArrayList<>();
        int thisYear = Year.now(clock).getValue();
        if (baselineYear != null && (baselineYear < EARLIEST_BASELINE_YEAR || baselineYear > thisYear)) {
            problems.add(new MetricProblem(
                    "baselineYear", "green.problem.baselineYear", EARLIEST_BASELINE_YEAR, String.valueOf(thisYear)));
        }
        range(problems, "baselineEnergyUseMwh", baselineEnergyUseMwh, MAX_ENERGY_MWH, "MWh");
        range(problems, "energySavedMwhPerYear", energySavedMwhPerYear, MAX_ENERGY_MWH, "MWh/yr");
        range(problems, "emissionsAvoidedTco2ePerYear", emissionsAvoidedTco2ePerYear, MAX_EMISSIONS_TCO2E, "tCO2e/yr");
        range(problems, "energyIntensityTcePer10kYuan", energyIntensityTcePer10kYuan, MAX_INTENSITY, "tce/10,000 yuan");
        range(problems, "waterReusedM3PerYear", waterReusedM3PerYear, MAX_WATER_M3, "m³/yr");
        range(problems, "wasteRecycledTonnesPerYear", wasteRecycledTonnesPerYear, MAX_WASTE_T, "t/yr");
        if (energySavedMwhPerYear != null
                && baselineEnergyUseMwh != null
                && energySavedMwhPerYear.signum() >= 0
                && baselineEnergyUseMwh.signum() >= 0
                && energySavedMwhPerYear.compareTo(baselineEnergyUseMwh) > 0) {
            problems.add(new MetricProblem(
                    "energySavedMwhPerYear",
                    "green.problem.savedAboveBaseline",
                    energySavedMwhPerYear.toPlainString(),
                    baselineEnergyUseMwh.toPlainString()));
        }
        if (energySavedMwhPerYear != null && energySavedMwhPerYear.signum() > 0 && baselineEnergyUseMwh == null) {
            problems.add(new MetricProblem("baselineEnergyUseMwh", "green.problem.baselineNeeded"));
        }
        if (methodNote != null && methodNote.length() > MAX_NOTE) {
            problems.add(new MetricProblem("methodNote", "platform.validation.tooLong", MAX_NOTE));
        }
        return problems;
    }

    /** What a submission needs besides valid figures: a baseline year, a category, a method note and one impact figure. */
    public List<MetricProblem> missingForSubmission() {
        List<MetricProblem> missing = new ArrayList<>();
        if (baselineYear == null) {
            missing.add(new MetricProblem("baselineYear", "platform.validation.required"));
        }
        if (category == null) {
            missing.add(new MetricProblem("category", "platform.validation.required"));
        }
        if (methodNote == null || methodNote.isBlank()) {
            missing.add(new MetricProblem("methodNote", "green.problem.methodNeeded"));
        }
        if (energySavedMwhPerYear == null
                && emissionsAvoidedTco2ePerYear == null
                && waterReusedM3PerYear == null
                && wasteRecycledTonnesPerYear == null) {
            missing.add(new MetricProblem("emissionsAvoidedTco2ePerYear", "green.problem.impactNeeded"));
        }
        return missing;
    }

    private static void range(
            List<MetricProblem> problems, String field, BigDecimal value, BigDecimal max, String unit) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            problems.add(new MetricProblem(field, "green.problem.negative", unit));
        } else if (value.compareTo(max) > 0) {
            problems.add(new MetricProblem(field, "green.problem.absurd", max.toPlainString(), unit));
        }
    }

    public Integer getBaselineYear() {
        return baselineYear;
    }

    public void setBaselineYear(Integer baselineYear) {
        this.baselineYear = baselineYear;
    }

    public BigDecimal getBaselineEnergyUseMwh() {
        return baselineEnergyUseMwh;
    }

    public void setBaselineEnergyUseMwh(BigDecimal value) {
        this.baselineEnergyUseMwh = value;
    }

    public BigDecimal getEnergySavedMwhPerYear() {
        return energySavedMwhPerYear;
    }

    public void setEnergySavedMwhPerYear(BigDecimal value) {
        this.energySavedMwhPerYear = value;
    }

    public BigDecimal getEmissionsAvoidedTco2ePerYear() {
        return emissionsAvoidedTco2ePerYear;
    }

    public void setEmissionsAvoidedTco2ePerYear(BigDecimal value) {
        this.emissionsAvoidedTco2ePerYear = value;
    }

    public BigDecimal getEnergyIntensityTcePer10kYuan() {
        return energyIntensityTcePer10kYuan;
    }

    public void setEnergyIntensityTcePer10kYuan(BigDecimal value) {
        this.energyIntensityTcePer10kYuan = value;
    }

    public BigDecimal getWaterReusedM3PerYear() {
        return waterReusedM3PerYear;
    }

    public void setWaterReusedM3PerYear(BigDecimal value) {
        this.waterReusedM3PerYear = value;
    }

    public BigDecimal getWasteRecycledTonnesPerYear() {
        return wasteRecycledTonnesPerYear;
    }

    public void setWasteRecycledTonnesPerYear(BigDecimal value) {
        this.wasteRecycledTonnesPerYear = value;
    }

    public boolean isCleanerProductionAudit() {
        return cleanerProductionAudit;
    }

    public void setCleanerProductionAudit(boolean cleanerProductionAudit) {
        this.cleanerProductionAudit = cleanerProductionAudit;
    }

    public GreenIndustryCategory getCategory() {
        return category;
    }

    public void setCategory(GreenIndustryCategory category) {
        this.category = category;
    }

    public String getMethodNote() {
        return methodNote;
    }

    public void setMethodNote(String methodNote) {
        this.methodNote = methodNote == null || methodNote.isBlank() ? null : methodNote.strip();
    }
}
