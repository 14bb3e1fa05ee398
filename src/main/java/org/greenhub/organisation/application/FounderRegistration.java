package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;
import java.time.Clock;
import java.time.Instant;

/** A founder registers together with their organisation: both or neither are stored. */
@ApplicationScoped
public class FounderRegistration {

    @Inject
    AccountService accountService;

    @Inject
    Clock clock;

    @Inject
    OrganisationService organisationService;

    @Transactional
    public UserAccount register(String email, String displayName, String password, Language language, Organisation.Details organisation) {
        // Check the organisation first: a refusal there must not leave an account behind (the transaction rolls back anyway).
        new Organisation(organisation.kind(), organisation.legalName(), Instant.now(clock)).describe(organisation, Instant.now(clock));
        UserAccount account = accountService.register(email, displayName, password, language);
        organisationService.create(organisation, account, AffiliationRole.FOUNDER);
        return account;
    }
}
