package org.greenhub.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.AccountSummary;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** The signed-in person's profile and password. */
@Named("profile")
@ViewScoped
public class ProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accountService;

    @Inject
    SessionStarter sessionStarter;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private String email;
    private String displayName;
    private String languageTag;
    private List<Role> roles;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        AccountSummary account = currentUser.summary();
        email = account.email();
        displayName = account.displayName();
        languageTag = account.language().tag();
        roles = account.roles();
    }

    public void save() {
        try {
            Language language = Language.fromTag(languageTag).orElse(Language.ENGLISH);
            accountService.updateProfile(currentUser.summary().id(), displayName, language);
            localeSelector.keep(language);
            messages.info("account.profile.saved");
        } catch (DomainException refusal) {
            messages.error("profileForm", refusal);
        }
    }

    public void changePassword() {
        try {
            AccountSummary account =
                    accountService.changePassword(currentUser.summary().id(), currentPassword, newPassword);
            sessionStarter.refresh(account);
            messages.info("account.password.changed");
        } catch (DomainException refusal) {
            messages.error("passwordForm", refusal);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getLanguageTag() {
        return languageTag;
    }

    public void setLanguageTag(String languageTag) {
        this.languageTag = languageTag;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
