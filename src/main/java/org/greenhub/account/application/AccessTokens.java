package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.AccessToken;
import org.greenhub.account.domain.AccessTokenRepository;
import org.greenhub.account.domain.AccountToken;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * Personal access tokens: a signed-in person makes a token (seeing its secret once), lists and revokes their own;
 * the authentication mechanism admits an API call that carries an active token as the token's owner, with the
 * token's reach ({@link Grant}). Another person's token is "not found". Making and revoking are audited.
 */
@ApplicationScoped
public class AccessTokens {

    /** The longest life a token may be given, in days (pages offer last days within it). */
    public static final long MAX_DAYS = AccessToken.MAX_LIFETIME.toDays();

    @Inject
    AccessTokenRepository tokens;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Makes a token for the signed-in person; the answer holds the secret, which is never shown again. */
    @Transactional
    public Created create(String name, boolean canWrite, Set<ApiArea> areas, LocalDate lastDay) {
        UserAccount user = currentUser.require();
        Instant now = Instant.now(clock);
        long active = tokens.ofUser(user.getId()).stream()
                .filter(token -> token.isActive(now))
                .count();
        if (active >= AccessToken.MAX_ACTIVE) {
            throw DomainException.conflict(null, "account.token.tooMany", AccessToken.MAX_ACTIVE);
        }
        AccessToken.Issued issued = AccessToken.issue(user.getId(), name, canWrite, areas, lastDay, now);
        tokens.add(issued.token());
        audit.record(
                "ACCESS_TOKEN_CREATED", "AccessToken", issued.token().getId(), null, snapshot(issued.token()), null);
        return new Created(issued.token().getId(), issued.secret());
    }

    /** The signed-in person's tokens, newest first, revoked and expired ones too. */
    @Transactional
    public List<Row> mine() {
        UserAccount user = currentUser.require();
        Instant now = Instant.now(clock);
        return tokens.ofUser(user.getId()).stream()
                .map(token -> Row.of(token, now))
                .toList();
    }

    /** Revokes one of the signed-in person's tokens at once; anyone else's token is "not found". */
    @Transactional
    public void revoke(long tokenId) {
        UserAccount user = currentUser.require();
        AccessToken token = tokens.find(tokenId)
                .filter(found -> found.getUserId() == user.getId())
                .orElseThrow(DomainException::notFound);
        if (token.getRevokedAt() != null) {
            return;
        }
        Map<String, Object> before = snapshot(token);
        token.revoke(Instant.now(clock));
        audit.record("ACCESS_TOKEN_REVOKED", "AccessToken", token.getId(), before, snapshot(token), null);
    }

    /**
     * What a Bearer secret admits: its owner and the token's reach, when the token is active and its owner may sign
     * in; otherwise nothing (the caller is told only that the token was refused).
     */
    @Transactional
    public Optional<Grant> admit(String secret) {
        if (secret == null || !secret.startsWith(AccessToken.PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<AccessToken> token =
                tokens.findByHash(AccountToken.hash(secret)).filter(found -> found.isActive(now));
        if (token.isEmpty()
                || !accounts.find(token.get().getUserId())
                        .map(UserAccount::canSignIn)
                        .orElse(false)) {
            return Optional.empty();
        }
        token.get().used(now);
        return Optional.of(new Grant(
                token.get().getId(),
                token.get().getUserId(),
                token.get().isCanWrite(),
                token.get().getAreas()));
    }

    private static Map<String, Object> snapshot(AccessToken token) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", token.getName());
        state.put("hint", token.getHint());
        state.put("canWrite", token.isCanWrite());
        state.put(
                "areas",
                String.join(", ", token.getAreas().stream().map(ApiArea::name).toList()));
        state.put("expiresAt", token.getExpiresAt());
        state.put("revokedAt", token.getRevokedAt());
        return state;
    }

    /** A token as its owner's list shows it (never the secret). */
    public record Row(
            long id,
            String name,
            String hint,
            boolean canWrite,
            Set<ApiArea> areas,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt,
            boolean active)
            implements Serializable {

        static Row of(AccessToken token, Instant now) {
            return new Row(
                    token.getId(),
                    token.getName(),
                    token.getHint(),
                    token.isCanWrite(),
                    Set.copyOf(token.getAreas()),
                    token.getCreatedAt(),
                    token.getExpiresAt(),
                    token.getLastUsedAt(),
                    token.getRevokedAt(),
                    token.isActive(now));
        }
    }

    /** A new token's id and its secret, shown once. */
    public record Created(long id, String secret) implements Serializable {}

    /**
     * What an active token admits a call to: its owner, whether it may change anything, and the areas it reaches
     * (empty: all). The API checks the call against it ({@code account.api.AccessTokenReach}).
     */
    public record Grant(long tokenId, long userId, boolean canWrite, Set<ApiArea> areas) implements Serializable {

        /** The request attribute that carries the grant of a token-authenticated call. */
        public static final String ATTRIBUTE = "greenhub.accessToken";

        public boolean reaches(ApiArea area) {
            return area == null || areas.isEmpty() || areas.contains(area);
        }
    }
}
