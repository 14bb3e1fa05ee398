package org.greenhub.account.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.greenhub.platform.i18n.LocaleSelector;

/** A signed-in user's choice of language is kept in their account, so it follows them to any device. */
@ApplicationScoped
public class LanguagePreference {

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accountService;

    void remember(@Observes LocaleSelector.LanguageChosen chosen) {
        currentUser.account().ifPresent(account -> accountService.rememberLanguage(account.getId(), chosen.language()));
    }
}
