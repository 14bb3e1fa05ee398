package org.greenhub.account.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.account.security.GreenHubAuthenticationMechanism;
import org.greenhub.platform.audit.CurrentActor;
import org.greenhub.platform.error.DomainException;

/** The signed-in account of this request, as the authentication mechanism established it. */
@RequestScoped
public class CurrentUser implements CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccountRepository accounts;

    private UserAccount account;

    /** Loaded once per request (the persistence context keeps it), re-read only if the signed-in id changes. */
    public Optional<UserAccount> account() {
        Object id = safeAttribute(GreenHubAuthenticationMechanism.USER_ID_ATTRIBUTE);
        if (!(id instanceof Long userId)) {
            account = null;
        } else if (account == null || !account.getId().equals(userId)) {
            account = accounts.find(userId).orElse(null);
        }
        return Optional.ofNullable(account);
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    /** The signed-in account, or a 401 refusal carrying why credentials were refused, if they were. */
    public UserAccount require() {
        return account().orElseThrow(() -> {
            Object reason = safeAttribute(GreenHubAuthenticationMechanism.FAILURE_ATTRIBUTE);
            Object arguments = safeAttribute(GreenHubAuthenticationMechanism.FAILURE_ARGUMENTS_ATTRIBUTE);
            return DomainException.unauthenticated(
                    reason instanceof String key ? key : null,
                    arguments instanceof Object[] values ? values : new Object[0]);
        });
    }

    /** The signed-in account as pages show it (pages hold this, not the account). */
    public AccountSummary summary() {
        return AccountSummary.of(require());
    }

    public UserAccount require(Role role) {
        UserAccount user = require();
        if (!user.hasRole(role)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    public boolean has(Role role) {
        return account().map(a -> a.hasRole(role)).orElse(false);
    }

    @Override
    public Optional<Long> actorId() {
        return account().map(UserAccount::getId);
    }

    @Override
    public Optional<String> actorEmail() {
        return account().map(UserAccount::getEmail);
    }

    @Override
    public Optional<String> clientAddress() {
        try {
            return Optional.ofNullable(request.getRemoteAddr());
        } catch (RuntimeException noRequest) {
            return Optional.empty();
        }
    }

    private Object safeAttribute(String name) {
        try {
            return request.getAttribute(name);
        } catch (RuntimeException noRequest) {
            // background jobs have no request
            return null;
        }
    }
}
