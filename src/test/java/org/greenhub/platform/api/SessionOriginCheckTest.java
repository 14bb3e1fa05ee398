package org.greenhub.platform.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.greenhub.platform.config.PublicAddress;
import org.junit.jupiter.api.Test;

/** The rule for API changes; SessionOriginIT checks it over HTTP with a real session. */
class SessionOriginCheckTest {

    private final PublicAddress address = PublicAddress.of("https://greenhub.example.org/");

    @Test
    void aSessionChangeNeedsGreenHubsOriginOrAGreenHubPageAsReferer() {
        assertTrue(SessionOriginCheck.fromGreenHub(address, "https://greenhub.example.org", null, true));
        assertTrue(SessionOriginCheck.fromGreenHub(
                address, null, "https://greenhub.example.org/account/profile.xhtml", true));
        assertFalse(SessionOriginCheck.fromGreenHub(address, null, null, true), "neither Origin nor Referer");
        assertFalse(SessionOriginCheck.fromGreenHub(address, "https://evil.example", null, true));
        assertFalse(
                SessionOriginCheck.fromGreenHub(address, "null", "https://greenhub.example.org/", true),
                "a sandboxed frame");
        assertFalse(
                SessionOriginCheck.fromGreenHub(address, "https://evil.example", "https://greenhub.example.org/", true),
                "the Origin a browser sent wins over any Referer");
        assertFalse(SessionOriginCheck.fromGreenHub(address, null, "https://evil.example/page", true));
    }

    @Test
    void scriptsWithBasicCredentialsSendNoOriginAndPass() {
        assertTrue(SessionOriginCheck.fromGreenHub(address, null, null, false));
        assertFalse(
                SessionOriginCheck.fromGreenHub(address, "https://evil.example", null, false),
                "a browser repeating remembered credentials for another site's page is refused too");
    }
}
