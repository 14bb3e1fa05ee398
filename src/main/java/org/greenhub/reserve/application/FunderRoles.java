package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.organisation.application.AffiliationChanged;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.reserve.domain.FunderRepository;

/**
 * Keeps the funder role in step with who acts for a verified institution after its verification: a person who joins
 * a verified institution (advisers and shareholders excepted) gets the role at once, and a person whose affiliation
 * ends loses it unless they still act for another verified institution; no re-verification. Organisation publishes
 * {@link AffiliationChanged} and knows nothing of the reserve; the event is observed synchronously, so the role
 * changes in the transaction that changed the affiliation (both stored, or neither). A role is kept on the account,
 * not derived at each request, because the container's page constraints ({@code /reserve/funder/*}) read roles as
 * groups at authentication; {@link FunderAccess} still checks a current affiliation on every funder action, which
 * covers an affiliation whose dated end passes without anyone changing it. Every change is audited.
 */
@ApplicationScoped
public class FunderRoles {

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    FunderRepository funders;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    void onAffiliationChanged(@Observes AffiliationChanged change) {
        UserAccount person = accounts.find(change.personId()).orElse(null);
        if (person == null) {
            return;
        }
        boolean acts = actsForAVerifiedInstitution(change);
        if (change.change() == AffiliationChanged.Change.ADDED && acts && person.grant(Role.FUNDER)) {
            audit.record(
                    "ROLE_GRANTED",
                    "UserAccount",
                    person.getId(),
                    null,
                    Map.of("role", Role.FUNDER, "organisation", change.organisationId()),
                    "funder");
        } else if (change.change() == AffiliationChanged.Change.ENDED
                && !acts
                && person.hasRole(Role.FUNDER)
                && person.revoke(Role.FUNDER)) {
            audit.record(
                    "ROLE_REVOKED",
                    "UserAccount",
                    person.getId(),
                    Map.of("role", Role.FUNDER, "organisation", change.organisationId()),
                    null,
                    "funder");
        }
    }

    /** Whether the person acts today for a verified institution, the affiliation just ended left out. */
    private boolean actsForAVerifiedInstitution(AffiliationChanged change) {
        LocalDate today = LocalDate.now(clock);
        return organisations.affiliationsOf(change.personId()).stream()
                .filter(a -> change.change() != AffiliationChanged.Change.ENDED
                        || !Objects.equals(a.getId(), change.affiliationId()))
                .filter(a -> actsFor(a, today))
                .anyMatch(a ->
                        funders.findByOrganisation(a.getOrganisation().getId()).isPresent());
    }

    private static boolean actsFor(Affiliation affiliation, LocalDate today) {
        return affiliation.isCurrent(today)
                && affiliation.getRole() != AffiliationRole.ADVISOR
                && affiliation.getRole() != AffiliationRole.SHAREHOLDER;
    }
}
