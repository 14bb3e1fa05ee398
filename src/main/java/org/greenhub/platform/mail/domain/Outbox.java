package org.greenhub.platform.mail.domain;

import java.time.Instant;
import java.util.List;

/** The mail outbox as stored. */
public interface Outbox {

    void add(OutboxMessage message);

    /**
     * Claims pending messages due at {@code now}, earliest first ({@code FOR UPDATE SKIP LOCKED}: another node claims
     * other rows), locked until the transaction ends.
     */
    List<OutboxMessage> claimDue(Instant now, int batch);

    /** Messages whose recipient contains the text (all for none), newest first. */
    List<OutboxMessage> page(String recipient, int first, int size);

    long count(String recipient);
}
