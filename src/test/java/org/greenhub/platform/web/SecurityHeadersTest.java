package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import org.greenhub.platform.config.PublicAddress;
import org.junit.jupiter.api.Test;

/** What every response gets just before it is sent; the HTTP tests check the same on the running server. */
class SecurityHeadersTest {

    private static final HttpString CSP = new HttpString("Content-Security-Policy");
    private final PublicAddress address = PublicAddress.of("https://greenhub.example.org/");

    @Test
    void everyResponseGetsTheFixedHeadersAndTheDefaultPolicy() {
        HeaderMap headers = new HeaderMap();
        SecurityHeaders.apply(headers, false, "greenhub.example.org", address);
        assertEquals("nosniff", headers.getFirst("X-Content-Type-Options"));
        assertEquals(SecurityHeaders.REFERRER_POLICY, headers.getFirst("Referrer-Policy"));
        assertEquals(SecurityHeaders.PERMISSIONS_POLICY, headers.getFirst("Permissions-Policy"));
        assertEquals(SecurityHeaders.DEFAULT_POLICY, headers.getFirst(CSP));
        assertNull(headers.getFirst(Headers.STRICT_TRANSPORT_SECURITY), "no HSTS over plain HTTP");
    }

    @Test
    void httpsAddsStrictTransportSecurity() {
        HeaderMap headers = new HeaderMap();
        SecurityHeaders.apply(headers, true, "greenhub.example.org", address);
        assertEquals("max-age=31536000", headers.getFirst(Headers.STRICT_TRANSPORT_SECURITY));
    }

    @Test
    void aPolicyAlreadySetIsKeptAndNotDoubled() {
        HeaderMap headers = new HeaderMap();
        headers.put(CSP, "default-src 'self'; script-src 'self' 'nonce-abc';");
        headers.put(new HttpString("X-Content-Type-Options"), "nosniff");
        SecurityHeaders.apply(headers, false, "greenhub.example.org", address);
        assertEquals(1, headers.count(CSP));
        assertEquals("default-src 'self'; script-src 'self' 'nonce-abc';", headers.getFirst(CSP));
        assertEquals(1, headers.count(new HttpString("X-Content-Type-Options")));
    }

    @Test
    void everyResponseVariesWithAcceptEncodingBesideWhatItVariesWithAlready() {
        HeaderMap api = new HeaderMap();
        api.put(Headers.VARY, "Origin");
        SecurityHeaders.apply(api, false, "greenhub.example.org", address);
        assertEquals(java.util.List.of("Origin", "Accept-Encoding"), java.util.List.copyOf(api.get(Headers.VARY)));

        HeaderMap already = new HeaderMap();
        already.put(Headers.VARY, "accept-encoding, Origin");
        SecurityHeaders.apply(already, false, "greenhub.example.org", address);
        assertEquals(1, already.count(Headers.VARY), "not said twice");

        HeaderMap page = new HeaderMap();
        SecurityHeaders.apply(page, false, "greenhub.example.org", address);
        assertEquals("Accept-Encoding", page.getFirst(Headers.VARY));
    }

    @Test
    void aRedirectBuiltFromTheHostHeaderLeadsToThePublicAddress() {
        HeaderMap headers = new HeaderMap();
        headers.put(Headers.LOCATION, "http://evil.example/account/signin.xhtml?next=%2Fdashboard%2F");
        SecurityHeaders.apply(headers, false, "evil.example", address);
        assertEquals(
                "https://greenhub.example.org/account/signin.xhtml?next=%2Fdashboard%2F",
                headers.getFirst(Headers.LOCATION));
        assertFalse(SecurityHeaders.DOWNLOAD_POLICY.contains("'self'"));
    }
}
