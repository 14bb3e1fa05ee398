package org.greenhub.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-10T08:30:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static String refusal(Runnable action) {
        return assertThrows(DomainException.class, action::run).messageKey();
    }

    @Test
    void theSecretIsShownOnceAndOnlyItsHashAndLastFourCharactersAreKept() {
        AccessToken.Issued issued =
                AccessToken.issue(7, "  Statistics export ", false, Set.of(), TODAY.plusDays(30), NOW);
        assertTrue(issued.secret().startsWith(AccessToken.PREFIX));
        assertEquals("Statistics export", issued.token().getName());
        assertEquals(
                issued.secret().substring(issued.secret().length() - 4),
                issued.token().getHint());
        assertNotEquals(
                issued.secret(),
                AccessToken.issue(7, "Another", false, Set.of(), TODAY.plusDays(30), NOW)
                        .secret(),
                "every token has its own secret");
    }

    @Test
    void aTokenWorksToTheEndOfItsLastDayUtcUnlessRevoked() {
        AccessToken token = AccessToken.issue(7, "Export", true, Set.of(), TODAY.plusDays(1), NOW)
                .token();
        assertTrue(token.isActive(Instant.parse("2026-03-11T23:59:59Z")));
        assertFalse(token.isActive(Instant.parse("2026-03-12T00:00:00Z")));
        token.revoke(NOW.plusSeconds(5));
        assertFalse(token.isActive(NOW.plusSeconds(6)));
        token.revoke(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(5), token.getRevokedAt(), "revoking twice keeps the first time");
    }

    @Test
    void aNameAndALastDayWithinAYearAreRequired() {
        assertEquals(
                "platform.validation.required",
                refusal(() -> AccessToken.issue(7, "  ", false, Set.of(), TODAY.plusDays(3), NOW)));
        assertEquals(
                "account.token.nameInvalid",
                refusal(() -> AccessToken.issue(7, "x".repeat(101), false, Set.of(), TODAY.plusDays(3), NOW)));
        assertEquals(
                "account.token.nameInvalid",
                refusal(() -> AccessToken.issue(7, "tab\there", false, Set.of(), TODAY.plusDays(3), NOW)));
        assertEquals(
                "platform.validation.required",
                refusal(() -> AccessToken.issue(7, "Export", false, Set.of(), null, NOW)));
        assertEquals(
                "account.token.expiryPast",
                refusal(() -> AccessToken.issue(7, "Export", false, Set.of(), TODAY.minusDays(1), NOW)));
        assertEquals(
                "account.token.expiryTooFar",
                refusal(() -> AccessToken.issue(7, "Export", false, Set.of(), TODAY.plusDays(366), NOW)));
        assertTrue(
                AccessToken.issue(7, "Export", false, Set.of(), TODAY, NOW)
                        .token()
                        .isActive(NOW),
                "today is fine");
        assertTrue(AccessToken.issue(7, "Export", false, Set.of(), TODAY.plusDays(365), NOW)
                .token()
                .isActive(NOW));
    }

    @Test
    void theAreasAreKeptAndNoneMeansEvery() {
        AccessToken limited = AccessToken.issue(
                        7, "Zone", true, EnumSet.of(ApiArea.ZONE, ApiArea.RESERVE), TODAY.plusDays(3), NOW)
                .token();
        assertEquals(EnumSet.of(ApiArea.ZONE, ApiArea.RESERVE), limited.getAreas());
        assertEquals(
                Set.of(),
                AccessToken.issue(7, "All", true, null, TODAY.plusDays(3), NOW)
                        .token()
                        .getAreas());
    }

    @Test
    void aUseIsWrittenAtMostOnceAMinute() {
        AccessToken token = AccessToken.issue(7, "Export", false, Set.of(), TODAY.plusDays(3), NOW)
                .token();
        assertTrue(token.used(NOW));
        assertFalse(token.used(NOW.plusSeconds(59)));
        assertEquals(NOW, token.getLastUsedAt());
        assertTrue(token.used(NOW.plus(Duration.ofMinutes(1))));
    }

    @Test
    void aResourceBelongsToTheAreaOfItsFeature() {
        assertEquals(Optional.of(ApiArea.ACCOUNT), ApiArea.ofResource("org.greenhub.organisation.api.MeResource"));
        assertEquals(
                Optional.of(ApiArea.ACCOUNT),
                ApiArea.ofResource("org.greenhub.account.api.UserAdministrationResource"));
        assertEquals(Optional.of(ApiArea.ZONE), ApiArea.ofResource("org.greenhub.zone.api.DeclarationResource"));
        assertEquals(
                Optional.of(ApiArea.INCUBATION),
                ApiArea.ofResource("org.greenhub.incubation.residency.api.ResidencyResource"));
        assertEquals(Optional.empty(), ApiArea.ofResource("org.greenhub.platform.api.HealthResource"));
        assertEquals(Optional.empty(), ApiArea.ofResource("com.example.Other"));
    }

    @Test
    void aTokenMakesAtMostTheLimitOfCallsInAMinuteAndIsToldHowLongToWait() {
        CallRate rate = new CallRate();
        Instant minute = Instant.parse("2026-03-10T08:30:00Z");
        assertEquals(0, rate.call(minute, 2));
        assertEquals(0, rate.call(minute.plusSeconds(10), 2));
        assertEquals(35, rate.call(minute.plusSeconds(25), 2), "the third call waits for the next minute");
        assertEquals(0, rate.call(minute.plusSeconds(60), 2), "a new minute, a new count");
        assertFalse(rate.isOver(minute.plusSeconds(61)));
        assertTrue(rate.isOver(minute.plusSeconds(120)));
    }
}
