package org.greenhub.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.greenhub.platform.mail.domain.OutboxMessage;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void failedDeliveriesAreRetriedLaterAndLaterThenGivenUp() {
        OutboxMessage message = new OutboxMessage("a@example.com", "Subject", "Body", now);
        message.markFailed("connection refused", now);
        assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
        assertEquals(now.plus(Duration.ofMinutes(1)), message.getNextAttemptAt());
        message.markFailed("connection refused", now);
        assertEquals(now.plus(Duration.ofMinutes(2)), message.getNextAttemptAt());
        for (int i = 2; i < OutboxMessage.MAX_ATTEMPTS - 1; i++) {
            message.markFailed("connection refused", now);
        }
        assertEquals(now.plus(Duration.ofMinutes(60)), message.getNextAttemptAt(), "back-off is capped at an hour");
        assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
        message.markFailed("connection refused", now);
        assertEquals(OutboxMessage.Status.FAILED, message.getStatus());
        assertEquals("connection refused", message.getLastError());
    }

    @Test
    void aSentMessageRecordsWhen() {
        OutboxMessage message = new OutboxMessage("a@example.com", "Subject", "Body", now);
        message.markSent(now.plusSeconds(3));
        assertEquals(OutboxMessage.Status.SENT, message.getStatus());
        assertEquals(now.plusSeconds(3), message.getSentAt());
    }
}
