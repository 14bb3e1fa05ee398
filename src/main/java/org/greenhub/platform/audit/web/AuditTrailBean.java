package org.greenhub.platform.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.platform.audit.AuditSearch;
import org.greenhub.platform.audit.domain.AuditEvent;
import org.greenhub.platform.web.DatabasePage;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Administrators search the audit trail (the page itself is restricted to administrators in web.xml). */
@Named("auditTrail")
@ViewScoped
public class AuditTrailBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditSearch search;

    private String action;
    private String actor;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;
    private DatabasePage<AuditEvent> events;

    @PostConstruct
    void init() {
        events = new DatabasePage<>() {
            @Override
            protected List<AuditEvent> page(int first, int size, String sortField, boolean ascending) {
                return search.page(criteria(), first, size, sortField == null || !ascending);
            }

            @Override
            protected long total() {
                return search.count(criteria());
            }

            @Override
            protected Object keyOf(AuditEvent row) {
                return row.getId();
            }
        };
    }

    private AuditSearch.Criteria criteria() {
        return new AuditSearch.Criteria(action, actor, entityType, entityId,
                from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
                to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public List<String> getActions() { return search.actions(); }
    public DatabasePage<AuditEvent> getEvents() { return events; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getEntityId() { return entityId; }
    public void setEntityId(String entityId) { this.entityId = entityId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
