package org.greenhub.account.application;

import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.util.Optional;

/** The operator's OpenID Connect provider over HTTP (implemented in infrastructure). */
public interface OidcProvider {

    /** What discovery ({@code /.well-known/openid-configuration}) tells of the provider. */
    record Metadata(
            String issuer,
            URI authorizationEndpoint,
            URI tokenEndpoint,
            URI jwksUri,
            Optional<URI> endSessionEndpoint) {}

    /** The provider's metadata, fetched at the first need and kept; refused with {@link OidcRefusal} when unreachable. */
    Metadata metadata();

    /** Redeems an authorisation code (with its PKCE verifier) at the token endpoint; answers the ID token. */
    String redeem(String code, String codeVerifier, String redirectUri);

    /** The provider's signing keys; {@code fresh} fetches them again (a key rotated since they were kept). */
    JWKSet keys(boolean fresh);
}
