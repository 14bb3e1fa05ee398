package org.greenhub.incubation.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.greenhub.platform.error.DomainException;

/**
 * The figures of one report: business (revenue, people, R&D, patents, investment, in yuan for the period) and
 * green impact (energy used, emissions avoided, water reused, waste recycled in the period). Green figures are
 * optional; the rest is required. Negative and absurd values are refused with the field they concern.
 */
@Embeddable
public class ReportMetrics implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Larger than any start-up's figures for one period: a typo, not a report. */
    static final BigDecimal MAX_YUAN = new BigDecimal("100000000000");

    static final int MAX_PEOPLE = 100_000;
    static final int MAX_PATENTS = 10_000;
    static final BigDecimal MAX_QUANTITY = new BigDecimal("100000000");

    private BigDecimal revenue;
    private Integer employees;

    @Column(name = "rnd_staff")
    private Integer rndStaff;

    @Column(name = "rnd_spend")
    private BigDecimal rndSpend;

    @Column(name = "patents_filed")
    private Integer patentsFiled;

    @Column(name = "patents_granted")
    private Integer patentsGranted;

    @Column(name = "investment_raised")
    private BigDecimal investmentRaised;

    @Column(name = "energy_use_mwh")
    private BigDecimal energyUseMwh;

    @Column(name = "emissions_avoided_tco2e")
    private BigDecimal emissionsAvoidedTco2e;

    @Column(name = "water_reused_m3")
    private BigDecimal waterReusedM3;

    @Column(name = "waste_recycled_t")
    private BigDecimal wasteRecycledTonnes;

    @Column(name = "high_tech_recognised", nullable = false)
    private boolean highTechRecognised;

    @Column(name = "acquired_or_listed", nullable = false)
    private boolean acquiredOrListed;

    public ReportMetrics() {}

    public ReportMetrics copy() {
        ReportMetrics c = new ReportMetrics();
        c.revenue = revenue;
        c.employees = employees;
        c.rndStaff = rndStaff;
        c.rndSpend = rndSpend;
        c.patentsFiled = patentsFiled;
        c.patentsGranted = patentsGranted;
        c.investmentRaised = investmentRaised;
        c.energyUseMwh = energyUseMwh;
        c.emissionsAvoidedTco2e = emissionsAvoidedTco2e;
        c.waterReusedM3 = waterReusedM3;
        c.wasteRecycledTonnes = wasteRecycledTonnes;
        c.highTechRecognised = highTechRecognised;
        c.acquiredOrListed = acquiredOrListed;
        return c;
    }

    /** Refuses the first figure that is missing, negative, too precise or absurd. */
    public void validate() {
        money("revenue", revenue, true);
        people("employees", employees);
        people("rndStaff", rndStaff);
        if (rndStaff > employees) {
            throw DomainException.invalid("rndStaff", "residency.metrics.rndStaffAboveEmployees");
        }
        money("rndSpend", rndSpend, true);
        count("patentsFiled", patentsFiled);
        count("patentsGranted", patentsGranted);
        money("investmentRaised", investmentRaised, true);
        quantity("energyUseMwh", energyUseMwh);
        quantity("emissionsAvoidedTco2e", emissionsAvoidedTco2e);
        quantity("waterReusedM3", waterReusedM3);
        quantity("wasteRecycledTonnes", wasteRecycledTonnes);
    }

    private static void money(String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                throw DomainException.invalid(field, "residency.metrics.required");
            }
            return;
        }
        checkRange(field, value, MAX_YUAN, 2);
    }

    private static void quantity(String field, BigDecimal value) {
        if (value != null) {
            checkRange(field, value, MAX_QUANTITY, 3);
        }
    }

    private static void checkRange(String field, BigDecimal value, BigDecimal max, int scale) {
        if (value.signum() < 0) {
            throw DomainException.invalid(field, "residency.metrics.negative");
        }
        if (value.compareTo(max) > 0) {
            throw DomainException.invalid(field, "residency.metrics.tooLarge", max);
        }
        if (value.stripTrailingZeros().scale() > scale) {
            throw DomainException.invalid(field, "residency.metrics.tooPrecise", scale);
        }
    }

    private static void people(String field, Integer value) {
        whole(field, value, MAX_PEOPLE);
    }

    private static void count(String field, Integer value) {
        whole(field, value, MAX_PATENTS);
    }

    private static void whole(String field, Integer value, int max) {
        if (value == null) {
            throw DomainException.invalid(field, "residency.metrics.required");
        }
        if (value < 0) {
            throw DomainException.invalid(field, "residency.metrics.negative");
        }
        if (value > max) {
            throw DomainException.invalid(field, "residency.metrics.tooLarge", max);
        }
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public void setRevenue(BigDecimal revenue) {
        this.revenue = revenue;
    }

    public Integer getEmployees() {
        return employees;
    }

    public void setEmployees(Integer employees) {
        this.employees = employees;
    }

    public Integer getRndStaff() {
        return rndStaff;
    }

    public void setRndStaff(Integer rndStaff) {
        this.rndStaff = rndStaff;
    }

    public BigDecimal getRndSpend() {
        return rndSpend;
    }

    public void setRndSpend(BigDecimal rndSpend) {
        this.rndSpend = rndSpend;
    }

    public Integer getPatentsFiled() {
        return patentsFiled;
    }

    public void setPatentsFiled(Integer patentsFiled) {
        this.patentsFiled = patentsFiled;
    }

    public Integer getPatentsGranted() {
        return patentsGranted;
    }

    public void setPatentsGranted(Integer patentsGranted) {
        this.patentsGranted = patentsGranted;
    }

    public BigDecimal getInvestmentRaised() {
        return investmentRaised;
    }

    public void setInvestmentRaised(BigDecimal investmentRaised) {
        this.investmentRaised = investmentRaised;
    }

    public BigDecimal getEnergyUseMwh() {
        return energyUseMwh;
    }

    public void setEnergyUseMwh(BigDecimal energyUseMwh) {
        this.energyUseMwh = energyUseMwh;
    }

    public BigDecimal getEmissionsAvoidedTco2e() {
        return emissionsAvoidedTco2e;
    }

    public void setEmissionsAvoidedTco2e(BigDecimal emissionsAvoidedTco2e) {
        this.emissionsAvoidedTco2e = emissionsAvoidedTco2e;
    }

    public BigDecimal getWaterReusedM3() {
        return waterReusedM3;
    }

    public void setWaterReusedM3(BigDecimal waterReusedM3) {
        this.waterReusedM3 = waterReusedM3;
    }

    public BigDecimal getWasteRecycledTonnes() {
        return wasteRecycledTonnes;
    }

    public void setWasteRecycledTonnes(BigDecimal wasteRecycledTonnes) {
        this.wasteRecycledTonnes = wasteRecycledTonnes;
    }

    public boolean isHighTechRecognised() {
        return highTechRecognised;
    }

    public void setHighTechRecognised(boolean highTechRecognised) {
        this.highTechRecognised = highTechRecognised;
    }

    public boolean isAcquiredOrListed() {
        return acquiredOrListed;
    }

    public void setAcquiredOrListed(boolean acquiredOrListed) {
        this.acquiredOrListed = acquiredOrListed;
    }
}
