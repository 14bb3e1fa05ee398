package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.platform.audit.AuditTrail;

@Named("signOut")
@RequestScoped
public class SignOutBean {

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    public String signOut() throws IOException {
        if (currentUser.isSignedIn()) {
            var account = currentUser.summary();
            audit.recordSeparately("SIGNED_OUT", "UserAccount", account.id(), account.email(), null);
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/index.xhtml?signedOut=true");
        return null;
    }
}
