package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * {@code /account/signing-out.xhtml}: the step between signing out of GreenHub and signing out at the provider. The
 * page moves on to the provider's end-session address by itself (a refresh, no script) and offers it as a link too.
 */
@Named("providerSignOut")
@RequestScoped
public class ProviderSignOutBean {

    private String address;

    public void load() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
        if (session != null && session.getAttribute(SignOutBean.PROVIDER_SIGN_OUT) instanceof String kept) {
            // Once: reloading the page later goes home instead of to the provider again.
            session.removeAttribute(SignOutBean.PROVIDER_SIGN_OUT);
            address = kept;
            return;
        }
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
    }

    public String getAddress() {
        return address;
    }
}
