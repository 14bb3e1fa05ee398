package org.greenhub.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;

/**
 * The one way pages show a {@link LocalisedName}: in the reader's language, else in English with a visible mark.
 * Pages use the {@code gh:localised} component (which calls {@link #shown}); lists and menus that take plain text use
 * {@link #marked}; mails and exports, written for a recipient, use {@link Messages#localised}.
 */
@Named("localised")
@RequestScoped
public class LocalisedNames {

    @Inject
    LocaleSelector localeSelector;

    @Inject
    Messages messages;

    public LocalisedName.Shown shown(LocalisedName name) {
        return name == null ? null : name.shown(reader());
    }

    /** The text with "(English)" in the reader's language appended when it is a fallback. */
    public String marked(LocalisedName name) {
        return messages.localised(localeSelector.getLocale(), name);
    }

    public String fallbackMark() {
        return messages.get(localeSelector.getLocale(), "platform.localised.inEnglish");
    }

    public String fallbackHint() {
        return messages.get(localeSelector.getLocale(), "platform.localised.notTranslated");
    }

    private Language reader() {
        return Language.of(localeSelector.getLocale());
    }
}
