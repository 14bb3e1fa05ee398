package org.greenhub.evaluation.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The programme kind the managers' API names a round's programme by: the key's part before its colon. */
class RoundOverviewTest {

    @Test
    void theKindIsTheKeysPrefix() {
        assertEquals("competition", RoundOverview.kind("competition:12"));
        assertEquals("intake", RoundOverview.kind("intake:3"));
        assertEquals("reserve", RoundOverview.kind("reserve:7"));
    }

    @Test
    void aKeyWithoutAPrefixHasNoKind() {
        assertNull(RoundOverview.kind("programme-1a2b3c4d"));
        assertNull(RoundOverview.kind(":12"));
    }
}
