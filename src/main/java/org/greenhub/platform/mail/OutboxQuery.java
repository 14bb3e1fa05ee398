package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.platform.mail.domain.OutboxMessage;

import java.util.List;
import java.util.Locale;

/** Reads the outbox, newest first, optionally for one recipient. */
@ApplicationScoped
public class OutboxQuery {

    @PersistenceContext
    EntityManager em;

    public List<OutboxMessage> page(String recipient, int first, int size) {
        return em.createQuery("select m from OutboxMessage m where lower(m.recipient) like :r order by m.id desc", OutboxMessage.class)
                .setParameter("r", pattern(recipient)).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(String recipient) {
        return em.createQuery("select count(m) from OutboxMessage m where lower(m.recipient) like :r", Long.class)
                .setParameter("r", pattern(recipient)).getSingleResult();
    }

    private static String pattern(String recipient) {
        return recipient == null || recipient.isBlank() ? "%" : "%" + recipient.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
    }
}
