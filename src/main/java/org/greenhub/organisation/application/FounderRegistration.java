package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;

/**
 * A founder registers together with their organisation: both or neither are stored. An address that already has an
 * account gets the same answer as a new one (its owner is mailed instead, see {@link AccountService#register}), and
 * then no organisation is stored either: the result is empty.
 */
@ApplicationScoped
public class FounderRegistration {

    @Inject
    AccountService accountService;

    @Inject
    OrganisationService organisationService;

    @Transactional
    public Optional<UserAccount> register(
            String email, String displayName, String password, Language language, Organisation.Details organisation) {
        // Every refusal of the organisation comes first, for new and known addresses alike: the answers must not
        // differ.
        organisationService.checkNew(organisation);
        Optional<UserAccount> account = accountService.register(email, displayName, password, language);
        account.ifPresent(founder -> organisationService.create(organisation, founder, AffiliationRole.FOUNDER));
        return account;
    }
}
