package org.greenhub.account.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.account.security.GreenHubAuthenticationMechanism;
import org.greenhub.platform.audit.CurrentActor;
import org.greenhub.platform.error.DomainException;

import java.util.Optional;

/** The signed-in account of this request, as the authentication mechanism established it. */
@RequestScoped
public class CurrentUser implements CurrentActor {

    @Inject
    HttpServletRequest request;

    @Inject
    UserAccountRepository accounts;

    private UserAccount account;
    private boolean looked;

    public Optional<UserAccount> account() {
        if (!looked) {
            looked = true;
            Object id = safeAttribute();
            if (id instanceof Long userId) {
                account = accounts.find(userId).orElse(null);
            }
        }
        return Optional.ofNullable(account);
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public UserAccount require() {
        return account().orElseThrow(DomainException::forbidden);
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

    private Object safeAttribute() {
        try {
            return request.getAttribute(GreenHubAuthenticationMechanism.USER_ID_ATTRIBUTE);
        } catch (RuntimeException noRequest) {
            // background jobs have no request
            return null;
        }
    }
}
