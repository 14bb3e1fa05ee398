package org.greenhub.incubation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.domain.BaseEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A start-up's application to an intake call, made for its organisation record by one of its people. It moves from
 * submitted (being screened) to a decision (offer, wait-list or rejection, each with a reason) and, for an offer, to
 * the start-up's answer before the deadline.
 */
@Entity
@Table(name = "intake_application")
public class IntakeApplication extends BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_REASON = 4000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "call_id")
    private IntakeCall call;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "project_title", nullable = false)
    private String projectTitle;

    @Column(nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area", nullable = false)
    private GreenFocusArea focusArea;

    @Column(name = "registered_in_zone", nullable = false)
    private boolean registeredInZone;

    @Column(name = "commits_to_register", nullable = false)
    private boolean commitsToRegister;

    @Embedded
    private GreenMetrics metrics = new GreenMetrics();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStatus status;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "offer_deadline")
    private Instant offerDeadline;

    @Column(name = "waitlist_position")
    private Integer waitlistPosition;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Version
    private long version;

    protected IntakeApplication() {}

    public IntakeApplication(
            IntakeCall call,
            Organisation organisation,
            long applicantId,
            String projectTitle,
            String summary,
            GreenFocusArea focusArea,
            boolean registeredInZone,
            boolean commitsToRegister,
            GreenMetrics metrics,
            Instant now) {
        this.call = call;
        this.organisation = organisation;
        this.applicantId = applicantId;
        this.projectTitle = TextRules.name("projectTitle", projectTitle, 300);
        if (summary == null || summary.isBlank()) {
            throw DomainException.invalid("summary", "platform.validation.required");
        }
        if (summary.strip().length() > MAX_SUMMARY) {
            throw DomainException.invalid("summary", "platform.validation.tooLong", MAX_SUMMARY);
        }
        this.summary = summary.strip();
        if (focusArea == null) {
            throw DomainException.invalid("focusArea", "incubation.eligibility.focusAreaMissing");
        }
        this.focusArea = focusArea;
        this.registeredInZone = registeredInZone;
        this.commitsToRegister = commitsToRegister;
        this.metrics = metrics == null ? new GreenMetrics() : metrics.copy();
        this.status = ApplicationStatus.SUBMITTED;
        this.submittedAt = now;
    }

    public void screenedAs(long evaluationSubjectId) {
        this.subjectId = evaluationSubjectId;
    }

    /**
     * Records the managers' decision with the reason the applicant will read. Admitting makes an offer open until
     * {@code offerDeadline}; wait-listing puts it at {@code waitlistPosition}.
     */
    public void decide(
            Decision decision,
            String reason,
            long deciderId,
            Instant now,
            Instant offerDeadline,
            Integer waitlistPosition) {
        if (!status.decidable()) {
            throw DomainException.conflict("decision", "incubation.decision.alreadyDecided");
        }
        if (decision == null) {
            throw DomainException.invalid("decision", "platform.validation.required");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "incubation.decision.reasonRequired");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw DomainException.invalid("reason", "platform.validation.tooLong", MAX_REASON);
        }
        if (decision == Decision.WAIT_LIST && status == ApplicationStatus.WAIT_LISTED) {
            throw DomainException.conflict("decision", "incubation.decision.alreadyDecided");
        }
        this.decisionReason = reason.strip();
        this.decidedAt = now;
        this.decidedBy = deciderId;
        switch (decision) {
            case ADMIT -> offer(offerDeadline, now);
            case WAIT_LIST -> {
                this.status = ApplicationStatus.WAIT_LISTED;
                this.waitlistPosition = waitlistPosition;
                this.offerDeadline = null;
            }
            case REJECT -> {
                this.status = ApplicationStatus.REJECTED;
                this.waitlistPosition = null;
                this.offerDeadline = null;
            }
        }
    }

    /** An offer, made on admission or when a place left by another start-up reaches this wait-listed one. */
    public void offer(Instant deadline, Instant now) {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WAIT_LISTED) {
            throw DomainException.conflict("decision", "incubation.decision.alreadyDecided");
        }
        if (deadline == null || !deadline.isAfter(now)) {
            throw DomainException.invalid("offerDeadline", "incubation.offer.deadlineInPast");
        }
        this.status = ApplicationStatus.OFFERED;
        this.offerDeadline = deadline;
        this.waitlistPosition = null;
    }

    /** The start-up's yes: only while the offer stands, strictly before its deadline. */
    public void accept(Instant now) {
        requireStandingOffer(now);
        this.status = ApplicationStatus.ACCEPTED;
        this.acceptedAt = now;
    }

    public void decline(Instant now) {
        requireStandingOffer(now);
        this.status = ApplicationStatus.DECLINED;
    }

    private void requireStandingOffer(Instant now) {
        if (status != ApplicationStatus.OFFERED) {
            throw DomainException.conflict(null, "incubation.offer.notOpen");
        }
        if (!now.isBefore(offerDeadline)) {
            throw DomainException.conflict(null, "incubation.offer.expired");
        }
    }

    /** The deadline passed without an answer (the scheduled job calls this). */
    public boolean expireIfDue(Instant now) {
        if (status == ApplicationStatus.OFFERED && !now.isBefore(offerDeadline)) {
            this.status = ApplicationStatus.OFFER_EXPIRED;
            return true;
        }
        return false;
    }

    public void withdraw() {
        if (status != ApplicationStatus.SUBMITTED && status != ApplicationStatus.WAIT_LISTED) {
            throw DomainException.conflict(null, "incubation.application.cannotWithdraw");
        }
        this.status = ApplicationStatus.WITHDRAWN;
        this.waitlistPosition = null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("offerDeadline", offerDeadline);
        values.put("waitlistPosition", waitlistPosition);
        values.put("reason", decisionReason);
        return values;
    }

    /** The reference under which the evaluation engine knows this application. */
    public String reference() {
        return "APP-" + getId();
    }

    public IntakeCall getCall() {
        return call;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public long getApplicantId() {
        return applicantId;
    }

    public String getProjectTitle() {
        return projectTitle;
    }

    public String getSummary() {
        return summary;
    }

    public GreenFocusArea getFocusArea() {
        return focusArea;
    }

    public boolean isRegisteredInZone() {
        return registeredInZone;
    }

    public boolean isCommitsToRegister() {
        return commitsToRegister;
    }

    public GreenMetrics getMetrics() {
        return metrics == null ? new GreenMetrics() : metrics.copy();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getDecidedBy() {
        return decidedBy;
    }

    public Instant getOfferDeadline() {
        return offerDeadline;
    }

    public Integer getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getVersion() {
        return version;
    }
}
