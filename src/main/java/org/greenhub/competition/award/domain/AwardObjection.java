package org.greenhub.competition.award.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;

/**
 * An objection against one award, in real name, in writing, with evidence. The manager records the investigation,
 * then decides: dismissed (with the reason) or upheld (the award is revised or revoked, see {@link AwardChange}).
 */
@Entity
@Table(name = "award_objection")
public class AwardObjection extends BaseEntity {

    public static final int MIN_TEXT = 20;
    public static final int MAX_TEXT = 8000;
    public static final int MAX_REASON = 4000;

    @Column(name = "award_id", nullable = false)
    private long awardId;

    @Column(name = "filed_by", nullable = false)
    private long filedBy;

    @Column(name = "objector_name", nullable = false)
    private String objectorName;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(nullable = false)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectionStatus status;

    private String investigation;

    @Column(name = "investigated_by")
    private Long investigatedBy;

    @Column(name = "investigated_at")
    private Instant investigatedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Enumerated(EnumType.STRING)
    private AwardChangeKind outcome;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "award_objection_evidence", joinColumns = @JoinColumn(name = "objection_id"))
    @Column(name = "stored_file_id")
    private List<Long> evidence = new ArrayList<>();

    @Version
    private long version;

    protected AwardObjection() {}

    public AwardObjection(
            long awardId, long filedBy, String objectorName, String text, List<Long> evidenceFileIds, Instant now) {
        if (objectorName == null || objectorName.isBlank()) {
            throw DomainException.invalid("objectorName", "award.objection.realNameRequired");
        }
        this.text = text(text);
        if (evidenceFileIds == null || evidenceFileIds.isEmpty()) {
            throw DomainException.invalid("evidence", "award.objection.evidenceRequired");
        }
        this.awardId = awardId;
        this.filedBy = filedBy;
        this.objectorName = objectorName.strip();
        this.filedAt = now;
        this.evidence.addAll(evidenceFileIds);
        this.status = ObjectionStatus.FILED;
    }

    /** Validates the objection's text without creating one (so nothing is stored when it would be refused). */
    public static String text(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.length() < MIN_TEXT) {
            throw DomainException.invalid("text", "award.objection.textTooShort", MIN_TEXT);
        }
        if (trimmed.length() > MAX_TEXT) {
            throw DomainException.invalid("text", "award.objection.textTooLong", MAX_TEXT);
        }
        return trimmed;
    }

    public void recordInvestigation(String findings, long managerId, Instant now) {
        requireOpen();
        String trimmed = findings == null ? "" : findings.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("investigation", "platform.validation.required");
        }
        if (trimmed.length() > MAX_TEXT) {
            throw DomainException.invalid("investigation", "award.objection.textTooLong", MAX_TEXT);
        }
        this.investigation = trimmed;
        this.investigatedBy = managerId;
        this.investigatedAt = now;
        this.status = ObjectionStatus.UNDER_INVESTIGATION;
    }

    public void dismiss(String reason, long managerId, Instant now) {
        decide(ObjectionStatus.DISMISSED, null, reason, managerId, now);
    }

    public void uphold(AwardChangeKind outcome, String reason, long managerId, Instant now) {
        if (outcome == null) {
            throw DomainException.invalid("outcome", "platform.validation.required");
        }
        decide(ObjectionStatus.UPHELD, outcome, reason, managerId, now);
    }

    private void decide(ObjectionStatus decided, AwardChangeKind outcome, String reason, long managerId, Instant now) {
        requireOpen();
        if (status != ObjectionStatus.UNDER_INVESTIGATION) {
            throw DomainException.conflict("status", "award.objection.investigateFirst");
        }
        this.decisionReason = reason(reason);
        this.outcome = outcome;
        this.decidedBy = managerId;
        this.decidedAt = now;
        this.status = decided;
    }

    /** Validates a decision's reason without deciding. */
    public static String reason(String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("reason", "award.objection.reasonRequired");
        }
        if (trimmed.length() > MAX_REASON) {
            throw DomainException.invalid("reason", "award.objection.textTooLong", MAX_REASON);
        }
        return trimmed;
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw DomainException.conflict("status", "award.objection.alreadyDecided");
        }
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("award", awardId);
        s.put("status", status);
        s.put("outcome", outcome);
        s.put("evidence", evidence.size());
        return s;
    }

    public long getAwardId() {
        return awardId;
    }

    public long getFiledBy() {
        return filedBy;
    }

    public String getObjectorName() {
        return objectorName;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public String getText() {
        return text;
    }

    public ObjectionStatus getStatus() {
        return status;
    }

    public String getInvestigation() {
        return investigation;
    }

    public Instant getInvestigatedAt() {
        return investigatedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public AwardChangeKind getOutcome() {
        return outcome;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public List<Long> getEvidence() {
        return Collections.unmodifiableList(evidence);
    }

    public long getVersion() {
        return version;
    }
}
