package org.greenhub.platform.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/** A mail queued in the same transaction as the change that causes it; sent later, retried until it goes. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage extends CreatedEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 10;

    public enum Status {
        PENDING,
        SENT,
        FAILED
    }

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {}

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.body = body;
        this.status = Status.PENDING;
        setCreatedAt(now);
        this.nextAttemptAt = now;
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Backs off exponentially (1, 2, 4 ... minutes, at most an hour) and gives up after {@link #MAX_ATTEMPTS}. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "unknown error" : (error.length() > 1000 ? error.substring(0, 1000) : error);
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            long minutes = Math.min(60, 1L << (attempts - 1));
            nextAttemptAt = now.plus(Duration.ofMinutes(minutes));
        }
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
