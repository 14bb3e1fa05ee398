package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.greenhub.platform.mail.domain.Outbox;
import org.greenhub.platform.mail.domain.OutboxMessage;

/** Queues mail in the outbox; it must join the transaction of the change, so a rolled-back change sends nothing. */
@ApplicationScoped
public class Mailer {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(String recipient, String subject, String body) {
        outbox.add(new OutboxMessage(recipient, subject, body, Instant.now(clock)));
    }
}
