package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.account.application.OidcSignIn;
import org.greenhub.account.application.SignInService;
import org.greenhub.platform.i18n.FacesMessages;

/** The sign-in page. */
@Named("signIn")
@RequestScoped
public class SignInBean {

    @Inject
    SignInService signInService;

    @Inject
    SessionStarter sessionStarter;

    @Inject
    FacesMessages messages;

    @Inject
    OidcSignIn oidcSignIn;

    @Inject
    HttpServletRequest request;

    private String email;
    private String password;
    private String next;

    public String signIn() throws IOException {
        // The client's address (see GreenHubAuthenticationMechanism): failures are throttled per address and source.
        SignInService.Result result = signInService.signIn(email, password, request.getRemoteAddr());
        AccountSummary account = result.summary();
        if (account == null) {
            messages.error(null, result.messageKey(), result.messageArguments());
            password = null;
            return null;
        }
        sessionStarter.start(account);
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String target = safeNext(next) ? next : account.primaryRole().dashboard();
        external.redirect(external.getRequestContextPath() + target);
        return null;
    }

    /** Only paths inside GreenHub: an open redirect would let a phishing link borrow our sign-in page. */
    static boolean safeNext(String next) {
        return next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.contains("://")
                && !next.startsWith("/account/signin");
    }

    /** Whether the page offers "Sign in with …" (the operator configured an OpenID Connect provider). */
    public boolean isProviderOffered() {
        return oidcSignIn.enabled();
    }

    public String getProviderName() {
        return oidcSignIn.providerName();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
