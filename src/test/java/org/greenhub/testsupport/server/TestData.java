package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what tests need to check inside the server: unique names, queued mail, counts. */
@ApplicationScoped
public class TestData {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @PersistenceContext
    EntityManager em;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String email(String prefix) {
        return unique(prefix) + "@example.test";
    }

    /** The token of the newest mailed link to this address (confirmation, reset, invitation). */
    @Transactional
    public String lastMailedToken(String recipient) {
        List<String> bodies = em.createQuery(
                        "select m.body from OutboxMessage m where m.recipient = :r order by m.id desc", String.class)
                .setParameter("r", recipient)
                .setMaxResults(1)
                .getResultList();
        if (bodies.isEmpty()) {
            throw new AssertionError("No mail queued for " + recipient);
        }
        Matcher matcher = TOKEN.matcher(bodies.get(0));
        if (!matcher.find()) {
            throw new AssertionError("No link in the mail to " + recipient);
        }
        return matcher.group(1);
    }

    @Transactional
    public long mailsTo(String recipient) {
        return em.createQuery("select count(m) from OutboxMessage m where m.recipient = :r", Long.class)
                .setParameter("r", recipient)
                .getSingleResult();
    }

    @Transactional
    public long count(String entity) {
        return em.createQuery("select count(e) from " + entity + " e", Long.class)
                .getSingleResult();
    }

    @Transactional
    public long auditEvents(String action, String actorEmail) {
        return em.createQuery(
                        "select count(a) from AuditEvent a where a.action = :action and a.actorEmail = :email",
                        Long.class)
                .setParameter("action", action)
                .setParameter("email", actorEmail)
                .getSingleResult();
    }

    /** A mail as queued. */
    public record Mail(String subject, String body) {}

    /** The newest mail queued to this address. */
    @Transactional
    public Mail lastMail(String recipient) {
        return em.createQuery(
                        "select m.subject, m.body from OutboxMessage m where m.recipient = :r order by m.id desc",
                        Object[].class)
                .setParameter("r", recipient)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(row -> new Mail((String) row[0], (String) row[1]))
                .orElseThrow(() -> new AssertionError("No mail queued for " + recipient));
    }

    /** Audit events of an action on one record. */
    @Transactional
    public long auditEventsOn(String action, String entityType, Object entityId) {
        return em.createQuery(
                        "select count(a) from AuditEvent a where a.action = :action and a.entityType = :type and a.entityId = :id",
                        Long.class)
                .setParameter("action", action)
                .setParameter("type", entityType)
                .setParameter("id", String.valueOf(entityId))
                .getSingleResult();
    }

    @Transactional
    public long accountId(String email) {
        return em.createQuery("select u.id from UserAccount u where u.email = :email", Long.class)
                .setParameter("email", email)
                .getSingleResult();
    }

    /** Runs a native SQL update (test time where it says now(), see {@link TestTime#sql}); the number of rows changed. */
    @Transactional
    public int update(String sql, Object... parameters) {
        var query = TestTime.nativeQuery(em, sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    @Transactional
    public long adminId() {
        return em.createQuery("select u.id from UserAccount u where u.email = 'admin@greenhub.test'", Long.class)
                .getSingleResult();
    }
}
