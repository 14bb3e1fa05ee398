package org.greenhub.account.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void disablingEndsSessionsAndBlocksSignIn() {
        UserAccount account = UserAccount.invite("j@example.com", "J", Language.THAI, Set.of(Role.JUDGE), now);
        account.acceptInvitation("hash", now);
        int version = account.getSessionVersion();
        assertTrue(account.canSignIn());
        account.disable();
        assertFalse(account.canSignIn());
        assertTrue(account.getSessionVersion() > version);
        account.enable();
        assertTrue(account.canSignIn());
    }

    @Test
    void namesAreCheckedAndAnInvitationIsAcceptedOnce() {
        assertEquals(
                "platform.validation.tooLong",
                assertThrows(
                                DomainException.class,
                                () -> UserAccount.register(
                                        "a@example.com", "n".repeat(10_000), Language.ENGLISH, "h", now))
                        .messageKey());
        assertEquals(
                "platform.validation.forbiddenCharacters",
                assertThrows(
                                DomainException.class,
                                () -> UserAccount.register("a@example.com", "<script>", Language.ENGLISH, "h", now))
                        .messageKey());
        assertEquals(
                "account.validation.emailInvalid",
                assertThrows(
                                DomainException.class,
                                () -> UserAccount.register("not-an-email", "A", Language.ENGLISH, "h", now))
                        .messageKey());
        UserAccount invited = UserAccount.invite("x@example.com", "X", Language.ENGLISH, Set.of(Role.JUDGE), now);
        invited.acceptInvitation("h", now);
        assertThrows(DomainException.class, () -> invited.acceptInvitation("h2", now));
    }

    @Test
    void primaryRoleIsTheWidest() {
        UserAccount account = UserAccount.invite(
                "m@example.com", "M", Language.ENGLISH, Set.of(Role.JUDGE, Role.PROGRAMME_MANAGER), now);
        assertEquals(Role.PROGRAMME_MANAGER, account.primaryRole());
        assertEquals("/dashboard/manager.xhtml", account.primaryRole().dashboard());
    }
}
