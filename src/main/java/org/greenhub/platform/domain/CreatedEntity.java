package org.greenhub.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * An entity that records when it was made ({@code created_at}). The instant comes from the caller, which takes it from
 * the injected {@code Clock} (no {@code @PrePersist} with the system clock: tests and demo data set their own time).
 */
@MappedSuperclass
public abstract class CreatedEntity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CreatedEntity() {}

    /** Called once by the subclass's constructor with the clock's instant. Not final: Hibernate proxies the entities. */
    protected void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
