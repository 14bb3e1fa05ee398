package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.greenhub.platform.mail.domain.Outbox;
import org.greenhub.platform.mail.domain.OutboxMessage;

/** Sends due outbox messages. Rows are claimed with SKIP LOCKED, so several nodes never send one message twice. */
@ApplicationScoped
public class OutboxWorker {

    private static final Logger LOG = Logger.getLogger(OutboxWorker.class.getName());
    private static final int BATCH = 20;

    @Inject
    Outbox outbox;

    @Inject
    MailTransport transport;

    /**
     * Sends the messages due at {@code now} (the scheduler passes its clock's time; tests move it ahead instead of
     * waiting). A message that cannot go keeps its error and is tried again later ({@link OutboxMessage#markFailed}).
     *
     * @return how many messages were handled (sent or failed)
     */
    @Transactional
    public int sendDue(Instant now) {
        List<OutboxMessage> due = outbox.claimDue(now, BATCH);
        for (OutboxMessage message : due) {
            try {
                transport.deliver(message);
                message.markSent(now);
            } catch (Exception e) {
                LOG.log(
                        Level.WARNING,
                        "Mail " + message.getId() + " to " + message.getRecipient() + " not sent: " + e.getMessage());
                message.markFailed(e.getMessage(), now);
            }
        }
        return due.size();
    }
}
