package org.greenhub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.greenhub.platform.mail.domain.Outbox;
import org.greenhub.platform.mail.domain.OutboxMessage;

/** Reads the outbox, newest first, optionally for one recipient. */
@ApplicationScoped
public class OutboxQuery {

    @Inject
    Outbox outbox;

    /** One mail as the outbox page shows it. */
    public record Row(
            long id,
            Instant createdAt,
            String recipient,
            String subject,
            OutboxMessage.Status status,
            int attempts,
            String body,
            String lastError)
            implements Serializable {

        static Row of(OutboxMessage message) {
            return new Row(
                    message.getId(),
                    message.getCreatedAt(),
                    message.getRecipient(),
                    message.getSubject(),
                    message.getStatus(),
                    message.getAttempts(),
                    message.getBody(),
                    message.getLastError());
        }
    }

    public List<Row> page(String recipient, int first, int size) {
        return outbox.page(recipient, first, size).stream().map(Row::of).toList();
    }

    public long count(String recipient) {
        return outbox.count(recipient);
    }
}
