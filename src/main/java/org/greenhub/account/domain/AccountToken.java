package org.greenhub.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.greenhub.platform.domain.CreatedEntity;

/** A single-use link sent by mail (confirm e-mail, reset password, accept invitation). Only its hash is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken extends CreatedEntity {

    public enum Purpose {
        CONFIRM_EMAIL(Duration.ofDays(3)),
        RESET_PASSWORD(Duration.ofHours(1)),
        INVITATION(Duration.ofDays(7));

        public final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    private AccountToken(UserAccount user, Purpose purpose, String tokenHash, Instant now) {
        this.user = user;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        setCreatedAt(now);
        this.expiresAt = now.plus(purpose.lifetime);
    }

    /** A new token and the secret to put in the link (never stored). */
    public static Issued issue(UserAccount user, Purpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new AccountToken(user, purpose, hash(secret), now), secret);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public UserAccount getUser() {
        return user;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public record Issued(AccountToken token, String secret) {}
}
