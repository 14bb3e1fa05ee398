package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.ReportFrequency;
import org.greenhub.incubation.residency.domain.ResidencyPolicy.Settings;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;

/** An incubator's residency rules ({@code ?incubator=id}): maximum stay, report rhythm, graduation criteria. */
@Named("residencyPolicy")
@ViewScoped
public class ResidencyPolicyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidencyService service;

    @Inject
    ResidencyQueries queries;

    @Inject
    FacesMessages messages;

    private Long incubator;
    private String incubatorName;
    private long version;
    private int standardMonths;
    private int extendedMonths;
    private String extendedSectors;
    private ReportFrequency frequency;
    private boolean highTech;
    private boolean investment;
    private BigDecimal investmentThreshold;
    private boolean revenue;
    private BigDecimal revenueThreshold;
    private int revenueWindowMonths;
    private boolean acquiredListed;

    public void load() throws IOException {
        try {
            if (incubator == null) {
                throw DomainException.notFound();
            }
            incubatorName = queries.incubatorName(incubator);
            read(service.policy(incubator));
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void read(ResidencyService.PolicyView policy) {
        Settings s = policy.settings();
        version = policy.version();
        standardMonths = s.standardMonths();
        extendedMonths = s.extendedMonths();
        extendedSectors = s.extendedSectors();
        frequency = s.frequency();
        highTech = s.highTech();
        investment = s.investment();
        investmentThreshold = s.investmentThreshold();
        revenue = s.revenue();
        revenueThreshold = s.revenueThreshold();
        revenueWindowMonths = s.revenueWindowMonths();
        acquiredListed = s.acquiredListed();
    }

    public void save() {
        try {
            service.changePolicy(
                    incubator,
                    new Settings(
                            standardMonths,
                            extendedMonths,
                            extendedSectors,
                            frequency,
                            highTech,
                            investment,
                            investmentThreshold,
                            revenue,
                            revenueThreshold,
                            revenueWindowMonths,
                            acquiredListed),
                    version);
            read(service.policy(incubator));
            messages.info("residency.policy.saved");
        } catch (DomainException refusal) {
            messages.error("policyForm", refusal);
        }
    }

    public List<ReportFrequency> getFrequencies() {
        return List.of(ReportFrequency.values());
    }

    public Long getIncubator() {
        return incubator;
    }

    public void setIncubator(Long incubator) {
        this.incubator = incubator;
    }

    public String getIncubatorName() {
        return incubatorName;
    }

    public int getStandardMonths() {
        return standardMonths;
    }

    public void setStandardMonths(int standardMonths) {
        this.standardMonths = standardMonths;
    }

    public int getExtendedMonths() {
        return extendedMonths;
    }

    public void setExtendedMonths(int extendedMonths) {
        this.extendedMonths = extendedMonths;
    }

    public String getExtendedSectors() {
        return extendedSectors;
    }

    public void setExtendedSectors(String extendedSectors) {
        this.extendedSectors = extendedSectors;
    }

    public ReportFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(ReportFrequency frequency) {
        this.frequency = frequency;
    }

    public boolean isHighTech() {
        return highTech;
    }

    public void setHighTech(boolean highTech) {
        this.highTech = highTech;
    }

    public boolean isInvestment() {
        return investment;
    }

    public void setInvestment(boolean investment) {
        this.investment = investment;
    }

    public BigDecimal getInvestmentThreshold() {
        return investmentThreshold;
    }

    public void setInvestmentThreshold(BigDecimal investmentThreshold) {
        this.investmentThreshold = investmentThreshold;
    }

    public boolean isRevenue() {
        return revenue;
    }

    public void setRevenue(boolean revenue) {
        this.revenue = revenue;
    }

    public BigDecimal getRevenueThreshold() {
        return revenueThreshold;
    }

    public void setRevenueThreshold(BigDecimal revenueThreshold) {
        this.revenueThreshold = revenueThreshold;
    }

    public int getRevenueWindowMonths() {
        return revenueWindowMonths;
    }

    public void setRevenueWindowMonths(int revenueWindowMonths) {
        this.revenueWindowMonths = revenueWindowMonths;
    }

    public boolean isAcquiredListed() {
        return acquiredListed;
    }

    public void setAcquiredListed(boolean acquiredListed) {
        this.acquiredListed = acquiredListed;
    }
}
