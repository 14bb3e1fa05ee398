package org.greenhub.account.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.account.security.SignedIn;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.i18n.LocaleSelector;

/** Turns a successful credential check into a signed-in session, under a new session id. */
@ApplicationScoped
public class SessionStarter {

    @Inject
    LocaleSelector localeSelector;

    @Inject
    AuditTrail audit;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    public void start(AccountSummary account) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // A fresh id at sign-in: a session id planted before sign-in is worth nothing after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(
                        SignedIn.SESSION_KEY, new SignedIn(account.id(), account.sessionVersion(), Instant.now(clock)));
        // The language picked before signing in (menu or cookie) wins, and becomes the account's: the visitor chose it
        // just now, the stored one may be years old. Without such a choice the account's language applies.
        var chosen = localeSelector.chosenByVisitor();
        if (chosen.isPresent()) {
            localeSelector.use(chosen.get());
            if (chosen.get() != account.language()) {
                accounts.rememberLanguage(account.id(), chosen.get());
            }
        } else {
            localeSelector.use(account.language());
        }
        audit.recordSeparately("SIGNED_IN", "UserAccount", account.id(), account.email(), null);
    }

    /** Keeps the session signed in after the account's session version changed (own password change). */
    public void refresh(AccountSummary account) {
        HttpServletRequest request = (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest();
        request.changeSessionId();
        request.getSession()
                .setAttribute(
                        SignedIn.SESSION_KEY, new SignedIn(account.id(), account.sessionVersion(), Instant.now(clock)));
    }
}
