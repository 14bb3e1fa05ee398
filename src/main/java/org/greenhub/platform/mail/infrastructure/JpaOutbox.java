package org.greenhub.platform.mail.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.greenhub.platform.mail.domain.Outbox;
import org.greenhub.platform.mail.domain.OutboxMessage;

@ApplicationScoped
public class JpaOutbox implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(OutboxMessage message) {
        em.persist(message);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OutboxMessage> claimDue(Instant now, int batch) {
        return em.createNativeQuery(
                        "select * from mail_outbox where status = 'PENDING' and next_attempt_at <= ?1 "
                                + "order by next_attempt_at limit " + batch + " for update skip locked",
                        OutboxMessage.class)
                .setParameter(1, now)
                .getResultList();
    }

    @Override
    public List<OutboxMessage> page(String recipient, int first, int size) {
        return em.createQuery(
                        "select m from OutboxMessage m where lower(m.recipient) like :r order by m.id desc",
                        OutboxMessage.class)
                .setParameter("r", pattern(recipient))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    @Override
    public long count(String recipient) {
        return em.createQuery("select count(m) from OutboxMessage m where lower(m.recipient) like :r", Long.class)
                .setParameter("r", pattern(recipient))
                .getSingleResult();
    }

    private static String pattern(String recipient) {
        return recipient == null || recipient.isBlank()
                ? "%"
                : "%" + recipient.strip().toLowerCase(Locale.ROOT).replace("%", "") + "%";
    }
}
