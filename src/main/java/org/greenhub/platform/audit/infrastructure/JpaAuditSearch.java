package org.greenhub.platform.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.audit.AuditSearch;
import org.greenhub.platform.audit.domain.AuditEvent;

/** Searches the audit trail in the database (newest first). Callers check that the user is an administrator. */
@ApplicationScoped
public class JpaAuditSearch implements AuditSearch {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Event> page(Criteria criteria, int first, int size, boolean newestFirst) {
        TypedQuery<AuditEvent> query = em.createQuery(
                "select a from AuditEvent a" + where(criteria) + " order by a.occurredAt "
                        + (newestFirst ? "desc" : "asc") + ", a.id desc",
                AuditEvent.class);
        bind(criteria, query);
        return query.setFirstResult(first).setMaxResults(size).getResultList().stream()
                .map(Event::of)
                .toList();
    }

    @Override
    public long count(Criteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEvent a" + where(criteria), Long.class);
        bind(criteria, query);
        return query.getSingleResult();
    }

    private static String where(Criteria c) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (present(c.action())) {
            where.append(" and a.action = :action");
        }
        if (present(c.actor())) {
            where.append(" and lower(a.actorEmail) like :actor");
        }
        if (present(c.entityType())) {
            where.append(" and a.entityType = :entityType");
        }
        if (present(c.entityId())) {
            where.append(" and a.entityId = :entityId");
        }
        if (c.from() != null) {
            where.append(" and a.occurredAt >= :from");
        }
        if (c.to() != null) {
            where.append(" and a.occurredAt < :to");
        }
        return where.toString();
    }

    private static void bind(Criteria c, TypedQuery<?> query) {
        if (present(c.action())) {
            query.setParameter("action", c.action().strip().toUpperCase(Locale.ROOT));
        }
        if (present(c.actor())) {
            query.setParameter(
                    "actor", "%" + c.actor().strip().toLowerCase(Locale.ROOT).replace("%", "") + "%");
        }
        if (present(c.entityType())) {
            query.setParameter("entityType", c.entityType().strip());
        }
        if (present(c.entityId())) {
            query.setParameter("entityId", c.entityId().strip());
        }
        if (c.from() != null) {
            query.setParameter("from", c.from());
        }
        if (c.to() != null) {
            query.setParameter("to", c.to());
        }
    }

    /** How often an action with this detail happened to one record since a moment: e.g. mails sent about an account. */
    @Override
    public long countForRecordSince(String action, String entityType, String entityId, Instant since, String detail) {
        return em.createQuery(
                        "select count(a) from AuditEvent a where a.action = :action and a.entityType = :entityType "
                                + "and a.entityId = :entityId and a.occurredAt >= :since and a.detail = :detail",
                        Long.class)
                .setParameter("action", action)
                .setParameter("entityType", entityType)
                .setParameter("entityId", entityId)
                .setParameter("since", since)
                .setParameter("detail", detail)
                .getSingleResult();
    }

    @Override
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEvent a order by a.action", String.class)
                .getResultList();
    }

    /** Each recorded action with the record type it concerns (the first, if an action ever concerned several). */
    @Override
    public java.util.Map<String, String> actionsWithRecordTypes() {
        java.util.Map<String, String> types = new java.util.TreeMap<>();
        for (Object[] row : em.createQuery("select distinct a.action, a.entityType from AuditEvent a", Object[].class)
                .getResultList()) {
            types.putIfAbsent((String) row[0], (String) row[1]);
        }
        return types;
    }

    @Override
    public List<String> recordTypes() {
        return em.createQuery(
                        "select distinct a.entityType from AuditEvent a where a.entityType is not null order by a.entityType",
                        String.class)
                .getResultList();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
