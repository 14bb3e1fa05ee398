package org.greenhub.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests that talk to the deployed GreenHub as an API client would. */
public final class Http {

    public static final String ADMIN_EMAIL = "admin@greenhub.test";
    public static final String ADMIN_PASSWORD = "Admin-Test-Password-1";

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI base;

    public Http(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60));
    }

    /** GREENHUB_BASE_URL as the server under test has it (Failsafe gives both JVMs the same environment). */
    public static String publicBaseUrl() {
        String url = System.getenv("GREENHUB_BASE_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(
                    "GREENHUB_BASE_URL is not set: run the tests through Maven (Failsafe sets it)");
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /** The origin browsers send for GreenHub's pages: the base URL without its path. */
    public static String publicOrigin() {
        URI url = URI.create(publicBaseUrl());
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "");
    }

    public static String basic(String email, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder builder = request(path).GET();
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder.build());
    }

    public HttpResponse<String> send(
            String method, String path, String authorization, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
