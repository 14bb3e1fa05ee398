package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.application.AccountAdministration;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.account.application.SignInService;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.FounderRegistration;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.CountingPasswordHasher;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.junit.jupiter.api.Test;

/** Accounts inside the real server and database: registration, confirmation, sign-in rules, administration. */
class AccountIT extends InServerTest {

    private static final String PASSWORD = "Green-Growth-2026";
    /** Where these tests sign in from (SignInIT covers what the source changes). */
    private static final String HERE = "192.0.2.10";

    @Inject
    FounderRegistration registration;

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIn;

    @Inject
    AccountAdministration administration;

    @Inject
    ActingAs actingAs;

    @Inject
    TestData data;

    @Inject
    CountingPasswordHasher hasher;

    @Inject
    Messages messages;

    private Organisation.Details startUp(String name) {
        return new Organisation.Details(
                OrganisationKind.START_UP, name, null, null, LocalDate.of(2025, 3, 1), null, null, null);
    }

    @Test
    void founderRegistersConfirmsAndSignsIn() {
        String email = TestData.email("founder");
        UserAccount account = registration
                .register(email, "Nguyễn Thị Lan", PASSWORD, Language.VIETNAMESE, startUp(TestData.unique("Xanh")))
                .orElseThrow();
        assertEquals(AccountStatus.PENDING_CONFIRMATION, account.getStatus());
        assertEquals(
                "account.signIn.notConfirmed",
                signIn.signIn(email, PASSWORD, HERE).messageKey());

        accounts.confirmEmail(data.lastMailedToken(email));

        SignInService.Result result = signIn.signIn(email, PASSWORD, HERE);
        assertNotNull(result.account(), result.messageKey());
        assertEquals(Role.APPLICANT, result.account().primaryRole());
        assertEquals(Language.VIETNAMESE, result.account().getLanguage());
    }

    @Test
    void confirmationLinkWorksOnlyOnce() {
        String email = TestData.email("once");
        registration.register(email, "Once", PASSWORD, Language.ENGLISH, startUp(TestData.unique("Once")));
        String token = data.lastMailedToken(email);
        accounts.confirmEmail(token);
        DomainException refusal = assertThrows(DomainException.class, () -> accounts.confirmEmail(token));
        assertEquals("account.confirm.invalidLink", refusal.messageKey());
    }

    @Test
    void aKnownAddressIsAnsweredLikeANewOneAndItsOwnerIsMailedInTheirLanguage() {
        String email = TestData.email("dup");
        registration.register(email, "Somchai", PASSWORD, Language.THAI, startUp(TestData.unique("First")));
        accounts.confirmEmail(data.lastMailedToken(email));
        long organisations = data.count("Organisation");
        long userAccounts = data.count("UserAccount");
        long mails = data.mailsTo(email);
        CountingPasswordHasher.Runs before = hasher.runs();

        Optional<UserAccount> second = registration.register(
                " " + email.toUpperCase() + " ",
                "Second",
                "Another-Green-Pass-7",
                Language.ENGLISH,
                startUp(TestData.unique("Second")));

        assertTrue(second.isEmpty(), "no account to sign in with, and no refusal to tell the address is known");
        assertEquals(
                new CountingPasswordHasher.Runs(0, 1), hasher.runs().since(before), "hashed like a new registration");
        assertEquals(organisations, data.count("Organisation"), "no organisation hangs on someone else's account");
        assertEquals(userAccounts, data.count("UserAccount"));
        assertEquals(mails + 1, data.mailsTo(email));
        TestData.Mail mail = data.lastMail(email);
        assertEquals(messages.get(Language.THAI.locale(), "account.mail.registrationAttempt.subject"), mail.subject());
        assertTrue(mail.body().startsWith("เรียน Somchai"), mail.body());
        assertTrue(
                mail.body().contains("account/signin.xhtml") && mail.body().contains("account/forgot-password.xhtml"),
                mail.body());
        assertEquals(
                1, data.auditEventsOn(AccountService.REGISTRATION_ATTEMPTED, "UserAccount", data.accountId(email)));
        // The owner's password is untouched.
        assertNotNull(signIn.signIn(email, PASSWORD, HERE).account());
    }

    @Test
    void theOwnerIsMailedAboutRegistrationAttemptsAtMostOnceAnHour() {
        String email = TestData.email("flood");
        registration.register(email, "Flooded", PASSWORD, Language.ENGLISH, startUp(TestData.unique("Flood")));
        long mails = data.mailsTo(email);
        for (int i = 0; i < 3; i++) {
            assertTrue(registration
                    .register(email, "Again", PASSWORD, Language.ENGLISH, startUp(TestData.unique("Again")))
                    .isEmpty());
        }
        assertEquals(mails + 1, data.mailsTo(email), "one mail, however often the form is sent");
        assertEquals(
                3,
                data.auditEventsOn(AccountService.REGISTRATION_ATTEMPTED, "UserAccount", data.accountId(email)),
                "every attempt is audited");
    }

    @Test
    void aKnownAddressGetsTheSameRefusalsAsANewOne() {
        String known = TestData.email("known");
        String registrationCode =
                "91320500" + TestData.unique("").substring(1, 9).toUpperCase() + "XY";
        registration.register(
                known,
                "Known",
                PASSWORD,
                Language.ENGLISH,
                new Organisation.Details(
                        OrganisationKind.START_UP,
                        TestData.unique("Coded"),
                        null,
                        registrationCode,
                        LocalDate.of(2025, 3, 1),
                        null,
                        null,
                        null));
        for (String email : new String[] {known, TestData.email("fresh")}) {
            assertEquals(
                    "account.validation.passwordCommon",
                    assertThrows(
                                    DomainException.class,
                                    () -> registration.register(
                                            email,
                                            "Weak",
                                            "password123",
                                            Language.ENGLISH,
                                            startUp(TestData.unique("W"))))
                            .messageKey());
            assertEquals(
                    "legalName",
                    assertThrows(
                                    DomainException.class,
                                    () -> registration.register(
                                            email,
                                            "Bad",
                                            PASSWORD,
                                            Language.ENGLISH,
                                            startUp("<script>alert(1)</script>")))
                            .field());
            assertEquals(
                    "organisation.validation.registrationCodeTaken",
                    assertThrows(
                                    DomainException.class,
                                    () -> registration.register(
                                            email,
                                            "Coded",
                                            PASSWORD,
                                            Language.ENGLISH,
                                            new Organisation.Details(
                                                    OrganisationKind.START_UP,
                                                    TestData.unique("Copy"),
                                                    null,
                                                    registrationCode,
                                                    LocalDate.of(2025, 3, 1),
                                                    null,
                                                    null,
                                                    null)))
                            .messageKey());
        }
    }

    @Test
    void badOrganisationLeavesNoAccountBehind() {
        String email = TestData.email("badorg");
        long accountsBefore = data.count("UserAccount");
        DomainException refusal = assertThrows(
                DomainException.class,
                () -> registration.register(
                        email, "Founder", PASSWORD, Language.ENGLISH, startUp("<script>alert(1)</script>")));
        assertEquals("legalName", refusal.field());
        assertEquals(accountsBefore, data.count("UserAccount"));
        assertEquals(0, data.mailsTo(email));
    }

    @Test
    void weakPasswordsAreRefusedAndLongOnesAccepted() {
        assertEquals(
                "account.validation.passwordCommon",
                assertThrows(
                                DomainException.class,
                                () -> registration.register(
                                        TestData.email("weak"),
                                        "Weak",
                                        "password123",
                                        Language.ENGLISH,
                                        startUp(TestData.unique("W"))))
                        .messageKey());
        assertEquals(
                "account.validation.passwordTooShort",
                assertThrows(
                                DomainException.class,
                                () -> registration.register(
                                        TestData.email("short"),
                                        "Short",
                                        "Gr3en!",
                                        Language.ENGLISH,
                                        startUp(TestData.unique("S"))))
                        .messageKey());
        String email = TestData.email("long");
        String longPassword = "長いパスワード-".repeat(8) + "x";
        registration.register(email, "Long", longPassword, Language.ENGLISH, startUp(TestData.unique("L")));
        accounts.confirmEmail(data.lastMailedToken(email));
        assertNotNull(signIn.signIn(email, longPassword, HERE).account());
    }

    @Test
    void repeatedFailuresSlowSignInDownAndAreAudited() {
        String email = TestData.email("throttle");
        registration.register(email, "Throttled", PASSWORD, Language.ENGLISH, startUp(TestData.unique("T")));
        accounts.confirmEmail(data.lastMailedToken(email));
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            assertEquals(
                    "account.signIn.failed",
                    signIn.signIn(email, "wrong-password-" + i, HERE).messageKey());
        }
        SignInService.Result blocked = signIn.signIn(email, PASSWORD, HERE);
        assertNull(blocked.account());
        assertEquals("account.signIn.tooManyAttempts", blocked.messageKey());
        assertTrue(blocked.waitSeconds() > 0);
        assertEquals(SignInThrottle.FREE_ATTEMPTS + 1, data.auditEvents("SIGN_IN_FAILED", email));
    }

    @Test
    void unknownAddressesAreThrottledToo() {
        String email = TestData.email("nobody");
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            assertEquals(
                    "account.signIn.failed",
                    signIn.signIn(email, "guess-" + i, HERE).messageKey());
        }
        assertEquals(
                "account.signIn.tooManyAttempts",
                signIn.signIn(email, "guess-again", HERE).messageKey(),
                "an address without an account answers like a real one, so the answer reveals nothing");
    }

    @Test
    void passwordResetByMailLink() {
        String email = TestData.email("reset");
        registration.register(email, "Reset", PASSWORD, Language.ENGLISH, startUp(TestData.unique("R")));
        accounts.requestPasswordReset(email);
        accounts.resetPassword(data.lastMailedToken(email), "Another-Green-Pass-7");
        assertNull(signIn.signIn(email, PASSWORD, HERE).account());
        assertNotNull(signIn.signIn(email, "Another-Green-Pass-7", HERE).account());
    }

    @Test
    void adminInvitesAJudgeWhoAcceptsAndCanBeDisabled() {
        actingAs.user(data.adminId());
        String email = TestData.email("judge");
        UserAccount invited = administration.invite(email, "王伟", Language.CHINESE, Set.of(Role.JUDGE));
        assertEquals(AccountStatus.INVITED, invited.getStatus());

        AccountSummary accepted = accounts.acceptInvitation(data.lastMailedToken(email), null, "Judge-Pass-2026!");
        UserAccount judge = signIn.signIn(email, "Judge-Pass-2026!", HERE).account();
        assertEquals(accepted.id(), judge.getId());
        assertEquals(AccountStatus.ACTIVE, judge.getStatus());
        assertEquals(
                Role.JUDGE,
                signIn.signIn(email, "Judge-Pass-2026!", HERE).account().primaryRole());

        int versionBefore = judge.getSessionVersion();
        UserAccount disabled = administration.disable(judge.getId());
        assertTrue(disabled.getSessionVersion() > versionBefore, "disabling must end existing sessions");
        assertEquals(
                "account.signIn.disabled",
                signIn.signIn(email, "Judge-Pass-2026!", HERE).messageKey());
        assertTrue(data.auditEvents("ACCOUNT_DISABLED", "admin@greenhub.test") > 0);
    }

    @Test
    void nonAdministratorsCannotInviteOrGrantRoles() {
        String email = TestData.email("applicant");
        UserAccount applicant = registration
                .register(email, "Applicant", PASSWORD, Language.ENGLISH, startUp(TestData.unique("A")))
                .orElseThrow();
        actingAs.user(applicant.getId());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(
                                DomainException.class,
                                () -> administration.invite(
                                        TestData.email("x"), "X", Language.ENGLISH, Set.of(Role.ADMINISTRATOR)))
                        .kind());
        assertEquals(
                DomainException.Kind.FORBIDDEN,
                assertThrows(DomainException.class, () -> administration.grant(applicant.getId(), Role.ADMINISTRATOR))
                        .kind());
    }

    @Test
    void rolesGrantedAndRevokedAreAudited() {
        actingAs.user(data.adminId());
        String email = TestData.email("manager");
        UserAccount user = administration.invite(email, "Manager", Language.THAI, Set.of(Role.APPLICANT));
        administration.grant(user.getId(), Role.PROGRAMME_MANAGER);
        UserAccount after = administration.revoke(user.getId(), Role.APPLICANT);
        assertEquals(Set.of(Role.PROGRAMME_MANAGER), after.getRoles());
        assertTrue(data.auditEvents("ROLE_GRANTED", "admin@greenhub.test") > 0);
        assertTrue(data.auditEvents("ROLE_REVOKED", "admin@greenhub.test") > 0);
    }
}
