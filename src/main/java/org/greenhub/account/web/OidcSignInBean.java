package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.greenhub.account.application.OidcRefusal;
import org.greenhub.account.application.OidcSignIn;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;

/**
 * {@code /account/oidc.xhtml}: opened without parameters (the sign-in page's "Sign in with …" link) it sends the
 * browser to the provider; opened by the provider with {@code code} and {@code state} it completes the sign-in and
 * goes on to the page the person wanted, or shows why not. It is the redirect URI registered with the provider.
 */
@Named("oidcSignIn")
@RequestScoped
public class OidcSignInBean {

    static final String CALLBACK = "account/oidc.xhtml";

    @Inject
    OidcSignIn oidcSignIn;

    @Inject
    SessionStarter sessionStarter;

    @Inject
    FacesMessages messages;

    @Inject
    GreenHubConfig config;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    HttpServletRequest request;

    private String next;
    private String code;
    private String state;
    private String error;
    private boolean refused;

    public void load() throws IOException {
        if (!oidcSignIn.enabled()) {
            PageRefusals.refuse(DomainException.notFound());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // The address registered with the provider: built from GREENHUB_BASE_URL, never from the request's Host.
        String redirectUri = config.baseUrl() + CALLBACK;
        try {
            if (code == null && state == null && error == null) {
                OidcSignIn.Start start = oidcSignIn.begin(redirectUri, SignInBean.safeNext(next) ? next : null);
                request.getSession(true).setAttribute(OidcSignIn.Pending.SESSION_KEY, start.pending());
                external.redirect(start.providerPage().toString());
                return;
            }
            HttpSession session = request.getSession(false);
            OidcSignIn.Pending pending = null;
            if (session != null
                    && session.getAttribute(OidcSignIn.Pending.SESSION_KEY) instanceof OidcSignIn.Pending p) {
                pending = p;
                // One use: a second callback with the same state (a replayed link) finds nothing.
                session.removeAttribute(OidcSignIn.Pending.SESSION_KEY);
            }
            OidcSignIn.Completed completed = oidcSignIn.complete(
                    pending, code, state, error, redirectUri, Language.of(localeSelector.getLocale()));
            sessionStarter.start(completed.account());
            // Kept for signing out at the provider too (id_token_hint); the session's id is new by now.
            request.getSession().setAttribute(OidcSignIn.Completed.ID_TOKEN_SESSION_KEY, completed.idToken());
            String target = pending.next() != null
                    ? pending.next()
                    : completed.account().primaryRole().dashboard();
            external.redirect(external.getRequestContextPath() + target);
        } catch (OidcRefusal refusal) {
            refused = true;
            messages.error(null, refusal.messageKey(), oidcSignIn.providerName());
        } catch (DomainException refusal) {
            refused = true;
            messages.error(null, refusal);
        }
    }

    public boolean isRefused() {
        return refused;
    }

    public String getProviderName() {
        return oidcSignIn.providerName();
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getError() {
        return error;
    }

    public void setError(String error) {
        this.error = error;
    }
}
