package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.greenhub.platform.mail.domain.Outbox;
import org.greenhub.platform.mail.domain.OutboxMessage;

/** Reads the outbox, newest first, optionally for one recipient. */
@ApplicationScoped
public class OutboxQuery {

    @Inject
    Outbox outbox;

    public List<OutboxMessage> page(String recipient, int first, int size) {
        return outbox.page(recipient, first, size);
    }

    public long count(String recipient) {
        return outbox.count(recipient);
    }
}
