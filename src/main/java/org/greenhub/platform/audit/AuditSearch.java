package org.greenhub.platform.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.audit.domain.AuditEvent;

/**
 * Searches the audit trail (the administrators' audit page, and checks such as how often a mail went out). Callers
 * check that the user is an administrator.
 */
public interface AuditSearch {

    record Criteria(String action, String actor, String entityType, String entityId, Instant from, Instant to) {}

    /** One recorded event, as stored (the audit page reads it into a sentence). */
    record Event(
            long id,
            Instant occurredAt,
            Long actorId,
            String actorEmail,
            String action,
            String entityType,
            String entityId,
            String beforeState,
            String afterState,
            String detail,
            String clientAddress)
            implements Serializable {

        public static Event of(AuditEvent event) {
            return new Event(
                    event.getId(),
                    event.getOccurredAt(),
                    event.getActorId(),
                    event.getActorEmail(),
                    event.getAction(),
                    event.getEntityType(),
                    event.getEntityId(),
                    event.getBeforeState(),
                    event.getAfterState(),
                    event.getDetail(),
                    event.getClientAddress());
        }
    }

    /** A page of the events matching every given criterion, by time. */
    List<Event> page(Criteria criteria, int first, int size, boolean newestFirst);

    long count(Criteria criteria);

    /** How often an action with this detail happened to one record since a moment: e.g. mails sent about an account. */
    long countForRecordSince(String action, String entityType, String entityId, Instant since, String detail);

    /** Every recorded action, alphabetically. */
    List<String> actions();

    /** Each recorded action with the record type it concerns (the first, if an action ever concerned several). */
    Map<String, String> actionsWithRecordTypes();

    /** The record types the trail holds, for the filter (which offers them by their names, not as codes). */
    List<String> recordTypes();
}
