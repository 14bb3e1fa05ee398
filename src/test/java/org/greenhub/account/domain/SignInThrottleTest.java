package org.greenhub.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theWaitGrowsAfterTheFreeAttemptsUpToFifteenMinutes() {
        SignInThrottle throttle = SignInThrottle.fresh("key", "192.0.2.1", now);
        for (int i = 1; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            throttle.recordFailure(now);
            assertFalse(throttle.isBlocked(now), "attempt " + i + " must not block yet");
        }
        throttle.recordFailure(now);
        assertTrue(throttle.isBlocked(now.plusSeconds(29)));
        assertEquals(30, throttle.waitSeconds(now));
        assertEquals(1, throttle.waitSeconds(now.plusMillis(29_500)), "rounded up, never 0 while blocked");
        assertFalse(throttle.isBlocked(now.plusSeconds(30)));
        assertEquals(0, throttle.waitSeconds(now.plusSeconds(30)));
        throttle.recordFailure(now);
        assertTrue(throttle.isBlocked(now.plusSeconds(59)));
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(now);
        }
        assertEquals(15 * 60, throttle.waitSeconds(now), "the wait never exceeds 15 minutes");
    }

    @Test
    void failuresADayOldAreForgotten() {
        SignInThrottle throttle = SignInThrottle.fresh("key", "192.0.2.1", now);
        for (int i = 0; i < 8; i++) {
            throttle.recordFailure(now);
        }
        Instant nextDay = now.plus(SignInThrottle.MEMORY).plus(Duration.ofMinutes(1));
        throttle.recordFailure(nextDay);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isBlocked(nextDay));
    }

    @Test
    void theSubjectIsTheAddressAsTypedKnownOrNotAndKeepsNoText() {
        assertEquals(
                SignInThrottle.subjectKey("someone@example.com"), SignInThrottle.subjectKey("  SomeOne@Example.com "));
        assertNotEquals(
                SignInThrottle.subjectKey("someone@example.com"), SignInThrottle.subjectKey("someone@example.org"));
        assertEquals(64, SignInThrottle.subjectKey("x\u0000".repeat(100_000)).length());
        assertEquals(SignInThrottle.subjectKey(null), SignInThrottle.subjectKey(""));
    }

    @Test
    void sourcesAreIpv4AddressesOrIpv6Networks() {
        assertEquals("203.0.113.7", SignInThrottle.source("203.0.113.7"));
        assertEquals("10.1.2.3", SignInThrottle.source("010.001.002.003"));
        assertEquals("2001:db8:1:2::/64", SignInThrottle.source("2001:db8:1:2::a"));
        assertEquals("2001:db8:1:2::/64", SignInThrottle.source("[2001:0db8:0001:0002:ffff:1:2:3]"));
        assertEquals("2001:db8:1:2::/64", SignInThrottle.source("2001:db8:1:2:0:0:0:1"));
        assertEquals(
                "192.0.2.9", SignInThrottle.source("::ffff:192.0.2.9"), "an IPv4-mapped address is the IPv4 client");
        assertEquals("unknown", SignInThrottle.source(null));
        assertEquals("unknown", SignInThrottle.source(" "));
        // Not an address (a proxy passing on something else): plain, short text, never looked up.
        assertEquals("999.1.1.1", SignInThrottle.source("999.1.1.1"));
        assertEquals("gateway.example_evil_", SignInThrottle.source("gateway.example<evil>"));
        assertEquals(64, SignInThrottle.source("x".repeat(500)).length());
    }
}
