package org.greenhub.platform.audit;

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

    /** A page of the events matching every given criterion, by time. */
    List<AuditEvent> page(Criteria criteria, int first, int size, boolean newestFirst);

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
