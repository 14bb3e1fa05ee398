package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.platform.mail.domain.OutboxMessage;

import java.time.Clock;
import java.time.Instant;

/** Queues mail in the outbox; it must join the transaction of the change, so a rolled-back change sends nothing. */
@ApplicationScoped
public class Mailer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        em.persist(new OutboxMessage(recipient, subject, body, Instant.now(clock)));
    }
}
