package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.mail.Mailer;

/** The account mails, each written in the recipient's language and queued in the caller's transaction. */
@ApplicationScoped
public class AccountMails {

    @Inject
    Mailer mailer;

    @Inject
    Messages messages;

    @Inject
    GreenHubConfig config;

    public void confirmEmail(UserAccount account, String secret) {
        send(account, "account.mail.confirm", "account/confirm.xhtml?token=" + secret);
    }

    public void resetPassword(UserAccount account, String secret) {
        send(account, "account.mail.reset", "account/reset-password.xhtml?token=" + secret);
    }

    public void invitation(UserAccount account, String secret) {
        send(account, "account.mail.invitation", "account/accept-invitation.xhtml?token=" + secret);
    }

    public void passwordChanged(UserAccount account) {
        send(account, "account.mail.passwordChanged", "account/signin.xhtml");
    }

    /** Someone tried to register with the address of this account: where to sign in, and where to choose a new password. */
    public void registrationAttempted(UserAccount account) {
        Locale locale = account.getLanguage().locale();
        String key = "account.mail.registrationAttempt";
        mailer.queue(
                account.getEmail(),
                messages.get(locale, key + ".subject"),
                messages.get(
                        locale,
                        key + ".body",
                        account.getDisplayName(),
                        config.baseUrl() + "account/signin.xhtml",
                        config.baseUrl() + "account/forgot-password.xhtml"));
    }

    private void send(UserAccount account, String key, String path) {
        Locale locale = account.getLanguage().locale();
        String link = config.baseUrl() + path;
        mailer.queue(
                account.getEmail(),
                messages.get(locale, key + ".subject"),
                messages.get(locale, key + ".body", account.getDisplayName(), link));
    }
}
