package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * The managers' decisions on a call's applications (admit with an offer, wait-list, reject, each with a reason mailed
 * to the applicant) and what follows from the start-ups' answers: a place left by a declined or expired offer goes to
 * the next wait-listed application. Changes of one call's places are serialised by a row lock on the call, so two
 * managers, the expiry job on two nodes and a start-up's answer never hand out more places than the call has.
 */
@ApplicationScoped
public class IntakeDecisions {

    /** A page of a call's applications as managers list them. */
    public record Row(
            long id,
            String projectTitle,
            String organisation,
            org.greenhub.organisation.domain.green.GreenFocusArea focusArea,
            ApplicationStatus status,
            Instant submittedAt,
            Integer waitlistPosition,
            Instant offerDeadline,
            Long subjectId)
            implements java.io.Serializable {}

    @Inject
    IntakeApplicationRepository applicationRepository;

    @Inject
    IntakeCallRepository callRepository;

    @Inject
    IntakeQueries queries;

    @Inject
    CurrentUser currentUser;

    @Inject
    IntakeCallService calls;

    @Inject
    IncubatorAccess access;

    @Inject
    IntakeMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An application as the incubator's managers read and decide it, with the version they saw. */
    public record ApplicationView(
            long id,
            long version,
            long callId,
            org.greenhub.platform.i18n.LocalisedName callTitles,
            long organisationId,
            String organisationName,
            java.time.LocalDate foundingDate,
            String projectTitle,
            String summary,
            org.greenhub.organisation.domain.green.GreenFocusArea focusArea,
            boolean registeredInZone,
            boolean commitsToRegister,
            org.greenhub.organisation.domain.green.GreenMetrics metrics,
            ApplicationStatus status,
            Long subjectId,
            Instant submittedAt,
            String decisionReason,
            Instant decidedAt,
            Instant offerDeadline)
            implements java.io.Serializable {}

    /** An application of a call the signed-in user manages, as the page shows it; 404 otherwise. */
    @Transactional
    public ApplicationView view(long applicationId) {
        IntakeApplication a = requireManaged(applicationId);
        return new ApplicationView(
                a.getId(),
                a.getVersion(),
                a.getCall().getId(),
                a.getCall().getTitles(),
                a.getOrganisation().getId(),
                a.getOrganisation().getLegalName(),
                a.getOrganisation().getFoundingDate(),
                a.getProjectTitle(),
                a.getSummary(),
                a.getFocusArea(),
                a.isRegisteredInZone(),
                a.isCommitsToRegister(),
                a.getMetrics() == null ? null : a.getMetrics().copy(),
                a.getStatus(),
                a.getSubjectId(),
                a.getSubmittedAt(),
                a.getDecisionReason(),
                a.getDecidedAt(),
                a.getOfferDeadline());
    }

    /** An application of a call the signed-in user manages; 404 otherwise. */
    public IntakeApplication requireManaged(long applicationId) {
        IntakeApplication application =
                applicationRepository.find(applicationId).orElseThrow(DomainException::notFound);
        access.requireManager(application.getCall().getIncubator().getId());
        return application;
    }

    @Transactional
    public IntakeApplication decide(long applicationId, Decision decision, String reason, long expectedVersion) {
        UserAccount manager = currentUser.require();
        IntakeApplication application = requireManaged(applicationId);
        IntakeCall call = callRepository.lock(application.getCall().getId());
        applicationRepository.lock(application);
        if (application.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Instant now = Instant.now(clock);
        if (decision == Decision.ADMIT && placesHeld(call) >= call.getCapacity()) {
            throw DomainException.conflict("decision", "incubation.decision.full", call.getCapacity());
        }
        Map<String, Object> before = application.snapshot();
        application.decide(
                decision,
                reason,
                manager.getId(),
                now,
                deadline(call, now),
                decision == Decision.WAIT_LIST ? nextWaitlistPosition(call) : null);
        audit.record(
                "INTAKE_DECISION_" + decision.name(),
                "IntakeApplication",
                applicationId,
                before,
                application.snapshot(),
                null);
        mails.decided(application);
        return application;
    }

    /**
     * Offers freed places to wait-listed applications in their order, while the call has places left. Joins the
     * caller's transaction and locks the call row first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fillFreedPlaces(IntakeCall callRef) {
        IntakeCall call = callRepository.lock(callRef.getId());
        Instant now = Instant.now(clock);
        long free = call.getCapacity() - placesHeld(call);
        int offered = 0;
        while (free > 0) {
            java.util.Optional<IntakeApplication> next = applicationRepository.nextWaitListed(call.getId());
            if (next.isEmpty()) {
                break;
            }
            IntakeApplication application = next.get();
            Map<String, Object> before = application.snapshot();
            application.offer(deadline(call, now), now);
            audit.record(
                    "INTAKE_OFFER_FROM_WAIT_LIST",
                    "IntakeApplication",
                    application.getId(),
                    before,
                    application.snapshot(),
                    null);
            mails.offeredFromWaitList(application);
            free--;
            offered++;
        }
        return offered;
    }

    /** Offers whose deadline has passed, for the expiry job: ids only, oldest deadline first. */
    public List<Long> dueOffers(int max) {
        return applicationRepository.offersDueBy(Instant.now(clock), max);
    }

    /**
     * Expires one offer if it is still due, and gives its place to the wait-list, in one transaction. Safe on two
     * nodes: the call row lock orders the runs, and the second finds the offer no longer due.
     */
    @Transactional
    public boolean expireOffer(long applicationId) {
        IntakeApplication application =
                applicationRepository.find(applicationId).orElse(null);
        if (application == null) {
            return false;
        }
        IntakeCall call = callRepository.lock(application.getCall().getId());
        applicationRepository.lock(application);
        Map<String, Object> before = application.snapshot();
        if (!application.expireIfDue(Instant.now(clock))) {
            return false;
        }
        audit.record("INTAKE_OFFER_EXPIRED", "IntakeApplication", applicationId, before, application.snapshot(), null);
        mails.expired(application);
        fillFreedPlaces(call);
        return true;
    }

    public List<Row> applications(long callId, int first, int size, String sortField, boolean ascending) {
        return applications(callId, null, first, size, sortField, ascending);
    }

    /** A page of a call's applications in one status ({@code null}: all). */
    public List<Row> applications(
            long callId, ApplicationStatus status, int first, int size, String sortField, boolean ascending) {
        calls.requireManaged(callId);
        return queries.applicationRows(callId, status, first, size, sortField, ascending);
    }

    public long countApplications(long callId) {
        return countApplications(callId, null);
    }

    public long countApplications(long callId, ApplicationStatus status) {
        calls.requireManaged(callId);
        return queries.countApplications(callId, status);
    }

    /** The ids of every application of the call in that status ({@code null}: all), at most {@code max}: "select all matching". */
    public List<Long> applicationIds(long callId, ApplicationStatus status, int max) {
        calls.requireManaged(callId);
        return queries.applicationIds(callId, status, max);
    }

    private long placesHeld(IntakeCall call) {
        return applicationRepository.placesHeld(call.getId());
    }

    private int nextWaitlistPosition(IntakeCall call) {
        Integer max = applicationRepository.lastWaitlistPosition(call.getId());
        return max == null ? 1 : max + 1;
    }

    private static Instant deadline(IntakeCall call, Instant now) {
        return now.plus(Duration.ofDays(call.getOfferDays()));
    }
}
