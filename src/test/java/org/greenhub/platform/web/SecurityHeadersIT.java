package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.greenhub.testsupport.Http;
import org.greenhub.testsupport.HttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The headers of issue 10 as a client receives them from the deployed server: the page policy with its nonce, the
 * strict policy of API answers, static files and redirects, the fixed headers on all of them, HSTS over HTTPS behind
 * the proxy (the tests run with GREENHUB_BEHIND_PROXY=true), redirects to the base URL whatever Host a request named,
 * and resource URLs without library versions.
 */
class SecurityHeadersIT extends HttpTest {

    private static final Pattern NONCE_IN_POLICY = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)';?$");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESOURCE_URL = Pattern.compile("/jakarta\\.faces\\.resource/[^\"')\\s]+");

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    private HttpResponse<String> get(String path, String... headers) {
        var request = http.request(path).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build());
    }

    private static String header(HttpResponse<?> response, String name) {
        List<String> values = response.headers().allValues(name);
        assertEquals(1, values.size(), "exactly one " + name + " on " + response.uri() + ": " + values);
        return values.get(0);
    }

    /** nosniff, Referrer-Policy and Permissions-Policy: on every response, whoever answered. */
    private static void assertFixedHeaders(HttpResponse<?> response) {
        assertEquals(
                "nosniff",
                header(response, "X-Content-Type-Options"),
                response.uri().toString());
        assertEquals(
                "same-origin",
                header(response, "Referrer-Policy"),
                response.uri().toString());
        String permissions = header(response, "Permissions-Policy");
        assertEquals(
                SecurityHeaders.PERMISSIONS_POLICY, permissions, response.uri().toString());
        for (String feature : List.of("camera=()", "microphone=()", "geolocation=()", "payment=()")) {
            assertTrue(permissions.contains(feature), permissions);
        }
    }

    @Test
    void aPageHasANoncePolicyThatAllowsOnlyItsOwnScripts() {
        HttpResponse<String> page = get("account/signin.xhtml");
        assertEquals(200, page.statusCode());
        assertFixedHeaders(page);
        String policy = header(page, "Content-Security-Policy");
        for (String directive : List.of(
                "default-src 'self'",
                "frame-ancestors 'none'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'")) {
            assertTrue(policy.contains(directive), policy);
        }
        String scripts = policy.substring(policy.indexOf("script-src"));
        assertFalse(
                scripts.contains("'unsafe-inline'") || policy.contains("'unsafe-eval'"),
                "scripts only with the nonce: " + policy);
        Matcher nonce = NONCE_IN_POLICY.matcher(policy);
        assertTrue(nonce.find(), "script-src with a nonce comes last: " + policy);

        Matcher tags = SCRIPT_TAG.matcher(page.body());
        int count = 0;
        while (tags.find()) {
            count++;
            assertTrue(
                    tags.group().contains("nonce=\"" + nonce.group(1) + "\""),
                    "a script without the page's nonce: " + tags.group());
        }
        assertTrue(count > 3, "the page's scripts were found");
        assertFalse(INLINE_HANDLER.matcher(page.body()).find(), "inline event handlers are moved into nonced scripts");

        String again = header(get("account/signin.xhtml"), "Content-Security-Policy");
        Matcher second = NONCE_IN_POLICY.matcher(again);
        assertTrue(second.find());
        assertNotEquals(nonce.group(1), second.group(1), "a fresh nonce for every page");
    }

    @Test
    void apiAnswersErrorsStaticFilesAndRedirectsHaveTheStrictPolicy() {
        List<HttpResponse<String>> responses = new ArrayList<>();
        responses.add(get("api/health"));
        responses.add(get("api/me"));
        responses.add(get("api/no-such-thing"));
        responses.add(get("dashboard/admin.xhtml"));
        responses.add(get(resourceUrls(get("account/signin.xhtml").body())
                .iterator()
                .next()
                .substring(1)));
        assertEquals(
                List.of(200, 401, 404, 302, 200),
                responses.stream().map(HttpResponse::statusCode).toList());
        for (HttpResponse<String> response : responses) {
            assertFixedHeaders(response);
            assertEquals(
                    SecurityHeaders.DEFAULT_POLICY,
                    header(response, "Content-Security-Policy"),
                    response.uri().toString());
            assertTrue(header(response, "Content-Security-Policy").contains("frame-ancestors 'none'"));
        }
    }

    @Test
    void theOpenApiDocumentThatWildFlyServesHasTheSameHeaders() {
        HttpResponse<String> plain = get("openapi");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().contains("/api/"), "the API's description");
        assertFixedHeaders(plain);
        assertEquals(SecurityHeaders.DEFAULT_POLICY, header(plain, "Content-Security-Policy"));
        assertTrue(plain.headers().allValues("Strict-Transport-Security").isEmpty());
        assertEquals(
                SecurityHeaders.STRICT_TRANSPORT_SECURITY,
                header(get("openapi", "X-Forwarded-Proto", "https"), "Strict-Transport-Security"));
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsThroughTheProxyOnly() {
        for (String path : List.of("account/signin.xhtml", "api/health", "api/me")) {
            assertEquals(
                    "max-age=31536000",
                    header(get(path, "X-Forwarded-Proto", "https"), "Strict-Transport-Security"),
                    path);
            assertTrue(
                    get(path).headers().allValues("Strict-Transport-Security").isEmpty(),
                    "no HSTS over plain HTTP: " + path);
        }
    }

    @Test
    void redirectsLeadToTheBaseUrlWhateverHostTheRequestNamed() throws IOException {
        String publicBase = Http.publicBaseUrl();
        // The sign-in mechanism's redirect, and the container's one that adds a directory's slash.
        for (String path : List.of("/dashboard/admin.xhtml", "/dashboard")) {
            RawResponse forgedHost = rawGet(path, "evil.example");
            assertEquals(302, forgedHost.status(), forgedHost.head());
            assertTrue(forgedHost.header("Location").startsWith(publicBase), forgedHost.head());
            assertFalse(forgedHost.header("Location").contains("evil.example"), forgedHost.head());
        }
        assertEquals(
                publicBase + "account/signin.xhtml?next=%2Fdashboard%2Fadmin.xhtml",
                rawGet("/dashboard/admin.xhtml", "evil.example").header("Location"));

        // Behind the proxy the container takes the host from X-Forwarded-Host: forged there, it changes nothing either.
        HttpResponse<String> forwarded =
                get("dashboard/admin.xhtml", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https");
        assertEquals(302, forwarded.statusCode());
        assertEquals(
                publicBase + "account/signin.xhtml?next=%2Fdashboard%2Fadmin.xhtml", header(forwarded, "Location"));
    }

    @Test
    void resourceUrlsCarryTheBuildStampAndNoLibraryVersion() {
        HttpResponse<String> page = get("account/signin.xhtml");
        Set<String> urls = resourceUrls(page.body());
        assertTrue(urls.size() >= 5, urls.toString());
        assertFalse(page.body().contains("15.0.13"), "the PrimeFaces version is nowhere on the page");
        Set<String> stamps = new LinkedHashSet<>();
        for (String url : urls) {
            assertFalse(url.matches(".*[?&]v=.*"), url);
            Matcher stamp = Pattern.compile("[?&]b=([0-9a-f]{10})(?:&|$)").matcher(url);
            assertTrue(stamp.find(), "cache busting by the build stamp: " + url);
            stamps.add(stamp.group(1));
            HttpResponse<String> resource = get(url.substring(1));
            assertEquals(200, resource.statusCode(), url);
            if (url.contains(".css")) {
                // Style sheets name fonts and images through the same resource handler.
                assertFalse(resource.body().contains("v=15"), url);
                for (String inner : resourceUrls(resource.body())) {
                    assertTrue(inner.contains("b=" + stamps.iterator().next()), inner);
                }
            }
            for (String name : List.of("Server", "X-Powered-By")) {
                assertTrue(resource.headers().firstValue(name).isEmpty(), name + " on " + url);
            }
        }
        assertEquals(1, stamps.size(), "one stamp for the whole build: " + stamps);
    }

    private static Set<String> resourceUrls(String html) {
        Set<String> urls = new LinkedHashSet<>();
        Matcher matcher = RESOURCE_URL.matcher(html);
        while (matcher.find()) {
            urls.add(matcher.group().replace("&amp;", "&"));
        }
        return urls;
    }

    // ---- a request with a Host header of our choice (java.net.http refuses to set one)
    // -------------------------------

    private record RawResponse(int status, String head) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0
                        && line.substring(0, colon)
                                .trim()
                                .toLowerCase(Locale.ROOT)
                                .equals(name.toLowerCase(Locale.ROOT))) {
                    return line.substring(colon + 1).trim();
                }
            }
            return "";
        }
    }

    private RawResponse rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            String head =
                    response.contains("\r\n\r\n") ? response.substring(0, response.indexOf("\r\n\r\n")) : response;
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), head);
        }
    }
}
