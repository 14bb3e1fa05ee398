package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.domain.Period;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.StoredFinding;

/**
 * The reserve manager's decisions on a reviewed project, each with a reason the owner reads: list it with a grade
 * (proposed from the round's result through the call's bands; choosing another grade needs a reason) and a validity
 * from the day of the decision (the call's term, two years by default), return it for more information, or reject it;
 * renew a listing after a new review. Only the call's managers decide ("not found" for anyone else); a decision
 * carries the version the manager saw; the owners are mailed in their language and every decision is audited.
 */
@ApplicationScoped
public class ListingDecisions {

    @Inject
    ListingNotifications notifications;

    @Inject
    ReserveCallAccess access;

    @Inject
    ReserveReview review;

    @Inject
    ReserveMails mails;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What the manager reads before deciding. */
    public record DecisionView(
            long id,
            long version,
            long callId,
            LocalisedName callName,
            String callZone,
            String title,
            String organisation,
            String summary,
            GreenCategory category,
            ProjectStage stage,
            String location,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            Benefits expected,
            String estimateMethod,
            List<StoredFinding> flags,
            ProjectStatus status,
            Instant submittedAt,
            Grade grade,
            Period validity,
            String decisionReason,
            ReserveReview.Proposal proposal,
            GradeBands bands,
            Long evaluationRoundId,
            LocalDate decidedOn,
            Period validityIfDecidedToday,
            boolean renewalRequested,
            boolean inRenewalReview)
            implements Serializable {}

    @Transactional
    public DecisionView view(long projectId) {
        ReserveProject project = access.managedProject(projectId);
        if (project.getStatus() == ProjectStatus.DRAFT) {
            // a draft is the owner's alone
            throw DomainException.notFound();
        }
        ReserveCall call = access.managedCall(project.getCallId());
        LocalDate today = today(call);
        return new DecisionView(
                project.getId(),
                project.getVersion(),
                call.getId(),
                call.getName(),
                call.getTimeZone(),
                project.getTitle(),
                organisations
                        .find(project.getOrganisationId())
                        .map(o -> o.getLegalName())
                        .orElse(""),
                project.getSummary(),
                project.getCategory(),
                project.getStage(),
                project.getLocation(),
                project.getTotalInvestmentYuan(),
                project.getFinancingSoughtYuan(),
                project.getInstruments(),
                project.getExpected(),
                project.getEstimateMethod(),
                project.getFlags(),
                project.getStatus(),
                project.getSubmittedAt(),
                project.getGrade(),
                project.getValidity(),
                project.getDecisionReason(),
                // in a renewal review the manager decides on that review's result, not the first one's
                (project.getRenewalSubjectId() != null
                                ? review.renewalProposal(call, project)
                                : review.proposal(call, project))
                        .orElse(null),
                call.bands(),
                project.getRenewalRoundId() != null ? project.getRenewalRoundId() : call.getEvaluationRoundId(),
                today,
                call.term().validityFrom(today),
                project.getRenewalRequestedAt() != null,
                project.getRenewalSubjectId() != null);
    }

    /**
     * Lists the project with a grade. The grade the round's result proposes needs no reason; any other grade, or a
     * grade with no result to propose it, does, since the owner and funders must be able to read why.
     */
    @Transactional
    public void list(long projectId, Grade grade, String reason, long expectedVersion) {
        ReserveProject project = decidable(projectId, expectedVersion);
        ReserveCall call = access.managedCall(project.getCallId());
        requireReasonUnlessProposed(call, project, grade, reason);
        Map<String, Object> before = snapshot(project);
        project.list(grade, call.term(), today(call), reason);
        decided(project, call, "listed", before);
        // funders whose saved searches match hear of it now, in the same transaction as the listing
        notifications.projectListed(project.getId());
    }

    @Transactional
    public void returnForInformation(long projectId, String reason, long expectedVersion) {
        ReserveProject project = decidable(projectId, expectedVersion);
        ReserveCall call = access.managedCall(project.getCallId());
        Map<String, Object> before = snapshot(project);
        project.returnForInformation(reason);
        decided(project, call, "returned", before);
    }

    @Transactional
    public void reject(long projectId, String reason, long expectedVersion) {
        ReserveProject project = decidable(projectId, expectedVersion);
        ReserveCall call = access.managedCall(project.getCallId());
        Map<String, Object> before = snapshot(project);
        project.reject(reason);
        decided(project, call, "rejected", before);
    }

    /**
     * Renews a listed or lapsed project after its renewal review: the grade of that review, a new validity from
     * today. A project with no renewal review, or whose renewal review has no score yet, is refused with that reason:
     * renewing extends a listing only on a fresh review.
     */
    @Transactional
    public void renew(long projectId, Grade grade, String reason, long expectedVersion) {
        ReserveProject project = decidable(projectId, expectedVersion);
        ReserveCall call = access.managedCall(project.getCallId());
        if (project.getRenewalSubjectId() == null) {
            throw DomainException.conflict(null, "reserve.renewal.reviewFirst");
        }
        if (review.renewalProposal(call, project).isEmpty()) {
            throw DomainException.conflict(null, "reserve.renewal.notScoredYet");
        }
        Map<String, Object> before = snapshot(project);
        project.renew(grade, call.term(), today(call), reason);
        decided(project, call, "renewed", before);
    }

    private ReserveProject decidable(long projectId, long expectedVersion) {
        ReserveProject project = access.managedProject(projectId);
        if (project.getStatus() == ProjectStatus.DRAFT) {
            throw DomainException.notFound();
        }
        if (project.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "reserve.review.decision.changedElsewhere");
        }
        return project;
    }

    private void requireReasonUnlessProposed(ReserveCall call, ReserveProject project, Grade grade, String reason) {
        if (grade == null) {
            throw DomainException.invalid("grade", "reserve.review.decision.gradeRequired");
        }
        Grade proposed = review.proposal(call, project)
                .map(ReserveReview.Proposal::grade)
                .orElse(null);
        if (grade != proposed && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "reserve.review.decision.reasonForOtherGrade");
        }
    }

    private void decided(ReserveProject project, ReserveCall call, String event, Map<String, Object> before) {
        audit.record(
                "RESERVE_PROJECT_" + event.toUpperCase(java.util.Locale.ROOT),
                "ReserveProject",
                project.getId(),
                before,
                snapshot(project),
                project.getDecisionReason());
        mails.decision(project, call, event);
    }

    /** The decision's day in the call's calendar: a decision at 7 in the morning in Shanghai is that day's. */
    private LocalDate today(ReserveCall call) {
        return LocalDate.now(clock.withZone(call.zone()));
    }

    static Map<String, Object> snapshot(ReserveProject project) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", project.getStatus().name());
        if (project.getGrade() != null) {
            state.put("grade", project.getGrade().name());
        }
        if (project.getValidity() != null) {
            state.put(
                    "validity",
                    project.getValidity().since() + ".." + project.getValidity().until());
        }
        return state;
    }
}
