package org.greenhub.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.greenhub.platform.audit.domain.AuditEvent;
import org.greenhub.platform.audit.domain.AuditEventRepository;

/** Records audit events in the caller's transaction, so an event exists exactly when its change does. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditEventRepository events;

    @Inject
    Instance<CurrentActor> currentActor;

    @Inject
    Clock clock;

    @Transactional
    public void record(
            String action,
            String entityType,
            Object entityId,
            Map<String, ?> before,
            Map<String, ?> after,
            String detail) {
        Optional<CurrentActor> actor = actor();
        events.add(new AuditEvent(
                Instant.now(clock),
                actor.flatMap(CurrentActor::actorId).orElse(null),
                actor.flatMap(CurrentActor::actorEmail).orElse(null),
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                render(before),
                render(after),
                storable(detail),
                actor.flatMap(CurrentActor::clientAddress).orElse(null)));
    }

    /** For events whose actor is not (yet) signed in, such as a failed sign-in. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSeparately(String action, String entityType, Object entityId, String actorEmail, String detail) {
        Optional<CurrentActor> actor = actor();
        events.add(new AuditEvent(
                Instant.now(clock),
                null,
                storable(actorEmail),
                action,
                entityType,
                entityId == null ? null : String.valueOf(entityId),
                null,
                null,
                storable(detail),
                actor.flatMap(CurrentActor::clientAddress).orElse(null)));
    }

    /** Background jobs have no request, hence no actor. */
    private Optional<CurrentActor> actor() {
        if (!currentActor.isResolvable()) {
            return Optional.empty();
        }
        try {
            CurrentActor actor = currentActor.get();
            actor.actorId();
            return Optional.of(actor);
        } catch (jakarta.enterprise.context.ContextNotActiveException noRequest) {
            return Optional.empty();
        }
    }

    private static String render(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        return new TreeMap<>(state)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"))
                        .transform(AuditTrail::storable);
    }

    /**
     * The trail records what was attempted, whatever it was: a NUL (which PostgreSQL cannot store in text) is kept as
     * U+FFFD, so recording a refused attempt never fails (and searching for it finds it).
     */
    static String storable(String text) {
        return text == null || text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
}
