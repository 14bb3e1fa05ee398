package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.domain.FunderRepository;
import org.greenhub.reserve.domain.VerifiedFunder;

/**
 * Administrators verify financial institutions as funders of the reserve: the institution's current people (advisers
 * and shareholders excepted) get the funder role; revoking takes it from those who act for no other verified
 * institution. Every change is audited.
 */
@ApplicationScoped
public class FunderVerification {

    @Inject
    CurrentUser currentUser;

    @Inject
    OrganisationRepository organisations;

    @Inject
    FunderRepository funders;

    @Inject
    FunderReads reads;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Transactional
    public List<FunderReads.InstitutionRow> institutions() {
        currentUser.require(Role.ADMINISTRATOR);
        return reads.institutions(LocalDate.now(clock));
    }

    /** Verifies (or re-classifies) a financial institution; answers how many people were given the funder role. */
    @Transactional
    public int verify(long organisationId, InstitutionType type) {
        UserAccount administrator = currentUser.require(Role.ADMINISTRATOR);
        Organisation organisation = organisations.find(organisationId).orElseThrow(DomainException::notFound);
        if (organisation.getKind() != OrganisationKind.FINANCIAL_INSTITUTION) {
            throw DomainException.invalid("organisation", "reserve.funder.notFinancialInstitution");
        }
        if (type == null) {
            throw DomainException.invalid("institutionType", "reserve.funder.typeRequired");
        }
        Instant now = Instant.now(clock);
        InstitutionType before = organisation.getInstitutionType();
        organisation.classifyInstitution(type);
        boolean wasVerified = funders.findByOrganisation(organisationId).isPresent();
        if (!wasVerified) {
            funders.add(new VerifiedFunder(organisationId, administrator.getId(), now));
        }
        audit.record(
                "FUNDER_VERIFIED",
                "Organisation",
                organisationId,
                before == null ? null : Map.of("institutionType", before),
                Map.of("institutionType", type),
                organisation.getLegalName());
        int granted = 0;
        for (Affiliation affiliation : organisations.people(organisationId)) {
            if (actsFor(affiliation, LocalDate.now(clock))
                    && affiliation.getPerson().grant(Role.FUNDER)) {
                audit.record(
                        "ROLE_GRANTED",
                        "UserAccount",
                        affiliation.getPerson().getId(),
                        null,
                        Map.of("role", Role.FUNDER),
                        "funder");
                granted++;
            }
        }
        return granted;
    }

    /** Withdraws the verification; answers how many people lost the funder role. */
    @Transactional
    public int revoke(long organisationId) {
        currentUser.require(Role.ADMINISTRATOR);
        VerifiedFunder funder = funders.findByOrganisation(organisationId).orElseThrow(DomainException::notFound);
        Organisation organisation = organisations.find(organisationId).orElseThrow(DomainException::notFound);
        funders.remove(funder);
        audit.record("FUNDER_REVOKED", "Organisation", organisationId, null, null, organisation.getLegalName());
        LocalDate today = LocalDate.now(clock);
        int revoked = 0;
        for (Affiliation affiliation : organisations.people(organisationId)) {
            UserAccount person = affiliation.getPerson();
            if (person.hasRole(Role.FUNDER)
                    && reads.verifiedInstitutionOf(person.getId(), today).isEmpty()
                    && person.revoke(Role.FUNDER)) {
                audit.record(
                        "ROLE_REVOKED", "UserAccount", person.getId(), Map.of("role", Role.FUNDER), null, "funder");
                revoked++;
            }
        }
        return revoked;
    }

    private static boolean actsFor(Affiliation affiliation, LocalDate today) {
        return affiliation.isCurrent(today)
                && affiliation.getRole() != AffiliationRole.ADVISOR
                && affiliation.getRole() != AffiliationRole.SHAREHOLDER;
    }
}
