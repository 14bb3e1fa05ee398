package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Decision;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The managers' decisions on a call's applications (admit with an offer, wait-list, reject, each with a reason mailed
 * to the applicant) and what follows from the start-ups' answers: a place left by a declined or expired offer goes to
 * the next wait-listed application. Changes of one call's places are serialised by a row lock on the call, so two
 * managers, the expiry job on two nodes and a start-up's answer never hand out more places than the call has.
 */
@ApplicationScoped
public class IntakeDecisions {

    /** A page of a call's applications as managers list them. */
    public record Row(long id, String projectTitle, String organisation, org.greenhub.organisation.domain.green.GreenFocusArea focusArea, ApplicationStatus status,
                      Instant submittedAt, Integer waitlistPosition, Instant offerDeadline, Long subjectId) implements java.io.Serializable {
    }

    @PersistenceContext
    EntityManager em;

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

    /** An application of a call the signed-in user manages; 404 otherwise. */
    public IntakeApplication requireManaged(long applicationId) {
        IntakeApplication application = em.find(IntakeApplication.class, applicationId);
        if (application == null) {
            throw DomainException.notFound();
        }
        access.requireManager(application.getCall().getIncubator().getId());
        return application;
    }

    @Transactional
    public IntakeApplication decide(long applicationId, Decision decision, String reason, long expectedVersion) {
        UserAccount manager = currentUser.require();
        IntakeApplication application = requireManaged(applicationId);
        IntakeCall call = em.find(IntakeCall.class, application.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        if (application.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Instant now = Instant.now(clock);
        if (decision == Decision.ADMIT && placesHeld(call) >= call.getCapacity()) {
            throw DomainException.conflict("decision", "incubation.decision.full", call.getCapacity());
        }
        Map<String, Object> before = application.snapshot();
        application.decide(decision, reason, manager.getId(), now, deadline(call, now),
                decision == Decision.WAIT_LIST ? nextWaitlistPosition(call) : null);
        audit.record("INTAKE_DECISION_" + decision.name(), "IntakeApplication", applicationId, before, application.snapshot(), null);
        mails.decided(application);
        return application;
    }

    /**
     * Offers freed places to wait-listed applications in their order, while the call has places left. Joins the
     * caller's transaction and locks the call row first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int fillFreedPlaces(IntakeCall callRef) {
        IntakeCall call = em.find(IntakeCall.class, callRef.getId(), LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock);
        long free = call.getCapacity() - placesHeld(call);
        int offered = 0;
        while (free > 0) {
            List<IntakeApplication> next = em.createQuery("""
                            select a from IntakeApplication a where a.call.id = :call and a.status = :waiting
                            order by a.waitlistPosition, a.id""", IntakeApplication.class)
                    .setParameter("call", call.getId()).setParameter("waiting", ApplicationStatus.WAIT_LISTED)
                    .setMaxResults(1).getResultList();
            if (next.isEmpty()) {
                break;
            }
            IntakeApplication application = next.get(0);
            Map<String, Object> before = application.snapshot();
            application.offer(deadline(call, now), now);
            audit.record("INTAKE_OFFER_FROM_WAIT_LIST", "IntakeApplication", application.getId(), before, application.snapshot(), null);
            mails.offeredFromWaitList(application);
            free--;
            offered++;
        }
        return offered;
    }

    /** Offers whose deadline has passed, for the expiry job: ids only, oldest deadline first. */
    public List<Long> dueOffers(int max) {
        return em.createQuery("select a.id from IntakeApplication a where a.status = :offered and a.offerDeadline <= :now order by a.offerDeadline", Long.class)
                .setParameter("offered", ApplicationStatus.OFFERED).setParameter("now", Instant.now(clock))
                .setMaxResults(max).getResultList();
    }

    /**
     * Expires one offer if it is still due, and gives its place to the wait-list, in one transaction. Safe on two
     * nodes: the call row lock orders the runs, and the second finds the offer no longer due.
     */
    @Transactional
    public boolean expireOffer(long applicationId) {
        IntakeApplication application = em.find(IntakeApplication.class, applicationId);
        if (application == null) {
            return false;
        }
        IntakeCall call = em.find(IntakeCall.class, application.getCall().getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
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
    public List<Row> applications(long callId, ApplicationStatus status, int first, int size, String sortField, boolean ascending) {
        calls.requireManaged(callId);
        String order = switch (sortField == null ? "" : sortField) {
            case "projectTitle" -> "a.projectTitle";
            case "organisation" -> "o.legalName";
            case "status" -> "a.status";
            case "waitlistPosition" -> "a.waitlistPosition";
            default -> "a.submittedAt";
        };
        return em.createQuery("""
                        select a.id, a.projectTitle, o.legalName, a.focusArea, a.status, a.submittedAt, a.waitlistPosition, a.offerDeadline, a.subjectId
                        from IntakeApplication a join a.organisation o where a.call.id = :call and (:status is null or a.status = :status)
                        order by %s %s nulls last, a.id""".formatted(order, ascending ? "asc" : "desc"), Object[].class)
                .setParameter("call", callId).setParameter("status", status).setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (org.greenhub.organisation.domain.green.GreenFocusArea) r[3], (ApplicationStatus) r[4],
                        (Instant) r[5], (Integer) r[6], (Instant) r[7], (Long) r[8]))
                .toList();
    }

    public long countApplications(long callId) {
        return countApplications(callId, null);
    }

    public long countApplications(long callId, ApplicationStatus status) {
        calls.requireManaged(callId);
        return em.createQuery("select count(a) from IntakeApplication a where a.call.id = :call and (:status is null or a.status = :status)", Long.class)
                .setParameter("call", callId).setParameter("status", status).getSingleResult();
    }

    /** The ids of every application of the call in that status ({@code null}: all), at most {@code max}: "select all matching". */
    public List<Long> applicationIds(long callId, ApplicationStatus status, int max) {
        calls.requireManaged(callId);
        return em.createQuery("select a.id from IntakeApplication a where a.call.id = :call and (:status is null or a.status = :status) order by a.id", Long.class)
                .setParameter("call", callId).setParameter("status", status).setMaxResults(max).getResultList();
    }

    private long placesHeld(IntakeCall call) {
        return em.createQuery("select count(a) from IntakeApplication a where a.call.id = :call and a.status in :holding", Long.class)
                .setParameter("call", call.getId())
                .setParameter("holding", List.of(ApplicationStatus.OFFERED, ApplicationStatus.ACCEPTED))
                .getSingleResult();
    }

    private int nextWaitlistPosition(IntakeCall call) {
        Integer max = em.createQuery("select max(a.waitlistPosition) from IntakeApplication a where a.call.id = :call", Integer.class)
                .setParameter("call", call.getId()).getSingleResult();
        return max == null ? 1 : max + 1;
    }

    private static Instant deadline(IntakeCall call, Instant now) {
        return now.plus(Duration.ofDays(call.getOfferDays()));
    }
}
