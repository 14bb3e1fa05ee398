package org.greenhub.incubation.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;

/**
 * An incubator's rules for its residents: how long they may stay (48 months, 60 in the listed sectors), how often
 * they report, and which graduation criteria count with which thresholds. An incubator without a stored policy
 * uses {@link #defaults(long)}.
 */
@Entity
@Table(name = "residency_policy")
public class ResidencyPolicy implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_MONTHS = 120;
    /** Biomedicine and integrated circuits, as organisations write their sector in the four languages. */
    public static final String DEFAULT_EXTENDED_SECTORS =
            "biomedicine, integrated circuits, 生物医药, 集成电路, ชีวการแพทย์, วงจรรวม, y sinh, vi mạch";

    @Id
    @Column(name = "incubator_id")
    private Long incubatorId;

    @Column(name = "standard_months", nullable = false)
    private int standardMonths = 48;

    @Column(name = "extended_months", nullable = false)
    private int extendedMonths = 60;

    @Column(name = "extended_sectors", nullable = false)
    private String extendedSectors = DEFAULT_EXTENDED_SECTORS;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_frequency", nullable = false)
    private ReportFrequency reportFrequency = ReportFrequency.QUARTERLY;

    @Column(name = "high_tech_enabled", nullable = false)
    private boolean highTechEnabled = true;

    @Column(name = "investment_enabled", nullable = false)
    private boolean investmentEnabled = true;

    @Column(name = "investment_threshold", nullable = false)
    private BigDecimal investmentThreshold = new BigDecimal("5000000");

    @Column(name = "revenue_enabled", nullable = false)
    private boolean revenueEnabled = true;

    @Column(name = "revenue_threshold", nullable = false)
    private BigDecimal revenueThreshold = new BigDecimal("10000000");

    @Column(name = "revenue_window_months", nullable = false)
    private int revenueWindowMonths = 24;

    @Column(name = "acquired_listed_enabled", nullable = false)
    private boolean acquiredListedEnabled = true;

    @Version
    private long version;

    protected ResidencyPolicy() {}

    public static ResidencyPolicy defaults(long incubatorId) {
        ResidencyPolicy policy = new ResidencyPolicy();
        policy.incubatorId = incubatorId;
        return policy;
    }

    /** The longest stay for an organisation of this sector: extended when the sector matches a listed one. */
    public int maxMonthsFor(String sector) {
        if (sector == null || sector.isBlank()) {
            return standardMonths;
        }
        String folded = SearchKey.fold(sector);
        boolean listed = sectors().stream().anyMatch(s -> folded.contains(SearchKey.fold(s)));
        return listed ? extendedMonths : standardMonths;
    }

    public List<String> sectors() {
        return Arrays.stream(extendedSectors.split("[,，;；\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public boolean enabled(GraduationCriterion criterion) {
        return switch (criterion) {
            case HIGH_TECH_ENTERPRISE -> highTechEnabled;
            case INVESTMENT -> investmentEnabled;
            case REVENUE -> revenueEnabled;
            case ACQUIRED_OR_LISTED -> acquiredListedEnabled;
        };
    }

    /** Changes the rules; refuses months out of range, negative thresholds and a policy with no criterion at all. */
    public void change(Settings s) {
        if (s.standardMonths() < 1 || s.standardMonths() > MAX_MONTHS) {
            throw DomainException.invalid("standardMonths", "residency.policy.monthsRange", MAX_MONTHS);
        }
        if (s.extendedMonths() < s.standardMonths() || s.extendedMonths() > MAX_MONTHS) {
            throw DomainException.invalid("extendedMonths", "residency.policy.extendedRange", MAX_MONTHS);
        }
        if (s.investmentThreshold() == null || s.investmentThreshold().signum() < 0) {
            throw DomainException.invalid("investmentThreshold", "residency.metrics.negative");
        }
        if (s.revenueThreshold() == null || s.revenueThreshold().signum() < 0) {
            throw DomainException.invalid("revenueThreshold", "residency.metrics.negative");
        }
        if (s.revenueWindowMonths() < 1 || s.revenueWindowMonths() > 60) {
            throw DomainException.invalid("revenueWindowMonths", "residency.policy.windowRange");
        }
        if (!s.highTech() && !s.investment() && !s.revenue() && !s.acquiredListed()) {
            throw DomainException.invalid("highTech", "residency.policy.noCriterion");
        }
        String sectorsText =
                s.extendedSectors() == null ? "" : s.extendedSectors().strip();
        if (sectorsText.length() > 1000) {
            throw DomainException.invalid("extendedSectors", "residency.policy.sectorsTooLong");
        }
        standardMonths = s.standardMonths();
        extendedMonths = s.extendedMonths();
        extendedSectors = sectorsText;
        reportFrequency = s.frequency() == null ? ReportFrequency.QUARTERLY : s.frequency();
        highTechEnabled = s.highTech();
        investmentEnabled = s.investment();
        investmentThreshold = s.investmentThreshold();
        revenueEnabled = s.revenue();
        revenueThreshold = s.revenueThreshold();
        revenueWindowMonths = s.revenueWindowMonths();
        acquiredListedEnabled = s.acquiredListed();
    }

    public Settings settings() {
        return new Settings(
                standardMonths,
                extendedMonths,
                extendedSectors,
                reportFrequency,
                highTechEnabled,
                investmentEnabled,
                investmentThreshold,
                revenueEnabled,
                revenueThreshold,
                revenueWindowMonths,
                acquiredListedEnabled);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("standardMonths", standardMonths);
        s.put("extendedMonths", extendedMonths);
        s.put("extendedSectors", extendedSectors);
        s.put("frequency", reportFrequency);
        s.put(
                "criteria",
                Arrays.stream(GraduationCriterion.values())
                        .filter(this::enabled)
                        .toList());
        s.put("investmentThreshold", investmentThreshold.toPlainString());
        s.put("revenueThreshold", revenueThreshold.toPlainString());
        s.put("revenueWindowMonths", revenueWindowMonths);
        return s;
    }

    public record Settings(
            int standardMonths,
            int extendedMonths,
            String extendedSectors,
            ReportFrequency frequency,
            boolean highTech,
            boolean investment,
            BigDecimal investmentThreshold,
            boolean revenue,
            BigDecimal revenueThreshold,
            int revenueWindowMonths,
            boolean acquiredListed)
            implements Serializable {}

    public Long getIncubatorId() {
        return incubatorId;
    }

    public int getStandardMonths() {
        return standardMonths;
    }

    public int getExtendedMonths() {
        return extendedMonths;
    }

    public String getExtendedSectors() {
        return extendedSectors;
    }

    public ReportFrequency getReportFrequency() {
        return reportFrequency;
    }

    public BigDecimal getInvestmentThreshold() {
        return investmentThreshold;
    }

    public BigDecimal getRevenueThreshold() {
        return revenueThreshold;
    }

    public int getRevenueWindowMonths() {
        return revenueWindowMonths;
    }

    public long getVersion() {
        return version;
    }
}
