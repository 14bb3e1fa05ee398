package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * Intake calls: the incubator's managers open, change and publish them; anybody (no sign-in) reads the published,
 * open ones. Every change is audited; an edit carries the version the manager saw.
 */
@ApplicationScoped
public class IntakeCallService {

    @Inject
    IntakeCallRepository calls;

    @Inject
    IncubatorRepository incubators;

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    IncubatorAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public IntakeCall open(long incubatorId, IntakeCall.Terms terms) {
        Incubator incubator = access.requireManager(incubatorId);
        IntakeCall call = new IntakeCall(incubator, terms, Instant.now(clock));
        calls.add(call);
        audit.record("INTAKE_CALL_CREATED", "IntakeCall", call.getId(), null, call.snapshot(), null);
        return call;
    }

    @Transactional
    public IntakeCall change(long callId, IntakeCall.Terms terms, long expectedVersion) {
        IntakeCall call = requireManaged(callId);
        if (call.getVersion() != expectedVersion) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        Map<String, Object> before = call.snapshot();
        call.change(terms);
        audit.record("INTAKE_CALL_CHANGED", "IntakeCall", callId, before, call.snapshot(), null);
        return call;
    }

    @Transactional
    public IntakeCall publish(long callId, boolean published) {
        IntakeCall call = requireManaged(callId);
        Map<String, Object> before = call.snapshot();
        if (published) {
            call.publish();
        } else {
            call.unpublish();
        }
        audit.record(
                published ? "INTAKE_CALL_PUBLISHED" : "INTAKE_CALL_UNPUBLISHED",
                "IntakeCall",
                callId,
                before,
                call.snapshot(),
                null);
        return call;
    }

    /** The call, when the signed-in user manages its incubator; 404 otherwise. */
    public IntakeCall requireManaged(long callId) {
        IntakeCall call = calls.find(callId).orElseThrow(DomainException::notFound);
        access.requireManager(call.getIncubator().getId());
        return call;
    }

    public List<IntakeCall> callsOf(long incubatorId) {
        access.requireManager(incubatorId);
        return calls.ofIncubator(incubatorId);
    }

    /** How many applications of the call are in each status (a manager's overview). */
    public Map<ApplicationStatus, Long> statusCounts(long callId) {
        requireManaged(callId);
        return applications.statusCounts(callId);
    }

    /** Published calls whose window is open now, closing soonest first, with their incubator. No sign-in needed. */
    public List<IntakeCall> openCalls() {
        Instant now = Instant.now(clock);
        return calls.openAt(now);
    }

    /** A published call as the public sees it (open or not yet / no longer open); 404 for unpublished ones. */
    public IntakeCall publicView(long callId) {
        IntakeCall call = calls.read(callId).orElse(null);
        if (call == null || !call.isPublished()) {
            throw DomainException.notFound();
        }
        return call;
    }

    public Incubator incubator(long incubatorId) {
        return incubators.find(incubatorId).orElseThrow(DomainException::notFound);
    }
}
