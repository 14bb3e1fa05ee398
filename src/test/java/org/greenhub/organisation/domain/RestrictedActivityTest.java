package org.greenhub.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RestrictedActivityTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private RestrictedActivity activity(String keywords) {
        return new RestrictedActivity(
                "COAL_POWER",
                new RestrictedActivity.Names("Coal-fired power", "燃煤发电", "โรงไฟฟ้าถ่านหิน", "Nhiệt điện than"),
                keywords,
                now);
    }

    @Test
    void keywordsTypedWithTheChineseCommaSplitLikeTheAsciiComma() {
        RestrictedActivity activity = activity("火电，煤电、coke oven, 焦化；lignite");
        assertEquals(activity("火电,煤电,coke oven,焦化,lignite").terms(), activity.terms());
        assertTrue(activity.matches("火电"), "a sector named by one keyword of a list typed with ，");
        assertTrue(activity.matches("煤电"), "a sector named by a keyword after the enumeration comma 、");
        assertTrue(activity.matches("独立焦化企业"));
        assertTrue(activity.matches("Lignite mining"));
        assertFalse(activity.matches("光伏"));
    }
}
