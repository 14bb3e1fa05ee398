package org.greenhub.platform.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.BaseEntity;

/** One line of the audit trail: who did what to which record, when, with the values before and after. Never changed. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends BaseEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_email")
    private String actorEmail;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    @Column(name = "before_state")
    private String beforeState;

    @Column(name = "after_state")
    private String afterState;

    private String detail;

    @Column(name = "client_address")
    private String clientAddress;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            Long actorId,
            String actorEmail,
            String action,
            String entityType,
            String entityId,
            String beforeState,
            String afterState,
            String detail,
            String clientAddress) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorEmail = truncate(actorEmail, 254);
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.detail = truncate(detail, 1000);
        this.clientAddress = truncate(clientAddress, 100);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
