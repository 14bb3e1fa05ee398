package org.greenhub.account.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * A person who signs in to GreenHub. Holds its own sign-in rules: confirmation, disabling. (Failed sign-ins are
 * counted per address and source, whether or not an account has the address: {@link SignInThrottle}.)
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    public static final int MAX_NAME_LENGTH = 200;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(name = "email_confirmed_at")
    private Instant emailConfirmedAt;

    @Column(name = "session_version", nullable = false)
    private int sessionVersion;

    /** The OpenID Connect provider's issuer this account signs in through (null: GreenHub's own password only). */
    @Column(name = "provider_issuer")
    private String providerIssuer;

    /** The person's stable id at that provider ({@code sub}): the link survives a changed e-mail address there. */
    @Column(name = "provider_subject")
    private String providerSubject;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    private UserAccount(String email, String displayName, Language language, AccountStatus status, Instant now) {
        this.email = EmailAddress.normalise("email", email);
        rename(displayName);
        this.preferredLocale = language.tag();
        this.status = status;
        setCreatedAt(now);
    }

    /** A self-registered user: must confirm the e-mail address before signing in. */
    public static UserAccount register(
            String email, String displayName, Language language, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, displayName, language, AccountStatus.PENDING_CONFIRMATION, now);
        account.passwordHash = passwordHash;
        account.roles.add(Role.APPLICANT);
        return account;
    }

    /** Invited by an administrator: chooses a password through the invitation link. */
    public static UserAccount invite(
            String email, String displayName, Language language, Set<Role> roles, Instant now) {
        UserAccount account = new UserAccount(email, displayName, language, AccountStatus.INVITED, now);
        account.roles.addAll(roles);
        return account;
    }

    /** The first administrator, created at start-up from the configuration. */
    public static UserAccount bootstrapAdministrator(String email, String passwordHash, Instant now) {
        UserAccount account = new UserAccount(email, "Administrator", Language.ENGLISH, AccountStatus.ACTIVE, now);
        account.passwordHash = passwordHash;
        account.emailConfirmedAt = now;
        account.roles.add(Role.ADMINISTRATOR);
        return account;
    }

    /**
     * Made at the first sign-in through an OpenID Connect provider, when the operator allows it: the provider has
     * verified the address, so the account is active at once; it has no password (one may be set through "forgot
     * password" later).
     */
    public static UserAccount fromProvider(
            String email, String displayName, Language language, String issuer, String subject, Instant now) {
        UserAccount account = new UserAccount(email, displayName, language, AccountStatus.ACTIVE, now);
        account.emailConfirmedAt = now;
        account.roles.add(Role.APPLICANT);
        account.linkProvider(issuer, subject, now);
        return account;
    }

    /**
     * Links this account to the person at the provider, who proved to own the account's (verified) address. A
     * pending or invited account is active from now on for the same reason; a disabled one stays disabled.
     */
    public void linkProvider(String issuer, String subject, Instant now) {
        if (providerIssuer != null && !isLinkedTo(issuer, subject)) {
            throw DomainException.conflict(null, "account.oidc.linkedElsewhere");
        }
        providerIssuer = issuer;
        providerSubject = subject;
        if (status == AccountStatus.PENDING_CONFIRMATION || status == AccountStatus.INVITED) {
            status = AccountStatus.ACTIVE;
        }
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public boolean isLinkedTo(String issuer, String subject) {
        return issuer.equals(providerIssuer) && subject.equals(providerSubject);
    }

    /** Signs in through a provider: HTTP Basic with a GreenHub password is refused (scripts use access tokens). */
    public boolean signsInThroughProvider() {
        return providerIssuer != null;
    }

    public void rename(String newName) {
        this.displayName = TextRules.name("displayName", newName, MAX_NAME_LENGTH);
        this.searchKey = SearchKey.of(this.displayName);
    }

    public void preferLanguage(Language language) {
        this.preferredLocale = language.tag();
    }

    public void confirmEmail(Instant now) {
        if (status == AccountStatus.PENDING_CONFIRMATION) {
            status = AccountStatus.ACTIVE;
        }
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    /** Accepting an invitation proves the address and sets the first password. */
    public void acceptInvitation(String newPasswordHash, Instant now) {
        if (status != AccountStatus.INVITED) {
            throw DomainException.conflict(null, "account.invitation.notPending");
        }
        status = AccountStatus.ACTIVE;
        emailConfirmedAt = now;
        changePassword(newPasswordHash);
    }

    /** A new password ends every other session of this account. */
    public void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.sessionVersion++;
    }

    public boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    /** Ends all sessions at their next request, on every node. */
    public void disable() {
        status = AccountStatus.DISABLED;
        sessionVersion++;
    }

    public void enable() {
        if (status == AccountStatus.DISABLED) {
            status = emailConfirmedAt == null
                    ? (passwordHash == null ? AccountStatus.INVITED : AccountStatus.PENDING_CONFIRMATION)
                    : AccountStatus.ACTIVE;
        }
    }

    public boolean grant(Role role) {
        return roles.add(role);
    }

    public boolean revoke(Role role) {
        return roles.remove(role);
    }

    public Role primaryRole() {
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                return role;
            }
        }
        return Role.APPLICANT;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", email);
        state.put("displayName", displayName);
        state.put("status", status);
        state.put("roles", new java.util.TreeSet<>(roles));
        return state;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getLanguage() {
        return Language.fromTag(preferredLocale).orElse(Language.ENGLISH);
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getEmailConfirmedAt() {
        return emailConfirmedAt;
    }

    public int getSessionVersion() {
        return sessionVersion;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
