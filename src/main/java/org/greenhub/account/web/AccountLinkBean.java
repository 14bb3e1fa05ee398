package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.domain.PasswordPolicy;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;

/** The pages opened from mailed links: confirm the address, reset the password. */
@Named("accountLink")
@RequestScoped
public class AccountLinkBean {

    @Inject
    AccountService accountService;

    @Inject
    FacesMessages messages;

    private String token;
    private String password;
    private boolean confirmed;
    private boolean done;

    /** View action of the confirmation page. */
    public void confirm() {
        try {
            accountService.confirmEmail(token);
            confirmed = true;
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey());
        }
    }

    public String resetPassword() {
        try {
            accountService.resetPassword(token, password);
            done = true;
            messages.info("account.reset.done");
            messages.keepForRedirect();
            return "/account/signin?faces-redirect=true";
        } catch (DomainException refusal) {
            messages.error("resetForm", refusal);
            return null;
        }
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public boolean isDone() {
        return done;
    }
}
