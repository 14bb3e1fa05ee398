package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void aMomentIsShownInUtcAndReadBack() {
        Instant moment = Instant.parse("2026-11-25T08:05:00Z");
        String shown = converter.getAsString(null, null, moment);
        assertEquals("2026-11-25 08:05 UTC", shown);
        assertEquals(moment, converter.getAsObject(null, null, shown));
        assertNull(converter.getAsObject(null, null, "  "));
        assertEquals("", converter.getAsString(null, null, null));
    }
}
