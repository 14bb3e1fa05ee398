package org.greenhub.account.infrastructure;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.greenhub.account.application.OidcProvider;
import org.greenhub.account.application.OidcRefusal;
import org.greenhub.account.application.OidcSettings;

/**
 * The provider over plain HTTP: discovery and keys are fetched when first needed and kept (so GreenHub starts while
 * the provider is down, and a provider that comes up later works without a restart), the code is redeemed with
 * client_secret_basic.
 */
@ApplicationScoped
public class HttpOidcProvider implements OidcProvider {

    static final String UNAVAILABLE = "account.oidc.providerUnavailable";

    /** A provider that hangs must not hold a request thread for long: the person sees the refusal instead. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Inject
    OidcSettings settings;

    private volatile Metadata metadata;
    private volatile JWKSet keys;

    @Override
    public Metadata metadata() {
        Metadata known = metadata;
        if (known != null) {
            return known;
        }
        String issuer = settings.provider().issuer();
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        JsonObject document = json(get(URI.create(base + "/.well-known/openid-configuration")));
        if (!issuer.equals(document.getString("issuer", null))) {
            // OpenID Connect Discovery 4.3: a document naming another issuer is not this provider's.
            throw new OidcRefusal(UNAVAILABLE, "discovery names issuer " + document.getString("issuer", null));
        }
        try {
            known = new Metadata(
                    issuer,
                    URI.create(document.getString("authorization_endpoint")),
                    URI.create(document.getString("token_endpoint")),
                    URI.create(document.getString("jwks_uri")),
                    Optional.ofNullable(document.getString("end_session_endpoint", null))
                            .map(URI::create));
        } catch (RuntimeException e) {
            throw new OidcRefusal(UNAVAILABLE, "discovery document incomplete: " + e.getMessage(), e);
        }
        metadata = known;
        return known;
    }

    @Override
    public String redeem(String code, String codeVerifier, String redirectUri) {
        OidcSettings.Provider provider = settings.provider();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", codeVerifier);
        form.put("client_id", provider.clientId());
        HttpRequest.Builder request = HttpRequest.newBuilder(metadata().tokenEndpoint())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.entrySet().stream()
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
        if (provider.clientSecret() != null) {
            // RFC 6749 2.3.1: id and secret form-encoded before Basic.
            String credentials = URLEncoder.encode(provider.clientId(), StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(provider.clientSecret(), StandardCharsets.UTF_8);
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response = send(request.build());
        if (response.statusCode() != 200) {
            throw new OidcRefusal(
                    "account.oidc.refused", "token endpoint answered " + response.statusCode() + ": " + cut(response));
        }
        String idToken = json(response.body()).getString("id_token", null);
        if (idToken == null) {
            throw new OidcRefusal("account.oidc.refused", "the token response has no id_token (scope openid?)");
        }
        return idToken;
    }

    @Override
    public JWKSet keys(boolean fresh) {
        JWKSet known = keys;
        if (known != null && !fresh) {
            return known;
        }
        try {
            known = JWKSet.parse(get(metadata().jwksUri()));
        } catch (ParseException e) {
            throw new OidcRefusal(UNAVAILABLE, "the provider's keys (JWKS) do not parse: " + e.getMessage(), e);
        }
        keys = known;
        return known;
    }

    private String get(URI uri) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build());
        if (response.statusCode() != 200) {
            throw new OidcRefusal(UNAVAILABLE, uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new OidcRefusal(UNAVAILABLE, request.uri() + " out of reach: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OidcRefusal(UNAVAILABLE, request.uri() + " interrupted", e);
        }
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new OidcRefusal(UNAVAILABLE, "the provider answered no JSON object: " + e.getMessage(), e);
        }
    }

    private static String cut(HttpResponse<String> response) {
        String body = response.body() == null ? "" : response.body();
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
