package org.greenhub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.SignInService;
import org.greenhub.organisation.application.FounderRegistration;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/**
 * Issue 10: behind the request filter, the services themselves never let a NUL reach PostgreSQL (the sign-in, the
 * registration and the password reset looked the address up and failed with 500), and names refuse bidi overrides.
 */
class ControlCharactersBehindTheEdgeIT extends InServerTest {

    @Inject
    SignInService signIn;

    @Inject
    AccountService accounts;

    @Inject
    FounderRegistration registration;

    private static Organisation.Details startUp(String name) {
        return new Organisation.Details(
                OrganisationKind.START_UP, name, null, null, LocalDate.of(2025, 3, 1), null, null, null);
    }

    @Test
    void anAddressWithANulIsNoAccountAndIsNeverLookedUp() {
        SignInService.Result result = signIn.signIn("someone\u0000@example.test", "Whatever-Password-1", "203.0.113.7");
        assertNull(result.account());
        assertEquals("account.signIn.failed", result.messageKey());

        accounts.requestPasswordReset("nobody@example.test");
        DomainException reset =
                assertThrows(DomainException.class, () -> accounts.requestPasswordReset("some\u0000one@example.test"));
        assertEquals("email", reset.field());

        DomainException registered = assertThrows(
                DomainException.class,
                () -> registration.register(
                        "nul\u0000@example.test",
                        "Nul Tester",
                        "Green-Growth-2026",
                        Language.ENGLISH,
                        startUp(TestData.unique("Nul"))));
        assertEquals("email", registered.field());
        assertEquals("account.validation.emailInvalid", registered.messageKey());
    }

    @Test
    void namesWithInvisibleFormatCharactersAreRefused() {
        for (String name : new String[] {"Admin\u202Egnp.exe", "Zero\u200Bwidth", "Iso\u2066late\u2069"}) {
            DomainException refusal = assertThrows(
                    DomainException.class,
                    () -> registration.register(
                            TestData.email("bidi"),
                            name,
                            "Green-Growth-2026",
                            Language.ENGLISH,
                            startUp(TestData.unique("Bidi"))));
            assertEquals("displayName", refusal.field(), name);
            assertEquals("platform.validation.forbiddenCharacters", refusal.messageKey(), name);
        }
        DomainException organisation = assertThrows(
                DomainException.class,
                () -> registration.register(
                        TestData.email("bidi"),
                        "Plain Name",
                        "Green-Growth-2026",
                        Language.ENGLISH,
                        startUp("Evil\u202E Ltd")));
        assertEquals("legalName", organisation.field());
    }
}
