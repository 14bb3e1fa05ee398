package org.greenhub.reserve.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * One part of a listed project's financing: the instrument, the amount in yuan, the day it was granted, the funder
 * (an organisation of the directory) and the evidence file. A project is often financed in several parts (a loan and
 * a fund, or a loan in tranches). The parts together may pass the financing sought only with a reason, since a total
 * above what was sought is usually a typing error, and sometimes a real top-up the reviewers should be able to read.
 */
@Entity
@Table(name = "reserve_financing")
public class Financing extends CreatedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FinancingInstrument instrument;

    @Column(name = "amount_yuan", nullable = false, precision = 18, scale = 2)
    private BigDecimal amountYuan;

    @Column(name = "financed_on", nullable = false)
    private LocalDate financedOn;

    @Column(name = "funder_id", nullable = false)
    private long funderId;

    @Column(name = "evidence_file_id", nullable = false)
    private long evidenceFileId;

    @Column(name = "above_sought_reason", length = 2000)
    private String aboveSoughtReason;

    @Column(name = "recorded_by")
    private Long recordedBy;

    protected Financing() {}

    /** What whoever records a part enters; the evidence file is stored separately and named by its id. */
    public record Part(
            FinancingInstrument instrument,
            BigDecimal amountYuan,
            LocalDate financedOn,
            Long funderId,
            String aboveSoughtReason) {}

    /**
     * Checks a part against the project and the parts recorded before it, every rule beside its field: the project is
     * listed; instrument, amount above zero, a day neither in the future nor before the listing, and a funder; a total
     * above the financing sought needs a reason.
     */
    public static Financing record(
            ReserveProject project,
            List<Financing> earlier,
            Part part,
            long evidenceFileId,
            Long recordedBy,
            LocalDate today,
            Instant now) {
        if (project.getStatus() != ProjectStatus.LISTED) {
            throw DomainException.conflict(null, "reserve.financing.notListed");
        }
        if (part.instrument() == null) {
            throw DomainException.invalid("instrument", "reserve.financing.instrumentRequired");
        }
        if (part.amountYuan() == null || part.amountYuan().signum() <= 0) {
            throw DomainException.invalid("amount", "reserve.financing.amountPositive");
        }
        if (part.financedOn() == null) {
            throw DomainException.invalid("financedOn", "reserve.financing.dateRequired");
        }
        if (part.financedOn().isAfter(today)) {
            throw DomainException.invalid("financedOn", "reserve.financing.dateInFuture");
        }
        if (part.financedOn().isBefore(project.getValidity().since())) {
            throw DomainException.invalid(
                    "financedOn",
                    "reserve.financing.dateBeforeListing",
                    project.getValidity().since());
        }
        if (part.funderId() == null) {
            throw DomainException.invalid("funder", "reserve.financing.funderRequired");
        }
        String reason = TextRules.optionalProse("aboveSoughtReason", part.aboveSoughtReason(), 2000);
        BigDecimal total = raised(earlier).add(part.amountYuan());
        if (total.compareTo(project.getFinancingSoughtYuan()) > 0 && reason == null) {
            throw DomainException.invalid(
                    "amount", "reserve.financing.aboveSought", total, project.getFinancingSoughtYuan());
        }
        Financing financing = new Financing();
        financing.setCreatedAt(now);
        financing.projectId = project.getId();
        financing.instrument = part.instrument();
        financing.amountYuan = part.amountYuan();
        financing.financedOn = part.financedOn();
        financing.funderId = part.funderId();
        financing.evidenceFileId = evidenceFileId;
        financing.aboveSoughtReason = reason;
        financing.recordedBy = recordedBy;
        return financing;
    }

    /** The total of the parts. */
    public static BigDecimal raised(List<Financing> parts) {
        return parts.stream().map(Financing::getAmountYuan).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the audit trail keeps of the part. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("projectId", projectId);
        values.put("instrument", instrument);
        values.put("amountYuan", amountYuan.toPlainString());
        values.put("financedOn", financedOn);
        values.put("funderId", funderId);
        values.put("evidenceFileId", evidenceFileId);
        values.put("aboveSoughtReason", aboveSoughtReason);
        return values;
    }

    public Long getProjectId() {
        return projectId;
    }

    public FinancingInstrument getInstrument() {
        return instrument;
    }

    public BigDecimal getAmountYuan() {
        return amountYuan;
    }

    public LocalDate getFinancedOn() {
        return financedOn;
    }

    public long getFunderId() {
        return funderId;
    }

    public long getEvidenceFileId() {
        return evidenceFileId;
    }

    public String getAboveSoughtReason() {
        return aboveSoughtReason;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }
}
