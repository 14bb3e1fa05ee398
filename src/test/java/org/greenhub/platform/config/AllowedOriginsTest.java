package org.greenhub.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The operator's list of sites allowed to call the API from their pages ({@code GREENHUB_CORS_ORIGINS}). */
class AllowedOriginsTest {

    @Test
    void noSiteIsAllowedUnlessNamed() {
        for (String unset : new String[] {null, "", "   "}) {
            AllowedOrigins origins = AllowedOrigins.parse(unset);
            assertTrue(origins.isEmpty());
            assertFalse(origins.allows("https://stats.zone.example"));
        }
    }

    @Test
    void namedSitesAreMatchedAsOriginsWhateverTheirCaseOrDefaultPort() {
        AllowedOrigins origins =
                AllowedOrigins.parse("https://Stats.Zone.example, http://localhost:3000 https://bi.example:443/");
        assertTrue(origins.allows("https://stats.zone.example"));
        assertTrue(origins.allows("HTTPS://STATS.ZONE.EXAMPLE:443"));
        assertTrue(origins.allows("http://localhost:3000"));
        assertTrue(origins.allows("https://bi.example"));
        assertFalse(origins.allows("http://stats.zone.example"), "another scheme is another site");
        assertFalse(origins.allows("https://stats.zone.example:8443"), "another port is another site");
        assertFalse(origins.allows("https://evil.stats.zone.example"));
        assertFalse(origins.allows("https://stats.zone.example.evil.example"));
        assertFalse(origins.allows("null"), "a sandboxed frame names no site");
        assertFalse(origins.allows(null));
    }

    @Test
    void aMalformedEntryIsRefusedWithItsText() {
        for (String wrong : new String[] {
            "*",
            "stats.zone.example",
            "ftp://files.example",
            "https://a.example/path",
            "https://user@a.example",
            "https://a.example?x=1"
        }) {
            IllegalArgumentException refused = assertThrows(
                    IllegalArgumentException.class, () -> AllowedOrigins.parse("https://ok.example, " + wrong));
            assertTrue(refused.getMessage().endsWith(wrong), refused.getMessage());
        }
    }

    @Test
    void normalisedOriginsDropTheDefaultPortAndLowerTheCase() {
        assertEquals(
                "https://a.example",
                AllowedOrigins.normalise("HTTPS://A.Example:443").orElseThrow());
        assertEquals(
                "http://a.example:8080",
                AllowedOrigins.normalise("http://a.example:8080/").orElseThrow());
    }
}
