package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.application.OidcSignIn;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.config.GreenHubConfig;

@Named("signOut")
@RequestScoped
public class SignOutBean {

    /** The session attribute (of the new, anonymous session) with the provider's end-session address. */
    static final String PROVIDER_SIGN_OUT = "greenhub.providerSignOut";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    OidcSignIn oidcSignIn;

    @Inject
    GreenHubConfig config;

    public String signOut() throws IOException {
        if (currentUser.isSignedIn()) {
            var account = currentUser.summary();
            audit.recordSeparately("SIGNED_OUT", "UserAccount", account.id(), account.email(), null);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpSession session = request.getSession(false);
        Optional<URI> atProvider = Optional.empty();
        if (session != null
                && session.getAttribute(OidcSignIn.Completed.ID_TOKEN_SESSION_KEY) instanceof String idToken) {
            // Signed in through the provider: sign out there too (single sign-out), then come back to GreenHub.
            atProvider = oidcSignIn.providerSignOut(idToken, config.baseUrl() + "index.xhtml?signedOut=true");
        }
        external.invalidateSession();
        if (atProvider.isPresent()) {
            // Through a GreenHub page: the page's Content-Security-Policy (form-action 'self') would stop this form's
            // answer from redirecting to another site.
            request.getSession(true)
                    .setAttribute(PROVIDER_SIGN_OUT, atProvider.get().toString());
            external.redirect(external.getRequestContextPath() + "/account/signing-out.xhtml");
            return null;
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
        return null;
    }
}
