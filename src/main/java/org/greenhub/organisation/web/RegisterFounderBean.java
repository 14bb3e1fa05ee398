package org.greenhub.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.domain.PasswordPolicy;
import org.greenhub.organisation.application.FounderRegistration;
import org.greenhub.organisation.domain.Organisation.Details;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/** A start-up founder registers with their organisation. */
@Named("registerFounder")
@RequestScoped
public class RegisterFounderBean {

    @Inject
    FounderRegistration registration;

    @Inject
    Clock clock;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private String displayName;
    private String email;
    private String password;
    private String languageTag;
    private OrganisationKind kind = OrganisationKind.START_UP;
    private String legalName;
    private String registeredName;
    private String registrationCode;
    private LocalDate foundingDate;
    private boolean registered;

    public String register() {
        try {
            Language language = Language.fromTag(languageTag).orElse(Language.of(localeSelector.getLocale()));
            registration.register(
                    email,
                    displayName,
                    password,
                    language,
                    new Details(kind, legalName, registeredName, registrationCode, foundingDate, null, null, null));
            registered = true;
        } catch (DomainException refusal) {
            messages.error("registerForm", refusal);
        } finally {
            password = null;
        }
        return null;
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getLanguageTag() {
        return languageTag == null ? localeSelector.getLanguageTag() : languageTag;
    }

    public void setLanguageTag(String languageTag) {
        this.languageTag = languageTag;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public void setRegisteredName(String registeredName) {
        this.registeredName = registeredName;
    }

    public String getRegistrationCode() {
        return registrationCode;
    }

    public void setRegistrationCode(String registrationCode) {
        this.registrationCode = registrationCode;
    }

    public LocalDate getFoundingDate() {
        return foundingDate;
    }

    public void setFoundingDate(LocalDate foundingDate) {
        this.foundingDate = foundingDate;
    }

    public boolean isRegistered() {
        return registered;
    }
}
