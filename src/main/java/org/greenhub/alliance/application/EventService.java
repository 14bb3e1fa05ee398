package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceEvent;
import org.greenhub.alliance.domain.AllianceEventRepository;
import org.greenhub.alliance.domain.EventKind;
import org.greenhub.alliance.domain.EventRegistration;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.alliance.domain.MembershipStatus;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;

/** Alliance activities: coordinators publish events and mark attendance; members' people register within capacity. */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    AllianceEventRepository eventRepository;

    @Inject
    AllianceReads reads;

    @Inject
    AllianceAccess access;

    @Inject
    AuditTrail audit;

    @Transactional
    public AllianceEvent create(long allianceId, AllianceEvent.Details details) {
        Alliance alliance = access.coordinated(allianceId);
        AllianceEvent event = new AllianceEvent(alliance, details, access.now());
        eventRepository.add(event);
        audit.record(
                "ALLIANCE_EVENT_CREATED",
                "AllianceEvent",
                event.getId(),
                null,
                Map.of("title", event.getTitle(), "capacity", event.getCapacity()),
                null);
        return event;
    }

    /** An event as its coordinators edit it: every language's texts, places taken, and its tag ({@code ETag}). */
    public record EditedEvent(
            long id,
            long allianceId,
            EventKind kind,
            LocalisedName title,
            Instant startsAt,
            LocalisedName location,
            int capacity,
            LocalisedName description,
            long registered,
            String etag)
            implements Serializable {}

    /** Coordinators create an event as the events tab does, and read it back as {@link #editedEvent} answers it. */
    @Transactional
    public EditedEvent createEvent(long allianceId, AllianceEvent.Details details) {
        AllianceEvent event = create(allianceId, details);
        eventRepository.flush();
        return edited(event);
    }

    /** One event of an alliance the caller coordinates; another alliance's, or anyone else, "not found". */
    @Transactional
    public EditedEvent editedEvent(long allianceId, long eventId) {
        return edited(coordinatedEvent(allianceId, eventId, false));
    }

    /**
     * Coordinators change an event, checked as its creation is, and never below the places already taken;
     * {@code seen} (the caller's {@code If-Match}) must name the version they read. The event is locked as
     * registrations lock it, so that no registration slips in between the count and the change.
     */
    @Transactional
    public EditedEvent change(long allianceId, long eventId, IfMatch seen, AllianceEvent.Details details) {
        AllianceEvent event = coordinatedEvent(allianceId, eventId, true);
        seen.require(VersionTag.of(event.getId(), event.getVersion()));
        long taken = eventRepository.countRegistrations(event);
        Map<String, Object> before = Map.of(
                "title", event.getTitle(), "startsAt", event.getStartsAt().toString(), "capacity", event.getCapacity());
        event.describe(details);
        if (event.getCapacity() < taken) {
            throw DomainException.invalid("capacity", "alliance.event.capacityBelowRegistered", taken);
        }
        audit.record(
                "ALLIANCE_EVENT_CHANGED",
                "AllianceEvent",
                event.getId(),
                before,
                Map.of(
                        "title",
                        event.getTitle(),
                        "startsAt",
                        event.getStartsAt().toString(),
                        "capacity",
                        event.getCapacity()),
                null);
        eventRepository.flush();
        return edited(event);
    }

    private AllianceEvent coordinatedEvent(long allianceId, long eventId, boolean forUpdate) {
        access.coordinated(allianceId);
        AllianceEvent event = (forUpdate ? eventRepository.lock(eventId) : eventRepository.find(eventId))
                .orElseThrow(DomainException::notFound);
        if (!event.getAlliance().getId().equals(allianceId)) {
            // another alliance's event answers exactly like one that does not exist
            throw DomainException.notFound();
        }
        return event;
    }

    private EditedEvent edited(AllianceEvent event) {
        return new EditedEvent(
                event.getId(),
                event.getAlliance().getId(),
                event.getKind(),
                event.getTitles(),
                event.getStartsAt(),
                event.getLocation(),
                event.getCapacity(),
                event.getDescription(),
                eventRepository.countRegistrations(event),
                VersionTag.of(event.getId(), event.getVersion()));
    }

    /** A member's person registers for an event of their alliance, on behalf of an active membership. */
    @Transactional
    public void register(long eventId, long membershipId) {
        UserAccount user = access.user();
        Membership membership = access.readableMembership(membershipId);
        AllianceEvent event = eventRepository.lock(eventId).orElse(null);
        if (event == null
                || !event.getAlliance().getId().equals(membership.getAlliance().getId())) {
            throw DomainException.notFound();
        }
        if (!access.affiliated(user, membership.getOrganisation().getId())) {
            throw DomainException.notFound();
        }
        if (!EnumSet.of(MembershipStatus.ACTIVE, MembershipStatus.GRACE, MembershipStatus.EXIT_NOTIFIED)
                .contains(membership.getStatus())) {
            throw DomainException.conflict(null, "alliance.event.membersOnly");
        }
        if (!event.getStartsAt().isAfter(access.now())) {
            throw DomainException.conflict(null, "alliance.event.alreadyStarted");
        }
        if (eventRepository.isRegistered(event, user)) {
            throw DomainException.conflict(null, "alliance.event.alreadyRegistered");
        }
        long taken = eventRepository.countRegistrations(event);
        if (taken >= event.getCapacity()) {
            throw DomainException.conflict(null, "alliance.event.full");
        }
        eventRepository.addRegistration(new EventRegistration(event, membership, user, access.now()));
        audit.record(
                "ALLIANCE_EVENT_REGISTERED",
                "AllianceEvent",
                eventId,
                null,
                Map.of("membership", membershipId, "person", user.getEmail()),
                null);
    }

    @Transactional
    public void cancelRegistration(long registrationId) {
        EventRegistration registration =
                eventRepository.findRegistration(registrationId).orElse(null);
        if (registration == null
                || !registration.getPerson().getId().equals(access.user().getId())) {
            throw DomainException.notFound();
        }
        eventRepository.removeRegistration(registration);
        audit.record(
                "ALLIANCE_EVENT_CANCELLED",
                "AllianceEvent",
                registration.getEvent().getId(),
                null,
                null,
                access.user().getEmail());
    }

    @Transactional
    public void markAttendance(long registrationId, boolean attended) {
        EventRegistration registration =
                eventRepository.findRegistration(registrationId).orElseThrow(DomainException::notFound);
        access.coordinated(registration.getEvent().getAlliance().getId());
        registration.markAttended(attended);
        audit.record(
                "ALLIANCE_ATTENDANCE_MARKED",
                "AllianceEvent",
                registration.getEvent().getId(),
                null,
                Map.of("registration", registrationId, "attended", attended),
                null);
    }

    /** Events of an alliance from a moment on (members and coordinators), with how many places are taken. */
    public List<EventRow> events(long allianceId, Instant from, int limit) {
        return reads.upcomingEvents(allianceId, from, limit);
    }

    /**
     * One page of the alliance's coming events, for its coordinators and the people of its member organisations
     * (those who read them on a membership page); "not found" for anyone else.
     */
    public List<EventRow> comingEvents(long allianceId, int first, int size) {
        access.readableByMembers(allianceId);
        return reads.eventsFrom(allianceId, access.now(), first, size);
    }

    public long countComingEvents(long allianceId) {
        access.readableByMembers(allianceId);
        return reads.countEventsFrom(allianceId, access.now());
    }

    /** Coordinators: an alliance's events, newest first. */
    public List<EventRow> allEvents(long allianceId) {
        access.coordinated(allianceId);
        return reads.allEvents(allianceId);
    }

    /** Coordinators: who registered for an event and whether they came. */
    public List<RegistrationRow> registrations(long eventId) {
        AllianceEvent event = eventRepository.find(eventId).orElseThrow(DomainException::notFound);
        access.coordinated(event.getAlliance().getId());
        return reads.registrations(event);
    }

    /** The caller's registrations for a membership's events. */
    public List<Long> myRegisteredEvents(long membershipId) {
        access.readableMembership(membershipId);
        return reads.registeredEventIds(membershipId, access.user().getId());
    }

    public record EventRow(
            long id,
            EventKind kind,
            LocalisedName title,
            Instant startsAt,
            LocalisedName location,
            int capacity,
            long registered)
            implements Serializable {
        /** The projection's shape: title and place in their four columns each. */
        public EventRow(
                long id,
                EventKind kind,
                String titleEn,
                String titleZh,
                String titleTh,
                String titleVi,
                Instant startsAt,
                String locationEn,
                String locationZh,
                String locationTh,
                String locationVi,
                int capacity,
                long registered) {
            this(
                    id,
                    kind,
                    LocalisedName.stored(titleEn, titleZh, titleTh, titleVi),
                    startsAt,
                    LocalisedName.stored(locationEn, locationZh, locationTh, locationVi),
                    capacity,
                    registered);
        }

        public boolean full() {
            return registered >= capacity;
        }
    }

    public record RegistrationRow(long id, String member, String person, Instant registeredAt, boolean attended)
            implements Serializable {}
}
