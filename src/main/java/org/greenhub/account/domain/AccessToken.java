package org.greenhub.account.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * A personal access token: what a script or another system sends as {@code Authorization: Bearer} to act as its
 * owner through the API. It carries a name its owner chose, whether it may change anything (read-only tokens make
 * only GET, HEAD and OPTIONS calls), the API areas it reaches (none named: all of its owner's), and an expiry. Only the
 * SHA-256 of the secret is stored; the secret is shown once. A revoked or expired token admits nobody.
 */
@Entity
@Table(name = "access_token")
public class AccessToken extends CreatedEntity {

    /** What every secret starts with, so that secret scanners and people recognise a leaked GreenHub token. */
    public static final String PREFIX = "ghat_";

    public static final int MAX_NAME_LENGTH = 100;
    /** The longest life a token may have: a forgotten token stops working within a year. */
    public static final Duration MAX_LIFETIME = Duration.ofDays(366);
    /** Active tokens an account may hold at once. */
    public static final int MAX_ACTIVE = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String hint;

    @Column(name = "can_write", nullable = false)
    private boolean canWrite;

    @Column(nullable = false)
    private String areas;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {}

    private AccessToken(
            long userId,
            String name,
            boolean canWrite,
            Set<ApiArea> areas,
            Instant expiresAt,
            String secret,
            Instant now) {
        this.userId = userId;
        this.name = name;
        this.canWrite = canWrite;
        this.areas = areas.stream().map(ApiArea::name).sorted().collect(Collectors.joining(","));
        this.expiresAt = expiresAt;
        this.tokenHash = AccountToken.hash(secret);
        this.hint = secret.substring(secret.length() - 4);
        setCreatedAt(now);
    }

    /**
     * A new token for its owner, and its secret (never stored). It works up to the end of {@code lastDay} (UTC), which
     * must be after today and within {@link #MAX_LIFETIME}; the name is required.
     */
    public static Issued issue(
            long userId, String name, boolean canWrite, Set<ApiArea> areas, LocalDate lastDay, Instant now) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw DomainException.invalid("name", "platform.validation.required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH || TextRules.hasAnyControlCharacter(trimmed)) {
            throw DomainException.invalid("name", "account.token.nameInvalid", MAX_NAME_LENGTH);
        }
        if (lastDay == null) {
            throw DomainException.invalid("lastDay", "platform.validation.required");
        }
        Instant expiresAt = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!expiresAt.isAfter(now) || lastDay.isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw DomainException.invalid("lastDay", "account.token.expiryPast");
        }
        if (expiresAt.isAfter(now.plus(MAX_LIFETIME))) {
            throw DomainException.invalid("lastDay", "account.token.expiryTooFar", MAX_LIFETIME.toDays());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Set<ApiArea> chosen = areas == null ? Set.of() : areas;
        return new Issued(new AccessToken(userId, trimmed, canWrite, chosen, expiresAt, secret, now), secret);
    }

    /** Whether the token admits its owner now: not revoked, not expired. */
    public boolean isActive(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Notes a use; written at most once a minute, so a busy script does not write on every call. */
    public boolean used(Instant now) {
        if (lastUsedAt != null && lastUsedAt.plus(Duration.ofMinutes(1)).isAfter(now)) {
            return false;
        }
        lastUsedAt = now;
        return true;
    }

    /** Revokes the token at once; revoking twice changes nothing. */
    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getHint() {
        return hint;
    }

    public boolean isCanWrite() {
        return canWrite;
    }

    public Set<ApiArea> getAreas() {
        if (areas.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(areas.split(","))
                .map(ApiArea::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiArea.class)));
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public record Issued(AccessToken token, String secret) {}
}
