package org.greenhub.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What GreenHub believes of an ID token: only one signed by the provider's key, from the configured issuer, for this
 * client, within its lifetime by GreenHub's clock, and carrying this sign-in's nonce.
 */
class IdTokenCheckTest {

    private static final String ISSUER = "https://id.university.example/realms/staff";
    private static final String CLIENT = "greenhub";
    private static final String NONCE = "nonce-of-this-sign-in";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static final RSAKey PROVIDER_KEY = key("provider-key");
    private static final JWKSet PROVIDER_KEYS = new JWKSet(PROVIDER_KEY.toPublicJWK());

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(CLIENT)
                .subject("staff-4711")
                .issueTime(Date.from(NOW.minusSeconds(5)))
                .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE)
                .claim("email", "wei.zhang@university.example")
                .claim("email_verified", true);
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    change.apply(claims()).build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet check(String token) {
        return IdTokenCheck.check(token, fresh -> PROVIDER_KEYS, ISSUER, CLIENT, NONCE, NOW);
    }

    private static void refused(String token, String why) {
        OidcRefusal refusal = assertThrows(OidcRefusal.class, () -> check(token), why);
        assertEquals("account.oidc.refused", refusal.messageKey(), why);
    }

    @Test
    void aTokenFromTheProviderForThisSignInIsBelieved() {
        JWTClaimsSet claims = check(signed(PROVIDER_KEY, c -> c));
        assertEquals("staff-4711", claims.getSubject());
        assertEquals("wei.zhang@university.example", claims.getClaim("email"));
    }

    @Test
    void aForgedTokenIsRefused() {
        // Signed by another key under the provider's key id: the signature does not verify.
        refused(signed(key("provider-key"), c -> c), "another key with the provider's key id");
        refused(signed(key("made-up"), c -> c), "a key the provider does not have");
        // Altered after signing: the claims no longer match the signature.
        String good = signed(PROVIDER_KEY, c -> c);
        String[] parts = good.split("\\.");
        String otherClaims =
                signed(PROVIDER_KEY, c -> c.subject("administrator")).split("\\.")[1];
        refused(parts[0] + "." + otherClaims + "." + parts[2], "claims swapped under a valid signature");
    }

    @Test
    void aTokenSignedWithTheClientSecretOrUnsignedIsRefused() throws JOSEException {
        SignedJWT mac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        mac.sign(new MACSigner("a-client-secret-of-at-least-32-bytes!!"));
        refused(mac.serialize(), "HMAC");
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims().build()).serialize();
        refused(unsigned, "alg none");
    }

    @Test
    void anExpiredTokenIsRefusedByGreenHubsClock() {
        refused(
                signed(
                        PROVIDER_KEY,
                        c -> c.issueTime(Date.from(NOW.minus(Duration.ofHours(2))))
                                .expirationTime(Date.from(NOW.minus(Duration.ofHours(1))))),
                "expired an hour ago");
        // A minute of difference between the clocks is tolerated, not more.
        check(signed(PROVIDER_KEY, c -> c.expirationTime(Date.from(NOW.minusSeconds(30)))));
        refused(signed(PROVIDER_KEY, c -> c.expirationTime(Date.from(NOW.minusSeconds(90)))), "90 s past");
        refused(signed(PROVIDER_KEY, c -> c.issueTime(Date.from(NOW.plus(Duration.ofMinutes(10))))), "future");
    }

    @Test
    void aTokenForAnotherIssuerClientOrSignInIsRefused() {
        refused(signed(PROVIDER_KEY, c -> c.issuer("https://evil.example/")), "another issuer");
        refused(signed(PROVIDER_KEY, c -> c.audience("another-client")), "another client");
        refused(
                signed(
                        PROVIDER_KEY,
                        c -> c.audience(java.util.List.of(CLIENT, "other")).claim("azp", "other")),
                "several audiences, authorised for another");
        refused(signed(PROVIDER_KEY, c -> c.claim("nonce", "another-sign-in")), "another nonce (replayed)");
        refused(signed(PROVIDER_KEY, c -> c.claim("nonce", null)), "no nonce");
    }

    @Test
    void aRotatedKeyIsFetchedOnceMore() {
        RSAKey rotated = key("rotated");
        AtomicInteger fetches = new AtomicInteger();
        JWTClaimsSet claims = IdTokenCheck.check(
                signed(rotated, c -> c),
                fresh -> {
                    fetches.incrementAndGet();
                    return fresh ? new JWKSet(rotated.toPublicJWK()) : PROVIDER_KEYS;
                },
                ISSUER,
                CLIENT,
                NONCE,
                NOW);
        assertEquals("staff-4711", claims.getSubject());
        assertTrue(fetches.get() == 2, "the kept keys, then fresh ones");
    }

    @Test
    void thePkceChallengeIsS256OfTheVerifier() {
        // As another implementation computes it (the OAuth 2.0 SDK the test provider uses), RFC 7636 4.2.
        String verifier = "dBjftJeZ4CVP-mB92K1uQoZ4kJ4XG12LxbcG8xbKfQw";
        assertEquals(
                com.nimbusds.oauth2.sdk.pkce.CodeChallenge.compute(
                                com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod.S256,
                                new com.nimbusds.oauth2.sdk.pkce.CodeVerifier(verifier))
                        .getValue(),
                OidcSignIn.challenge(verifier));
    }
}
