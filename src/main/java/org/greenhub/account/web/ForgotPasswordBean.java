package org.greenhub.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.account.application.AccountService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;

@Named("forgotPassword")
@RequestScoped
public class ForgotPasswordBean {

    @Inject
    AccountService accountService;

    @Inject
    FacesMessages messages;

    private String email;
    private boolean sent;

    public String send() {
        try {
            accountService.requestPasswordReset(email);
            sent = true;
        } catch (DomainException refusal) {
            messages.error("forgotForm", refusal);
        }
        return null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
