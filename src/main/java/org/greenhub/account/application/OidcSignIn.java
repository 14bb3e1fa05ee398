package org.greenhub.account.application;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.greenhub.account.domain.EmailAddress;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Sign-in through the operator's OpenID Connect provider: the authorisation code flow with PKCE (S256), state and
 * nonce. {@link #begin} makes the secrets this browser's sign-in is bound to (kept in its session) and the address of
 * the provider's sign-in page; {@link #complete} takes the provider's answer, redeems the code, checks the ID token
 * ({@link IdTokenCheck}) and finds the account: the one already linked to this person at the provider, else the one
 * with the verified e-mail address (then linked), else a new one when the operator allows it. Everything else is
 * refused with a message the person can act on, and audited.
 */
@ApplicationScoped
public class OidcSignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());

    /** A sign-in left at the provider's page longer than this starts again: its secrets are not kept for ever. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OidcSettings settings;

    @Inject
    OidcProvider provider;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What this browser's session keeps between leaving for the provider and coming back. */
    public record Pending(String state, String nonce, String codeVerifier, String next, Instant startedAt)
            implements Serializable {

        /** The session attribute that holds it. */
        public static final String SESSION_KEY = "greenhub.oidcPending";
    }

    /** Where to send the browser, and what to keep in its session until it comes back. */
    public record Start(URI providerPage, Pending pending) {}

    /** A completed sign-in: the account as the session keeps it, and the ID token for signing out at the provider. */
    public record Completed(AccountSummary account, String idToken) {

        /** The session attribute holding the ID token of a session signed in through the provider. */
        public static final String ID_TOKEN_SESSION_KEY = "greenhub.oidcIdToken";
    }

    public boolean enabled() {
        return settings.enabled();
    }

    public String providerName() {
        return settings.displayName();
    }

    /**
     * @param redirectUri GreenHub's callback page, as registered with the provider
     * @param next        the page the person wanted (already checked to be inside GreenHub), or null
     */
    public Start begin(String redirectUri, String next) {
        OidcSettings.Provider configured = settings.provider();
        OidcProvider.Metadata metadata = provider.metadata();
        Pending pending = new Pending(secret(), secret(), secret(), next, Instant.now(clock));
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", configured.clientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", configured.scopes());
        query.put("state", pending.state());
        query.put("nonce", pending.nonce());
        query.put("code_challenge", challenge(pending.codeVerifier()));
        query.put("code_challenge_method", "S256");
        return new Start(withQuery(metadata.authorizationEndpoint(), query), pending);
    }

    /**
     * @param pending what the session kept since {@link #begin} (null: this browser started no sign-in)
     * @param language the language of a new account (the page's)
     * @throws OidcRefusal with the message the person reads
     */
    @Transactional
    public Completed complete(
            Pending pending, String code, String state, String error, String redirectUri, Language language) {
        Instant now = Instant.now(clock);
        if (pending == null
                || state == null
                || !MessageDigest.isEqual(
                        pending.state().getBytes(StandardCharsets.UTF_8), state.getBytes(StandardCharsets.UTF_8))) {
            // A callback this browser did not start (a forged or replayed link): nothing of it is used.
            throw refused(null, "account.oidc.expired", "state unknown to this session");
        }
        if (now.isAfter(pending.startedAt().plus(PENDING_LIFETIME))) {
            throw refused(null, "account.oidc.expired", "sign-in started at " + pending.startedAt());
        }
        if (error != null) {
            throw refused(null, "account.oidc.cancelled", "the provider answered error=" + error);
        }
        if (code == null || code.isBlank()) {
            throw refused(null, "account.oidc.refused", "callback without code");
        }
        OidcSettings.Provider configured = settings.provider();
        JWTClaimsSet claims;
        String idToken;
        try {
            idToken = provider.redeem(code, pending.codeVerifier(), redirectUri);
            claims = IdTokenCheck.check(
                    idToken, provider::keys, configured.issuer(), configured.clientId(), pending.nonce(), now);
        } catch (OidcRefusal refusal) {
            throw refused(null, refusal.messageKey(), refusal.getMessage());
        }
        String subject = claims.getSubject();
        String email = text(claims.getClaim(configured.emailClaim()));
        if (email == null || !EmailAddress.plausible(email)) {
            throw refused(subject, "account.oidc.noEmail", "no e-mail address in claim " + configured.emailClaim());
        }
        if (!Boolean.TRUE.equals(claims.getClaim("email_verified"))) {
            // An address the provider did not verify proves nothing: linking by it would hand the account to
            // whoever typed it at the provider.
            throw refused(email, "account.oidc.unverifiedEmail", "email_verified is not true");
        }
        UserAccount account = find(configured, claims, subject, email, language, now);
        if (!account.canSignIn()) {
            throw refused(email, "account.signIn.disabled", "account " + account.getStatus());
        }
        mapRoles(configured, claims, account);
        return new Completed(AccountSummary.of(account), idToken);
    }

    private UserAccount find(
            OidcSettings.Provider configured,
            JWTClaimsSet claims,
            String subject,
            String email,
            Language language,
            Instant now) {
        Optional<UserAccount> linked = accounts.findByProvider(configured.issuer(), subject);
        if (linked.isPresent()) {
            return linked.get();
        }
        Optional<UserAccount> byEmail = accounts.findByEmail(email);
        if (byEmail.isPresent()) {
            UserAccount account = byEmail.get();
            if (account.signsInThroughProvider()) {
                // Another person at the provider (or another provider) holds this account already.
                throw refused(email, "account.oidc.linkedElsewhere", "account linked to another subject");
            }
            Map<String, Object> before = account.snapshot();
            account.linkProvider(configured.issuer(), subject, now);
            audit.record(
                    "OIDC_LINKED",
                    "UserAccount",
                    account.getId(),
                    before,
                    account.snapshot(),
                    configured.issuer() + " " + subject);
            return account;
        }
        if (!configured.creation().allows(email)) {
            throw refused(email, "account.oidc.noAccount", "no account and creation not allowed for this address");
        }
        String name = Optional.ofNullable(text(claims.getClaim("name"))).orElse(email.substring(0, email.indexOf('@')));
        UserAccount created;
        try {
            created = accounts.add(UserAccount.fromProvider(email, name, language, configured.issuer(), subject, now));
        } catch (DomainException e) {
            throw refused(email, "account.oidc.refused", "the provider's name or address is not usable: " + e);
        }
        audit.record(
                "OIDC_ACCOUNT_CREATED",
                "UserAccount",
                created.getId(),
                null,
                created.snapshot(),
                configured.issuer() + " " + subject);
        return created;
    }

    /** Adds the roles the claim maps to; never takes one away (an administrator stays one whatever the claim says). */
    private void mapRoles(OidcSettings.Provider configured, JWTClaimsSet claims, UserAccount account) {
        if (configured.roleClaim().isEmpty() || configured.roleMap().isEmpty()) {
            return;
        }
        Set<Role> added = EnumSet.noneOf(Role.class);
        for (String value : values(claims.getClaim(configured.roleClaim().get()))) {
            for (Role role : configured.roleMap().getOrDefault(value, Set.of())) {
                if (!account.hasRole(role)) {
                    added.add(role);
                }
            }
        }
        if (added.isEmpty()) {
            return;
        }
        Map<String, Object> before = account.snapshot();
        added.forEach(account::grant);
        audit.record(
                "OIDC_ROLES_MAPPED",
                "UserAccount",
                account.getId(),
                before,
                account.snapshot(),
                added.stream().map(Role::name).collect(Collectors.joining(", ")));
    }

    /** The end-session address that signs the person out at the provider too, or empty when it offers none. */
    public Optional<URI> providerSignOut(String idToken, String afterSignOut) {
        if (!settings.enabled() || idToken == null) {
            return Optional.empty();
        }
        try {
            return provider.metadata().endSessionEndpoint().map(endpoint -> {
                Map<String, String> query = new LinkedHashMap<>();
                query.put("id_token_hint", idToken);
                query.put("post_logout_redirect_uri", afterSignOut);
                query.put("client_id", settings.provider().clientId());
                return withQuery(endpoint, query);
            });
        } catch (OidcRefusal unreachable) {
            // Signed out of GreenHub all the same; the provider's own session ends when it does.
            LOG.warning(() -> "Signing out at the provider is not possible: " + unreachable.getMessage());
            return Optional.empty();
        }
    }

    private OidcRefusal refused(String who, String messageKey, String reason) {
        LOG.warning(() -> "OpenID Connect sign-in refused" + (who == null ? "" : " for " + who) + ": " + reason);
        audit.recordSeparately("OIDC_SIGN_IN_REFUSED", "UserAccount", null, who, reason);
        return new OidcRefusal(messageKey, reason);
    }

    private static String text(Object claim) {
        return claim instanceof String text && !text.isBlank() ? text.strip() : null;
    }

    private static Collection<String> values(Object claim) {
        List<String> values = new ArrayList<>();
        if (claim instanceof String text) {
            values.add(text);
        } else if (claim instanceof Collection<?> many) {
            many.forEach(value -> values.add(String.valueOf(value)));
        }
        return new TreeSet<>(values);
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** RFC 7636 4.2: BASE64URL(SHA-256(ASCII(code_verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static URI withQuery(URI endpoint, Map<String, String> query) {
        String joined = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String base = endpoint.toString();
        return URI.create(base + (base.contains("?") ? "&" : "?") + joined);
    }
}
