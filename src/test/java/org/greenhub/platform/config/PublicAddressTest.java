package org.greenhub.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The public address decides every absolute URL and which requests are GreenHub's own. */
class PublicAddressTest {

    private final PublicAddress address = PublicAddress.of("https://greenhub.example.org/");

    @Test
    void pathsBecomeUrlsAtThePublicAddress() {
        assertEquals(
                "https://greenhub.example.org/account/signin.xhtml?next=%2Fdashboard",
                address.url("/account/signin.xhtml?next=%2Fdashboard"));
        assertEquals("https://greenhub.example.org/dashboard/", address.url("dashboard/"));
        assertEquals(
                "https://example.org/greenhub/index.xhtml",
                PublicAddress.of("https://example.org/greenhub").url("/index.xhtml"));
    }

    @Test
    void aLocationAtTheHostTheRequestNamedMovesToThePublicAddress() {
        // What the container writes for a redirect when a request came with Host: evil.example.
        assertEquals(
                "https://greenhub.example.org/account/signin.xhtml?next=%2Fdashboard",
                address.rebase("http://evil.example/account/signin.xhtml?next=%2Fdashboard", "evil.example"));
        assertEquals(
                "https://greenhub.example.org/dashboard/",
                address.rebase("https://EVIL.example:443/dashboard/", "evil.example"));
        assertEquals(
                "https://greenhub.example.org/x.xhtml#part",
                address.rebase("http://10.0.0.5:8080/x.xhtml#part", "10.0.0.5:8080"));
        assertEquals("https://greenhub.example.org/?q=1", address.rebase("http://evil.example?q=1", "evil.example"));
        assertEquals(
                "https://greenhub.example.org/public/results.xhtml",
                address.rebase("/public/results.xhtml", "anything"));
        assertEquals("https://greenhub.example.org/public/", address.rebase("//evil.example/public/", "evil.example"));
    }

    @Test
    void aLocationAtAnotherSiteOrRelativeStaysAsItIs() {
        assertEquals("https://other.example/page", address.rebase("https://other.example/page", "evil.example"));
        assertEquals("//other.example/page", address.rebase("//other.example/page", "evil.example"));
        assertEquals("results.xhtml", address.rebase("results.xhtml", "evil.example"));
        assertEquals("mailto:someone@example.org", address.rebase("mailto:someone@example.org", "example.org"));
        assertEquals(null, address.rebase(null, "evil.example"));
    }

    @Test
    void onlyThePublicOriginIsGreenHubs() {
        assertEquals("https://greenhub.example.org", address.origin());
        assertTrue(address.isOrigin("https://greenhub.example.org"));
        assertTrue(address.isOrigin("https://GreenHub.example.org:443"));
        assertFalse(address.isOrigin("http://greenhub.example.org"), "another scheme is another origin");
        assertFalse(address.isOrigin("https://greenhub.example.org:8443"));
        assertFalse(address.isOrigin("https://greenhub.example.org.evil.example"));
        assertFalse(address.isOrigin("null"));
        assertFalse(address.isOrigin(null));
        assertFalse(address.isOrigin("not a url"));
        assertEquals(
                "http://localhost:8180",
                PublicAddress.of("http://localhost:8180/").origin());
    }

    @Test
    void aRefererIsAPageOfGreenHubWhenItIsAtTheOriginAndBelowTheBasePath() {
        assertTrue(address.isPageOf("https://greenhub.example.org/account/profile.xhtml?x=1"));
        assertFalse(address.isPageOf("https://evil.example/https://greenhub.example.org/"));
        assertFalse(address.isPageOf(null));
        PublicAddress below = PublicAddress.of("https://example.org/greenhub/");
        assertTrue(below.isPageOf("https://example.org/greenhub/index.xhtml"));
        assertFalse(below.isPageOf("https://example.org/greenhubby/index.xhtml"));
        assertFalse(below.isPageOf("https://example.org/other/index.xhtml"));
    }

    @Test
    void aBaseUrlThatIsNotAnHttpUrlIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("greenhub.example.org"));
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("ftp://greenhub.example.org/"));
    }
}
