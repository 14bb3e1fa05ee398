package org.greenhub.platform.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.platform.audit.domain.AuditEvent;
import org.greenhub.platform.audit.domain.AuditEventRepository;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(AuditEvent event) {
        em.persist(event);
    }
}
