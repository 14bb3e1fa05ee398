package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;

/**
 * Checks credentials, for the sign-in page and the API's HTTP Basic alike.
 * <ul>
 * <li>Failures are counted per e-mail address <em>and</em> source address ({@link SignInThrottles}, in the database,
 * so every node sees them): past {@link SignInThrottle#FREE_ATTEMPTS}, each attempt from that source has to wait
 * longer, while the owner signing in from their own address is not held up by a stranger's guesses.</li>
 * <li>The work does not depend on whether the address has an account: a throttled attempt is refused before any
 * look-up or hashing; every other attempt looks the address up and runs exactly one password check (against a decoy
 * when there is no account or password, or the password is over-long). The answers are the same too.</li>
 * <li>Every failure is logged and audited ({@code SIGN_IN_FAILED}).</li>
 * </ul>
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    static final String FAILED = "account.signIn.failed";
    static final String TOO_MANY_ATTEMPTS = "account.signIn.tooManyAttempts";

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SignInThrottles throttles;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The account when the credentials are good (account null otherwise, with the reason's message key and, when
     * throttled, the seconds to wait: the argument of {@code account.signIn.tooManyAttempts}).
     */
    public record Result(UserAccount account, String messageKey, long waitSeconds) {

        /** The signed-in account as pages and the session keep it; null when refused. */
        public AccountSummary summary() {
            return account == null ? null : AccountSummary.of(account);
        }

        /** The message arguments of a refusal. */
        public Object[] messageArguments() {
            return waitSeconds > 0 ? new Object[] {waitSeconds} : new Object[0];
        }
    }

    /**
     * @param sourceAddress the request's remote address ({@code HttpServletRequest.getRemoteAddr()}: the client's, as
     *                      the proxy reports it when {@code GREENHUB_BEHIND_PROXY} is true)
     */
    @Transactional
    public Result signIn(String email, String password, String sourceAddress) {
        Instant now = Instant.now(clock);
        String subject = SignInThrottle.subjectKey(email);
        String source = SignInThrottle.source(sourceAddress);
        SignInThrottles.Admission admission = throttles.admit(subject, source, now);
        if (admission.refused()) {
            fail(null, email, source, "throttled, " + admission.waitSeconds() + " s to wait");
            return new Result(null, TOO_MANY_ATTEMPTS, admission.waitSeconds());
        }
        Optional<UserAccount> found = lookUp(email);
        boolean right =
                hasher.matches(password, found.map(UserAccount::getPasswordHash).orElse(null));
        if (!right) {
            if (!admission.charged()) {
                throttles.recordFailure(subject, source, now);
            }
            fail(found.orElse(null), email, source, found.isPresent() ? "wrong password" : "unknown e-mail address");
            return new Result(null, FAILED, 0);
        }
        // Only an account's own hash can match.
        UserAccount account = found.orElseThrow();
        if (admission.charged()) {
            throttles.clear(subject, source);
        }
        if (!account.canSignIn()) {
            fail(account, email, source, "account " + account.getStatus());
            String key = account.getStatus() == AccountStatus.PENDING_CONFIRMATION
                    ? "account.signIn.notConfirmed"
                    : "account.signIn.disabled";
            return new Result(null, key, 0);
        }
        return new Result(account, null, 0);
    }

    /** No look-up for what cannot be an address (too long, control characters): it is simply unknown. */
    private Optional<UserAccount> lookUp(String email) {
        if (email == null || email.length() > 254 || email.chars().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        return accounts.findByEmail(email);
    }

    private void fail(UserAccount account, String email, String source, String reason) {
        String shown = shown(email);
        LOG.warning(() -> "Failed sign-in for '" + shown + "' from " + source + ": " + reason);
        audit.recordSeparately(
                "SIGN_IN_FAILED", "UserAccount", account == null ? null : account.getId(), shown, reason);
    }

    /** The address as typed, fit for the log and the audit trail: at most 254 characters, control characters as '?'. */
    private static String shown(String email) {
        if (email == null) {
            return "";
        }
        String cut = email.length() > 254 ? email.substring(0, 254) : email;
        StringBuilder shown = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }
}
