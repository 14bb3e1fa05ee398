package org.greenhub.platform.audit.domain;

/** The audit trail as stored: events are only ever added. */
public interface AuditEventRepository {

    void add(AuditEvent event);
}
