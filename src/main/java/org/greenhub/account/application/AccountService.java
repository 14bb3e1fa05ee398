package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.greenhub.account.domain.AccountToken;
import org.greenhub.account.domain.EmailAddress;
import org.greenhub.account.domain.PasswordPolicy;
import org.greenhub.account.domain.SignInThrottle;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditSearch;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.TextRules;

/** A person's own account: registration, e-mail confirmation, passwords, profile. */
@ApplicationScoped
public class AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    AuditSearch auditSearch;

    @Inject
    SignInThrottles throttles;

    @Inject
    Clock clock;

    /** Audited when someone registers with an address that already has an account. */
    public static final String REGISTRATION_ATTEMPTED = "REGISTRATION_WITH_EXISTING_EMAIL";
    /** The owner of an address is told of registration attempts at most once in this time. */
    public static final Duration REGISTRATION_ATTEMPT_MAIL_INTERVAL = Duration.ofHours(1);

    /**
     * Registers an applicant and sends the confirmation link. Joins the caller's transaction (e.g. with the
     * organisation). When the address already has an account, the caller sees the same as for a new one (the same
     * checks, the same password hashing, no error) while the owner gets a mail saying so: the answer does not tell
     * whether an address is registered. Then nothing is stored but the audit event, and the result is empty.
     */
    @Transactional
    public Optional<UserAccount> register(String email, String displayName, String password, Language language) {
        String normalised = EmailAddress.normalise("email", email);
        PasswordPolicy.check("password", password, normalised);
        TextRules.name("displayName", displayName, UserAccount.MAX_NAME_LENGTH);
        // Hashed in both cases, so both take the same time.
        String passwordHash = hasher.hash(password);
        Optional<UserAccount> existing = accounts.findByEmail(normalised);
        if (existing.isPresent()) {
            registrationAttempted(existing.get());
            return Optional.empty();
        }
        UserAccount account = accounts.add(UserAccount.register(
                normalised,
                displayName,
                language == null ? Language.ENGLISH : language,
                passwordHash,
                Instant.now(clock)));
        AccountToken.Issued issued =
                AccountToken.issue(account, AccountToken.Purpose.CONFIRM_EMAIL, Instant.now(clock));
        accounts.addToken(issued.token());
        mails.confirmEmail(account, issued.secret());
        audit.record("ACCOUNT_REGISTERED", "UserAccount", account.getId(), null, account.snapshot(), null);
        return Optional.of(account);
    }

    /**
     * Someone registered with an address that has an account: its owner is told (at most once in
     * {@link #REGISTRATION_ATTEMPT_MAIL_INTERVAL}, so the form cannot be used to flood a mailbox); always audited.
     */
    private void registrationAttempted(UserAccount owner) {
        Instant now = Instant.now(clock);
        boolean toldRecently = auditSearch.countForRecordSince(
                        REGISTRATION_ATTEMPTED,
                        "UserAccount",
                        String.valueOf(owner.getId()),
                        now.minus(REGISTRATION_ATTEMPT_MAIL_INTERVAL),
                        "owner mailed")
                > 0;
        if (!toldRecently) {
            mails.registrationAttempted(owner);
        }
        audit.record(
                REGISTRATION_ATTEMPTED,
                "UserAccount",
                owner.getId(),
                null,
                null,
                toldRecently ? "owner already mailed within the hour" : "owner mailed");
    }

    @Transactional
    public UserAccount confirmEmail(String secret) {
        Instant now = Instant.now(clock);
        AccountToken token = accounts.findToken(secret, AccountToken.Purpose.CONFIRM_EMAIL)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> DomainException.invalid(null, "account.confirm.invalidLink"));
        token.use(now);
        UserAccount account = token.getUser();
        account.confirmEmail(now);
        audit.record("EMAIL_CONFIRMED", "UserAccount", account.getId(), null, null, account.getEmail());
        return account;
    }

    /** Always looks the same to the caller, whether or not the address is known. */
    @Transactional
    public void requestPasswordReset(String email) {
        String normalised = EmailAddress.normalise("email", email);
        accounts.findByEmail(normalised)
                .filter(a -> a.getPasswordHash() != null || a.canSignIn())
                .ifPresent(account -> {
                    AccountToken.Issued issued =
                            AccountToken.issue(account, AccountToken.Purpose.RESET_PASSWORD, Instant.now(clock));
                    accounts.addToken(issued.token());
                    mails.resetPassword(account, issued.secret());
                    audit.record("PASSWORD_RESET_REQUESTED", "UserAccount", account.getId(), null, null, null);
                });
    }

    @Transactional
    public UserAccount resetPassword(String secret, String newPassword) {
        Instant now = Instant.now(clock);
        AccountToken token = accounts.findToken(secret, AccountToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> DomainException.invalid(null, "account.reset.invalidLink"));
        UserAccount account = token.getUser();
        PasswordPolicy.check("password", newPassword, account.getEmail());
        token.use(now);
        account.changePassword(hasher.hash(newPassword));
        throttles.clearEverywhere(SignInThrottle.subjectKey(account.getEmail()));
        // The link came through the mailbox, which proves the address.
        account.confirmEmail(now);
        mails.passwordChanged(account);
        audit.record("PASSWORD_RESET", "UserAccount", account.getId(), null, null, null);
        return account;
    }

    @Transactional
    public AccountSummary changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        if (!hasher.matches(currentPassword, account.getPasswordHash())) {
            throw DomainException.invalid("currentPassword", "account.password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.getEmail());
        account.changePassword(hasher.hash(newPassword));
        throttles.clearEverywhere(SignInThrottle.subjectKey(account.getEmail()));
        mails.passwordChanged(account);
        audit.record("PASSWORD_CHANGED", "UserAccount", account.getId(), null, null, null);
        return AccountSummary.of(account);
    }

    /** The invited account behind a still usable invitation link (the link is not used up by looking). */
    @Transactional
    public java.util.Optional<AccountSummary> invitation(String secret) {
        Instant now = Instant.now(clock);
        return accounts.findToken(secret, AccountToken.Purpose.INVITATION)
                .filter(t -> t.isUsable(now))
                .map(AccountToken::getUser)
                .map(AccountSummary::of);
    }

    @Transactional
    public AccountSummary acceptInvitation(String secret, String displayName, String newPassword) {
        Instant now = Instant.now(clock);
        AccountToken token = accounts.findToken(secret, AccountToken.Purpose.INVITATION)
                .filter(t -> t.isUsable(now))
                .orElseThrow(() -> DomainException.invalid(null, "account.invitation.invalidLink"));
        UserAccount account = token.getUser();
        if (displayName != null && !displayName.isBlank()) {
            account.rename(displayName);
        }
        PasswordPolicy.check("password", newPassword, account.getEmail());
        token.use(now);
        account.acceptInvitation(hasher.hash(newPassword), now);
        audit.record("INVITATION_ACCEPTED", "UserAccount", account.getId(), null, account.snapshot(), null);
        return AccountSummary.of(account);
    }

    @Transactional
    public UserAccount updateProfile(long userId, String displayName, Language language) {
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        Map<String, Object> before = account.snapshot();
        if (displayName != null) {
            account.rename(displayName);
        }
        if (language != null) {
            account.preferLanguage(language);
        }
        audit.record("PROFILE_UPDATED", "UserAccount", account.getId(), before, account.snapshot(), null);
        return account;
    }

    @Transactional
    public void rememberLanguage(long userId, Language language) {
        accounts.find(userId).ifPresent(account -> account.preferLanguage(language));
    }
}
