package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;

/** An invited person chooses a password and is signed in. */
@Named("acceptInvitation")
@RequestScoped
public class AcceptInvitationBean {

    @Inject
    AccountService accountService;

    @Inject
    SessionStarter sessionStarter;

    @Inject
    FacesMessages messages;

    private String token;
    private String displayName;
    private String password;
    private String email;

    /** View action: shows the invited name and address so the person can check them, or says the link is spent. */
    public void load() {
        var invited = accountService.invitation(token);
        if (invited.isPresent()) {
            if (displayName == null) {
                displayName = invited.get().displayName();
            }
            email = invited.get().email();
        } else {
            messages.error(null, "account.invitation.invalidLink");
        }
    }

    public String accept() throws IOException {
        try {
            AccountSummary account = accountService.acceptInvitation(token, displayName, password);
            sessionStarter.start(account);
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(
                    external.getRequestContextPath() + account.primaryRole().dashboard());
        } catch (DomainException refusal) {
            messages.error("invitationForm", refusal);
        }
        return null;
    }

    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
