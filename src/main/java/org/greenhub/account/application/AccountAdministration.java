package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.AccountToken;
import org.greenhub.account.domain.EmailAddress;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.TextRules;

/** What administrators do to other people's accounts. Every method checks the caller is an administrator. */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public UserAccount invite(String email, String displayName, Language language, Set<Role> roles) {
        currentUser.require(Role.ADMINISTRATOR);
        String normalised = EmailAddress.normalise("email", email);
        TextRules.name("displayName", displayName, UserAccount.MAX_NAME_LENGTH);
        if (roles == null || roles.isEmpty()) {
            throw DomainException.invalid("roles", "account.invite.rolesRequired");
        }
        if (accounts.emailTaken(normalised)) {
            throw DomainException.conflict("email", "account.validation.emailTaken");
        }
        Instant now = Instant.now(clock);
        UserAccount account = accounts.add(UserAccount.invite(
                normalised, displayName, language == null ? Language.ENGLISH : language, EnumSet.copyOf(roles), now));
        AccountToken.Issued issued = AccountToken.issue(account, AccountToken.Purpose.INVITATION, now);
        accounts.addToken(issued.token());
        mails.invitation(account, issued.secret());
        audit.record("USER_INVITED", "UserAccount", account.getId(), null, account.snapshot(), null);
        return account;
    }

    @Transactional
    public UserAccount grant(long userId, Role role) {
        UserAccount admin = currentUser.require(Role.ADMINISTRATOR);
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        Map<String, Object> before = account.snapshot();
        if (account.grant(role)) {
            audit.record(
                    "ROLE_GRANTED",
                    "UserAccount",
                    account.getId(),
                    before,
                    account.snapshot(),
                    role.name() + " by " + admin.getEmail());
        }
        return account;
    }

    @Transactional
    public UserAccount revoke(long userId, Role role) {
        UserAccount admin = currentUser.require(Role.ADMINISTRATOR);
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        if (role == Role.ADMINISTRATOR && account.getId().equals(admin.getId())) {
            throw DomainException.conflict(null, "account.admin.cannotRevokeOwnAdmin");
        }
        Map<String, Object> before = account.snapshot();
        if (account.revoke(role)) {
            audit.record(
                    "ROLE_REVOKED",
                    "UserAccount",
                    account.getId(),
                    before,
                    account.snapshot(),
                    role.name() + " by " + admin.getEmail());
        }
        return account;
    }

    /** Sets exactly these roles, recording each grant and revocation. */
    @Transactional
    public UserAccount setRoles(long userId, Set<Role> roles) {
        currentUser.require(Role.ADMINISTRATOR);
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        for (Role role : List.copyOf(account.getRoles())) {
            if (!roles.contains(role)) {
                revoke(userId, role);
            }
        }
        for (Role role : roles) {
            grant(userId, role);
        }
        return account;
    }

    @Transactional
    public UserAccount disable(long userId) {
        UserAccount admin = currentUser.require(Role.ADMINISTRATOR);
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        if (account.getId().equals(admin.getId())) {
            throw DomainException.conflict(null, "account.admin.cannotDisableSelf");
        }
        Map<String, Object> before = account.snapshot();
        account.disable();
        audit.record("ACCOUNT_DISABLED", "UserAccount", account.getId(), before, account.snapshot(), null);
        return account;
    }

    @Transactional
    public UserAccount enable(long userId) {
        currentUser.require(Role.ADMINISTRATOR);
        UserAccount account = accounts.find(userId).orElseThrow(DomainException::notFound);
        Map<String, Object> before = account.snapshot();
        account.enable();
        audit.record("ACCOUNT_ENABLED", "UserAccount", account.getId(), before, account.snapshot(), null);
        return account;
    }

    public List<UserAccount> page(UserAccountRepository.UserQuery query, int first, int size) {
        currentUser.require(Role.ADMINISTRATOR);
        return accounts.page(query, first, size);
    }

    /** One line of the users page: plain values, so the view state stays small and replicates between nodes. */
    public record UserRow(
            long id, String displayName, String email, List<Role> roles, AccountStatus status, Instant createdAt)
            implements Serializable {
        static UserRow of(UserAccount account) {
            return new UserRow(
                    account.getId(),
                    account.getDisplayName(),
                    account.getEmail(),
                    account.getRoles().stream().sorted().toList(),
                    account.getStatus(),
                    account.getCreatedAt());
        }
    }

    /** A page of users as the administrators' page lists them. */
    public List<UserRow> rows(UserAccountRepository.UserQuery query, int first, int size) {
        return page(query, first, size).stream().map(UserRow::of).toList();
    }

    public long count(UserAccountRepository.UserQuery query) {
        currentUser.require(Role.ADMINISTRATOR);
        return accounts.count(query);
    }
}
