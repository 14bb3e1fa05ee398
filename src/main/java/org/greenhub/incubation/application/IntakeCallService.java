package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * Intake calls: the incubator's managers open, change and publish them; anybody (no sign-in) reads the published,
 * open ones. Every change is audited; an edit carries the version the manager saw.
 */
@ApplicationScoped
public class IntakeCallService {

    @Inject
    IntakeCallRepository calls;

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    IncubatorAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ZoneNames zoneNames;

    /** What a new call's form starts with. */
    public static final int DEFAULT_MAX_AGE_MONTHS = IntakeCall.DEFAULT_MAX_AGE_MONTHS;

    public static final int DEFAULT_OFFER_DAYS = IntakeCall.DEFAULT_OFFER_DAYS;

    /** A published call as the public reads it, with its incubator's name and zone in the reader's language. */
    public record PublicCall(
            long id,
            LocalisedName title,
            LocalisedName description,
            String incubator,
            String kindKey,
            String zone,
            Instant opensAt,
            Instant closesAt,
            int capacity,
            int maxAgeMonths,
            int offerDays,
            boolean open,
            List<GreenFocusArea> focusAreas,
            List<IncubatorServiceKind> services,
            String operator)
            implements Serializable {}

    /** One of an incubator's calls in its managers' list. */
    public record CallSummary(
            long id, LocalisedName title, Instant opensAt, Instant closesAt, int capacity, boolean published)
            implements Serializable {}

    /** A call as its incubator's managers edit it, with the version they saw. */
    public record ManagedCall(
            long id,
            long version,
            long incubatorId,
            String incubatorName,
            boolean published,
            LocalisedName titles,
            LocalisedName descriptions,
            Instant opensAt,
            Instant closesAt,
            int capacity,
            int maxAgeMonths,
            int offerDays)
            implements Serializable {}

    /** @return the new call's id */
    @Transactional
    public long open(long incubatorId, IntakeCall.Terms terms) {
        Incubator incubator = access.requireManager(incubatorId);
        IntakeCall call = new IntakeCall(incubator, terms, Instant.now(clock));
        calls.add(call);
        audit.record("INTAKE_CALL_CREATED", "IntakeCall", call.getId(), null, call.snapshot(), null);
        return call.getId();
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

    /** The call as its managers edit it; 404 unless the signed-in user manages its incubator. */
    @Transactional
    public ManagedCall managedView(long callId, Language language) {
        IntakeCall call = requireManaged(callId);
        return new ManagedCall(
                call.getId(),
                call.getVersion(),
                call.getIncubator().getId(),
                call.getIncubator().name(language),
                call.isPublished(),
                call.getTitles(),
                call.getDescriptions(),
                call.getOpensAt(),
                call.getClosesAt(),
                call.getCapacity(),
                call.getMaxCompanyAgeMonths(),
                call.getOfferDays());
    }

    @Transactional
    public List<CallSummary> callsOf(long incubatorId) {
        access.requireManager(incubatorId);
        return calls.ofIncubator(incubatorId).stream()
                .map(c -> new CallSummary(
                        c.getId(), c.getTitles(), c.getOpensAt(), c.getClosesAt(), c.getCapacity(), c.isPublished()))
                .toList();
    }

    /** How many applications of the call are in each status (a manager's overview). */
    public Map<ApplicationStatus, Long> statusCounts(long callId) {
        requireManaged(callId);
        return applications.statusCounts(callId);
    }

    /** Published calls whose window is open now, closing soonest first, with their incubator. No sign-in needed. */
    @Transactional
    public List<PublicCall> openCalls(Language language) {
        Instant now = Instant.now(clock);
        return calls.openAt(now).stream().map(c -> publicCall(c, language, now)).toList();
    }

    /**
     * One page of the published calls for the API's public list: {@code window} null lists every published call,
     * {@code incubatorId} null every incubator. No sign-in needed.
     */
    @Transactional
    public List<PublicCall> publishedCalls(
            IntakeCallRepository.Window window, Long incubatorId, Language language, int first, int size) {
        Instant now = Instant.now(clock);
        return calls.published(window, incubatorId, now, first, size).stream()
                .map(c -> publicCall(c, language, now))
                .toList();
    }

    @Transactional
    public long countPublishedCalls(IntakeCallRepository.Window window, Long incubatorId) {
        return calls.countPublished(window, incubatorId, Instant.now(clock));
    }

    /** A published call as the public sees it (open or not yet / no longer open); 404 for unpublished ones. */
    @Transactional
    public PublicCall publicView(long callId, Language language) {
        IntakeCall call = calls.read(callId).orElse(null);
        if (call == null || !call.isPublished()) {
            throw DomainException.notFound();
        }
        return publicCall(call, language, Instant.now(clock));
    }

    private PublicCall publicCall(IntakeCall c, Language language, Instant now) {
        Incubator incubator = c.getIncubator();
        return new PublicCall(
                c.getId(),
                c.getTitles(),
                c.getDescriptions(),
                incubator.name(language),
                incubator.getKind().messageKey(),
                zoneNames.label(incubator.getZoneId(), incubator.getZone(), language),
                c.getOpensAt(),
                c.getClosesAt(),
                c.getCapacity(),
                c.getMaxCompanyAgeMonths(),
                c.getOfferDays(),
                c.isOpen(now),
                incubator.getSpecialisation().stream().sorted().toList(),
                incubator.getServices().stream().sorted().toList(),
                incubator.getOperator().getLegalName());
    }
}
