package org.greenhub.reserve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.greenhub.account.domain.Role;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.FunderHome;
import org.greenhub.reserve.application.FunderVerification;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.ReserveFixtures;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * An administrator verifies a financial institution: its current staff become funders (advisers, shareholders and
 * past staff do not), the institution keeps its kind, and it is audited; revoking takes the role from those who act
 * for no other verified institution. Nobody else may verify, and only a financial institution can be verified.
 */
class FunderVerificationIT extends InServerTest {

    @Inject
    FunderVerification verification;

    @Inject
    FunderHome home;

    @Inject
    ReserveFixtures reserve;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Inject
    org.greenhub.organisation.application.OrganisationService organisations;

    @Test
    void peopleJoiningAVerifiedInstitutionLaterBecomeFundersAndLoseTheRoleWhenTheirAffiliationEnds() {
        long administrator = people.person("Later admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long bank = reserve.institution("Bank joined later");
        long otherBank = reserve.institution("Second bank joined later");
        long notVerified = reserve.institution("Unverified bank");
        long newcomer = people.person("New loan officer", Language.CHINESE, Role.APPLICANT);
        long adviser = people.person("New adviser", Language.ENGLISH, Role.APPLICANT);
        long both = people.person("Officer at two banks", Language.THAI, Role.APPLICANT);
        long elsewhere = people.person("Unverified banker", Language.ENGLISH, Role.APPLICANT);
        actingAs.user(administrator);
        verification.verify(bank, InstitutionType.BANK);
        verification.verify(otherBank, InstitutionType.INSURER);

        long joined = organisations
                .addPerson(bank, people.email(newcomer), AffiliationRole.EMPLOYEE)
                .getId();
        organisations.addPerson(bank, people.email(adviser), AffiliationRole.ADVISOR);
        long bothAtBank = organisations
                .addPerson(bank, people.email(both), AffiliationRole.MANAGER)
                .getId();
        organisations.addPerson(otherBank, people.email(both), AffiliationRole.EMPLOYEE);
        organisations.addPerson(notVerified, people.email(elsewhere), AffiliationRole.EMPLOYEE);

        assertTrue(reserve.roles(newcomer).contains(Role.FUNDER), "joining after verification is enough");
        assertEquals(1, people.auditEvents("ROLE_GRANTED", String.valueOf(newcomer), "funder"));
        assertFalse(reserve.roles(adviser).contains(Role.FUNDER), "an adviser is not the bank's staff");
        assertFalse(reserve.roles(elsewhere).contains(Role.FUNDER), "an institution nobody verified");
        assertTrue(reserve.roles(both).contains(Role.FUNDER));

        organisations.endAffiliation(joined);
        assertFalse(reserve.roles(newcomer).contains(Role.FUNDER), "the role ends with the affiliation");
        assertEquals(1, people.auditEvents("ROLE_REVOKED", String.valueOf(newcomer), "funder"));
        organisations.endAffiliation(bothAtBank);
        assertTrue(reserve.roles(both).contains(Role.FUNDER), "still acts for the other verified institution");
    }

    @Test
    void verifyingGivesTheInstitutionsCurrentStaffTheFunderRoleAndRevokingTakesItBack() {
        long administrator = people.person("Funder admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long bank = reserve.institution("Verified bank");
        long otherBank = reserve.institution("Other verified bank");
        long officer = people.person("Loan officer", Language.CHINESE, Role.APPLICANT);
        long adviser = people.person("Bank adviser", Language.ENGLISH, Role.APPLICANT);
        long former = people.person("Former officer", Language.ENGLISH, Role.APPLICANT);
        long both = people.person("Officer of two banks", Language.THAI, Role.APPLICANT);
        people.affiliate(
                officer, bank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        people.affiliate(
                adviser, bank, AffiliationRole.ADVISOR, TestTime.today().minusYears(1), null);
        people.affiliate(
                former,
                bank,
                AffiliationRole.EMPLOYEE,
                TestTime.today().minusYears(3),
                TestTime.today().minusYears(1));
        people.affiliate(both, bank, AffiliationRole.MANAGER, TestTime.today().minusYears(1), null);
        people.affiliate(
                both, otherBank, AffiliationRole.EMPLOYEE, TestTime.today().minusYears(1), null);
        reserve.verify(otherBank, InstitutionType.INSURER, both);

        actingAs.user(administrator);
        assertEquals(1, verification.verify(bank, InstitutionType.GUIDANCE_FUND), "one new funder: the officer");

        assertTrue(reserve.roles(officer).contains(Role.FUNDER));
        assertFalse(reserve.roles(adviser).contains(Role.FUNDER), "an adviser is not the bank's staff");
        assertFalse(reserve.roles(former).contains(Role.FUNDER), "past staff");
        assertEquals(InstitutionType.GUIDANCE_FUND, reserve.institutionType(bank));
        assertEquals(1, people.auditEvents("FUNDER_VERIFIED", String.valueOf(bank), "Verified bank"));
        assertEquals(1, people.auditEvents("ROLE_GRANTED", String.valueOf(officer), "funder"));
        assertTrue(verification.institutions().stream()
                .anyMatch(row -> row.id() == bank && row.verifiedAt() != null && row.currentPeople() == 2));

        assertEquals(1, verification.revoke(bank), "the officer loses the role");
        assertFalse(reserve.roles(officer).contains(Role.FUNDER));
        assertTrue(reserve.roles(both).contains(Role.FUNDER), "still acts for the other verified institution");
        assertEquals(1, people.auditEvents("FUNDER_REVOKED", String.valueOf(bank), "Verified bank"));
    }

    @Test
    void aFunderHomeNamesTheInstitutionAndOnlyAdministratorsVerifyOnlyFinancialInstitutions() {
        long administrator = people.person("Second admin", Language.ENGLISH, Role.ADMINISTRATOR);
        long manager = people.person("Not an admin", Language.ENGLISH, Role.PROGRAMME_MANAGER);
        long fund = reserve.institution("Venture fund");
        long startUp = people.organisation("Not a bank");
        long partner = people.person("Fund partner", Language.VIETNAMESE, Role.APPLICANT);
        people.affiliate(
                partner, fund, AffiliationRole.FOUNDER, TestTime.today().minusYears(2), null);

        actingAs.user(manager);
        DomainException notAdmin =
                assertThrows(DomainException.class, () -> verification.verify(fund, InstitutionType.VENTURE_FUND));
        assertEquals(DomainException.Kind.FORBIDDEN, notAdmin.kind());

        actingAs.user(administrator);
        DomainException notInstitution =
                assertThrows(DomainException.class, () -> verification.verify(startUp, InstitutionType.BANK));
        assertEquals("organisation", notInstitution.field());
        DomainException noType = assertThrows(DomainException.class, () -> verification.verify(fund, null));
        assertEquals("institutionType", noType.field());
        assertFalse(reserve.roles(partner).contains(Role.FUNDER), "a refused verification gives nothing");
        verification.verify(fund, InstitutionType.VENTURE_FUND);

        actingAs.user(partner);
        FunderHome.Summary summary = home.summary();
        assertEquals(fund, summary.organisationId());
        assertEquals(InstitutionType.VENTURE_FUND, summary.type());
    }
}
