package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.PasswordHasher;
import org.greenhub.account.application.SignInService;
import org.greenhub.account.application.SignInThrottles;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.infrastructure.JpaUserAccountRepository;
import org.greenhub.organisation.application.FounderRegistration;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.CountingPasswordHasher;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestData;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in inside the server: the work done does not tell whether an address has an account (counted, not timed:
 * PBKDF2 runs through {@link CountingPasswordHasher}, account look-ups through Hibernate's query statistics, which
 * background jobs do not disturb), throttled attempts cost no look-up and no hashing, and failures are throttled per
 * address and source, so a stranger cannot lock the owner out.
 */
class SignInIT extends InServerTest {

    private static final String PASSWORD = "Sign-In-Green-2026";
    private static final String FAILED = "account.signIn.failed";
    private static final String TOO_MANY = "account.signIn.tooManyAttempts";

    @Inject
    FounderRegistration registration;

    @Inject
    AccountService accounts;

    @Inject
    SignInService signIn;

    @Inject
    SignInThrottles throttles;

    @Inject
    CountingPasswordHasher hasher;

    @Inject
    TestData data;

    @PersistenceUnit
    EntityManagerFactory emf;

    private Statistics statistics;

    @BeforeEach
    void countStatements() {
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    /** What one attempt answered and what it cost: PBKDF2 checks and hashes, and account look-ups by address. */
    record Attempt(String messageKey, boolean signedIn, long passwordChecks, long passwordHashes, long lookUps) {}

    private long lookUps() {
        return statistics.getQueryStatistics(JpaUserAccountRepository.BY_EMAIL).getExecutionCount();
    }

    private Attempt attempt(String email, String password, String source) {
        CountingPasswordHasher.Runs before = hasher.runs();
        long lookUpsBefore = lookUps();
        SignInService.Result result = signIn.signIn(email, password, source);
        CountingPasswordHasher.Runs runs = hasher.runs().since(before);
        return new Attempt(
                result.messageKey(), result.account() != null, runs.checks(), runs.hashes(), lookUps() - lookUpsBefore);
    }

    private String activeAccount(String prefix) {
        String email = TestData.email(prefix);
        registration.register(
                email,
                "Signer " + prefix,
                PASSWORD,
                Language.ENGLISH,
                new Organisation.Details(
                        OrganisationKind.START_UP,
                        TestData.unique(prefix),
                        null,
                        null,
                        LocalDate.of(2025, 3, 1),
                        null,
                        null,
                        null));
        accounts.confirmEmail(data.lastMailedToken(email));
        return email;
    }

    /** Pretends the wait is over: moves the record's times back by that many seconds. */
    private void waitOver(String email, String source, long seconds) {
        assertEquals(
                1,
                data.update(
                        "update sign_in_throttle set blocked_until = blocked_until - make_interval(secs => ?1),"
                                + " last_failure_at = last_failure_at - make_interval(secs => ?1) where subject_key = ?2 and source = ?3",
                        (double) seconds,
                        SignInThrottle.subjectKey(email),
                        SignInThrottle.source(source)));
    }

    @Test
    void everyRefusedPasswordCostsOneCheckWhetherOrNotTheAddressIsKnown() {
        String known = activeAccount("known");
        String unknown = TestData.email("unknown");
        String overLong = "Ov3r-long!".repeat(PasswordHasher.MAX_CHECKED_LENGTH / 10 + 1);
        String huge = "h".repeat(1_000_000);
        List<String> passwords = Arrays.asList("Wrong-Password-1", overLong, huge, "", null, PASSWORD.toLowerCase());
        for (int i = 0; i < passwords.size(); i++) {
            // A source of its own for each case, so none is throttled yet.
            String source = "198.51.100." + (10 + i);
            Attempt forKnown = attempt(known, passwords.get(i), source);
            Attempt forUnknown = attempt(unknown, passwords.get(i), source);
            String which = "password case " + i;
            assertEquals(new Attempt(FAILED, false, 1, 0, 1), forKnown, which);
            assertEquals(forKnown, forUnknown, which + ": the same answer, one look-up and one PBKDF2 run for both");
        }
        // The right password costs the same single check.
        assertEquals(new Attempt(null, true, 1, 0, 1), attempt(known, PASSWORD, "198.51.100.30"));
    }

    @Test
    void aThrottledAttemptIsRefusedWithoutLookUpOrHashingForKnownAndUnknownAddresses() {
        String known = activeAccount("locked");
        String unknown = TestData.email("nobody");
        String stranger = "203.0.113.21";
        for (int i = 1; i <= SignInThrottle.FREE_ATTEMPTS; i++) {
            Attempt forKnown = attempt(known, "guess-" + i, stranger);
            Attempt forUnknown = attempt(unknown, "guess-" + i, stranger);
            assertEquals(new Attempt(FAILED, false, 1, 0, 1), forKnown, "attempt " + i);
            assertEquals(forKnown, forUnknown, "attempt " + i);
        }
        for (String password : Arrays.asList("guess-6", PASSWORD, "x".repeat(100_000), null)) {
            Attempt forKnown = attempt(known, password, stranger);
            Attempt forUnknown = attempt(unknown, password, stranger);
            assertEquals(new Attempt(TOO_MANY, false, 0, 0, 0), forKnown, "throttled: no look-up, no PBKDF2 run");
            assertEquals(forKnown, forUnknown, "a throttled unknown address costs what a known one does: no hashing");
        }
        SignInService.Result knownWait = signIn.signIn(known, PASSWORD, stranger);
        SignInService.Result unknownWait = signIn.signIn(unknown, PASSWORD, stranger);
        assertTrue(knownWait.waitSeconds() > 0 && knownWait.waitSeconds() <= 30, "wait " + knownWait.waitSeconds());
        assertTrue(Math.abs(knownWait.waitSeconds() - unknownWait.waitSeconds()) <= 1, "the same wait for both");
        assertEquals(List.of(knownWait.waitSeconds()), Arrays.asList(knownWait.messageArguments()));
    }

    @Test
    void aStrangersWrongPasswordsDoNotLockTheOwnerOutFromTheirOwnAddress() {
        String email = activeAccount("owner");
        String stranger = "203.0.113.22";
        String owner = "198.51.100.40";
        for (int i = 0; i < 2 * SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn.signIn(email, "stranger-guess-" + i, stranger);
        }
        assertEquals(
                TOO_MANY,
                signIn.signIn(email, PASSWORD, stranger).messageKey(),
                "the stranger waits, even with the right password");
        assertEquals(
                SignInThrottle.FREE_ATTEMPTS,
                throttles.recordOf(email, stranger).orElseThrow().getFailures(),
                "throttled attempts are not counted again");

        Attempt ownTypo = attempt(email, "owner-typo", owner);
        assertEquals(FAILED, ownTypo.messageKey(), "the owner's own failures count from zero");
        SignInService.Result ownSignIn = signIn.signIn(email, PASSWORD, owner);
        assertNotNull(ownSignIn.account(), ownSignIn.messageKey());
        assertTrue(throttles.recordOf(email, owner).isEmpty(), "the right password forgives the owner's typo");
        assertEquals(TOO_MANY, signIn.signIn(email, PASSWORD, stranger).messageKey(), "and does not free the stranger");
    }

    @Test
    void anIpv6ClientIsOneSourceForItsWholeNetwork() {
        String email = activeAccount("six");
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn.signIn(email, "guess-" + i, "2001:db8:5:6::" + Integer.toHexString(i + 1));
        }
        assertEquals(
                TOO_MANY,
                signIn.signIn(email, PASSWORD, "2001:db8:5:6:ffff:1:2:3").messageKey(),
                "a new address in the same /64");
        assertNotNull(signIn.signIn(email, PASSWORD, "2001:db8:5:7::1").account(), "another network is another source");
    }

    @Test
    void afterTheWaitOneMoreFailureWaitsLongerAndTheRightPasswordClearsTheRecord() {
        String email = activeAccount("again");
        String source = "198.51.100.50";
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn.signIn(email, "guess-" + i, source);
        }
        assertEquals(TOO_MANY, signIn.signIn(email, PASSWORD, source).messageKey());
        waitOver(email, source, 31);

        Attempt sixth = attempt(email, "guess-6", source);
        assertEquals(new Attempt(FAILED, false, 1, 0, 1), sixth, "checked once the wait is over");
        SignInService.Result longer = signIn.signIn(email, PASSWORD, source);
        assertEquals(TOO_MANY, longer.messageKey());
        assertTrue(
                longer.waitSeconds() > 30 && longer.waitSeconds() <= 60, "the wait doubles: " + longer.waitSeconds());
        waitOver(email, source, 61);

        assertEquals(new Attempt(null, true, 1, 0, 1), attempt(email, PASSWORD, source));
        assertTrue(throttles.recordOf(email, source).isEmpty(), "a right password clears the record");
        assertEquals(FAILED, signIn.signIn(email, "guess-7", source).messageKey(), "and the free attempts start again");
    }

    @Test
    void aNewPasswordThroughTheMailedLinkClearsTheThrottleFromEverySource() {
        String email = activeAccount("reset");
        List<String> sources = List.of("198.51.100.60", "198.51.100.61");
        for (String source : sources) {
            for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
                signIn.signIn(email, "guess-" + i, source);
            }
            assertEquals(TOO_MANY, signIn.signIn(email, PASSWORD, source).messageKey());
        }
        accounts.requestPasswordReset(email);
        accounts.resetPassword(data.lastMailedToken(email), "Fresh-Green-Pass-8");
        List<Boolean> signedIn = new ArrayList<>();
        for (String source : sources) {
            signedIn.add(signIn.signIn(email, "Fresh-Green-Pass-8", source).account() != null);
        }
        assertEquals(List.of(true, true), signedIn);
    }

    @Test
    void theAuditTrailKeepsEveryFailureWithTheAddressTyped() {
        String email = TestData.email("audited");
        long before = data.auditEvents("SIGN_IN_FAILED", email);
        signIn.signIn(email, "guess", "198.51.100.70");
        signIn.signIn(email + "\u0000", "guess", "198.51.100.70");
        assertEquals(before + 1, data.auditEvents("SIGN_IN_FAILED", email));
        assertEquals(
                1,
                data.auditEvents("SIGN_IN_FAILED", email + "?"),
                "a control character is audited as '?', never sent to the database");
        assertFalse(throttles.recordOf(email, "198.51.100.70").isEmpty());
        assertNull(signIn.signIn(email, null, null).account(), "no source at all is one source too");
    }
}
