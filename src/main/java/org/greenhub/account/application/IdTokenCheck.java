package org.greenhub.account.application;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.AsymmetricJWK;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks of an ID token (OpenID Connect Core 3.1.3.7) before GreenHub believes a word of it: signed with an
 * asymmetric algorithm by one of the provider's keys (JWKS), issued by the configured issuer to this client, not
 * expired and not issued in the future by GreenHub's clock, and carrying the nonce this browser's sign-in started with.
 */
public final class IdTokenCheck {

    /** Clocks of two servers never agree exactly; a minute is what providers and libraries commonly allow. */
    static final Duration SKEW = Duration.ofSeconds(60);

    /** Only public-key signatures: a MAC with the client secret would let anyone holding the secret forge tokens. */
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    static final String REFUSED = "account.oidc.refused";

    private IdTokenCheck() {}

    /**
     * @param keys the provider's keys; called again with {@code true} once when no key matches (a rotated key)
     * @return the token's claims, all checks passed
     * @throws OidcRefusal naming what failed
     */
    public static JWTClaimsSet check(
            String idToken, Function<Boolean, JWKSet> keys, String issuer, String clientId, String nonce, Instant now) {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(idToken);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new OidcRefusal(REFUSED, "the ID token is no signed JWT: " + e.getMessage(), e);
        }
        JWSHeader header = jwt.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new OidcRefusal(REFUSED, "ID token signed with " + header.getAlgorithm());
        }
        if (!verified(jwt, keys.apply(false)) && !verified(jwt, keys.apply(true))) {
            throw new OidcRefusal(REFUSED, "the ID token's signature matches none of the provider's keys");
        }
        if (!issuer.equals(claims.getIssuer())) {
            throw new OidcRefusal(REFUSED, "ID token from issuer " + claims.getIssuer());
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(clientId)) {
            throw new OidcRefusal(REFUSED, "ID token for audience " + audience);
        }
        Object authorisedParty = claims.getClaim("azp");
        if (audience.size() > 1 && !clientId.equals(authorisedParty)) {
            throw new OidcRefusal(REFUSED, "ID token for several audiences, authorised party " + authorisedParty);
        }
        Date expires = claims.getExpirationTime();
        if (expires == null || !now.isBefore(expires.toInstant().plus(SKEW))) {
            throw new OidcRefusal(REFUSED, "ID token expired at " + (expires == null ? null : expires.toInstant()));
        }
        Date issued = claims.getIssueTime();
        if (issued == null || issued.toInstant().isAfter(now.plus(SKEW))) {
            throw new OidcRefusal(REFUSED, "ID token issued at " + (issued == null ? null : issued.toInstant()));
        }
        Object tokenNonce = claims.getClaim("nonce");
        if (!(tokenNonce instanceof String text)
                || !MessageDigest.isEqual(
                        text.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8))) {
            throw new OidcRefusal(REFUSED, "ID token with another nonce (replayed or not for this sign-in)");
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw new OidcRefusal(REFUSED, "ID token without subject");
        }
        return claims;
    }

    private static boolean verified(SignedJWT jwt, JWKSet keys) {
        JWKMatcher.Builder wanted = new JWKMatcher.Builder()
                .algorithms(jwt.getHeader().getAlgorithm(), null)
                .keyUses(KeyUse.SIGNATURE, null);
        if (jwt.getHeader().getKeyID() != null) {
            // Without a key id every signing key of the provider is tried.
            wanted.keyID(jwt.getHeader().getKeyID());
        }
        JWKMatcher matcher = wanted.build();
        for (JWK key : new JWKSelector(matcher).select(keys)) {
            if (!(key instanceof AsymmetricJWK asymmetric)) {
                continue;
            }
            try {
                Key publicKey = asymmetric.toPublicKey();
                JWSVerifier verifier = new DefaultJWSVerifierFactory().createJWSVerifier(jwt.getHeader(), publicKey);
                if (jwt.verify(verifier)) {
                    return true;
                }
            } catch (JOSEException e) {
                // a key of another type or size: try the next one
            }
        }
        return false;
    }
}
