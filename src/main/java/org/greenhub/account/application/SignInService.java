package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.account.security.PasswordHasher;
import org.greenhub.platform.audit.AuditTrail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks credentials. Failures are counted on the account (in the database, so every node sees them) and, past a
 * few, each attempt has to wait longer; every failure is logged and audited. Answers never reveal whether the
 * e-mail address exists.
 */
@ApplicationScoped
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    org.greenhub.platform.audit.AuditSearch auditSearch;

    private static final Duration UNKNOWN_ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final Duration UNKNOWN_ADDRESS_WAIT = Duration.ofSeconds(30);

    /** The account when the credentials are good (account null otherwise, with the reason's message key). */
    public record Result(UserAccount account, String messageKey, long waitSeconds) {
    }

    @Transactional
    public Result signIn(String email, String password) {
        Instant now = Instant.now(clock);
        Optional<UserAccount> found = email == null || email.length() > 254 ? Optional.empty() : accounts.findByEmail(email);
        if (found.isEmpty()) {
            hasher.matches(password, null);
            // Throttled like a real account, so the "too many attempts" answer does not tell which addresses exist.
            boolean blocked = email != null && auditSearch.countSince("SIGN_IN_FAILED", email, now.minus(UNKNOWN_ADDRESS_WINDOW))
                    >= UserAccount.FREE_ATTEMPTS;
            fail(null, email, "unknown e-mail address");
            return blocked ? new Result(null, "account.signIn.tooManyAttempts", UNKNOWN_ADDRESS_WAIT.toSeconds())
                    : new Result(null, "account.signIn.failed", 0);
        }
        UserAccount account = found.get();
        if (account.isSignInBlocked(now)) {
            long wait = Math.max(1, Duration.between(now, account.getSignInBlockedUntil()).toSeconds());
            fail(account, email, "blocked after repeated failures");
            return new Result(null, "account.signIn.tooManyAttempts", wait);
        }
        if (password == null || password.length() > 1024 || !hasher.matches(password, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            fail(account, email, "wrong password (" + account.getFailedSignIns() + " in a row)");
            return new Result(null, "account.signIn.failed", 0);
        }
        if (!account.canSignIn()) {
            fail(account, email, "account " + account.getStatus());
            String key = account.getStatus() == AccountStatus.PENDING_CONFIRMATION
                    ? "account.signIn.notConfirmed" : "account.signIn.disabled";
            return new Result(null, key, 0);
        }
        account.recordSuccessfulSignIn();
        return new Result(account, null, 0);
    }

    private void fail(UserAccount account, String email, String reason) {
        String shown = email == null ? "" : (email.length() > 254 ? email.substring(0, 254) : email);
        LOG.warning(() -> "Failed sign-in for '" + shown + "': " + reason);
        audit.recordSeparately("SIGN_IN_FAILED", "UserAccount", account == null ? null : account.getId(), shown, reason);
    }
}
