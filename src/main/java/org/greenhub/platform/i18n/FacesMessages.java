package org.greenhub.platform.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.greenhub.platform.error.DomainException;

/** Adds translated messages to the page, beside the field they concern when there is one. */
@RequestScoped
public class FacesMessages {

    @Inject
    Messages messages;

    @Inject
    LocaleSelector localeSelector;

    public String text(String key, Object... args) {
        return messages.get(localeSelector.getLocale(), key, args);
    }

    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, key, args);
    }

    public void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, args);
    }

    /** Shows a refusal; {@code formId} prefixes the field name to find the input's client id. */
    public void error(String formId, DomainException refusal) {
        String clientId = refusal.field() == null ? null : formId + ":" + refusal.field();
        add(clientId, FacesMessage.SEVERITY_ERROR, refusal.messageKey(), refusal.args());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, args);
        faces.addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /** Keeps this request's messages for the page the browser is redirected to. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
