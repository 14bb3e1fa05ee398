package org.greenhub.organisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.platform.error.DomainException;
import org.junit.jupiter.api.Test;

class OrganisationTest {

    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    private Organisation.Details details(String code, LocalDate founded, String website) {
        return new Organisation.Details(
                OrganisationKind.START_UP, "Lvyuan", "绿源环保科技", code, founded, null, null, website);
    }

    @Test
    void unifiedSocialCreditCodeIsCheckedAndUpperCased() {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, "Lvyuan", now);
        organisation.describe(details("91320594ma1xyw1234", null, null), now);
        assertEquals("91320594MA1XYW1234", organisation.getRegistrationCode());
        assertEquals(
                "registrationCode",
                assertThrows(
                                DomainException.class,
                                () -> organisation.describe(details("91320594MA1XYZ123O", null, null), now))
                        .field());
    }

    @Test
    void otherRegistrationNumbersAreAccepted() {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, "Green Energy", now);
        organisation.describe(details("0105566012345", null, null), now);
        assertEquals("0105566012345", organisation.getRegistrationCode());
    }

    @Test
    void foundingDateAndWebsiteAreValidated() {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, "Lvyuan", now);
        assertEquals(
                "organisation.validation.foundingInFuture",
                assertThrows(
                                DomainException.class,
                                () -> organisation.describe(details(null, LocalDate.of(2027, 1, 1), null), now))
                        .messageKey());
        assertEquals(
                "organisation.validation.website",
                assertThrows(
                                DomainException.class,
                                () -> organisation.describe(details(null, null, "javascript:alert(1)"), now))
                        .messageKey());
        organisation.describe(details(null, null, "lvyuan.example.cn"), now);
        assertEquals("https://lvyuan.example.cn", organisation.getWebsite());
    }

    @Test
    void affiliationsRememberThreeYears() {
        Organisation organisation = new Organisation(OrganisationKind.UNIVERSITY, "Jiangnan", now);
        Affiliation affiliation =
                new Affiliation(organisation, null, AffiliationRole.EMPLOYEE, LocalDate.of(2018, 1, 1), now);
        affiliation.end(LocalDate.of(2024, 6, 30));
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertEquals(false, affiliation.isCurrent(today));
        assertEquals(true, affiliation.overlapsLastYears(today, 3));
        assertEquals(false, affiliation.overlapsLastYears(LocalDate.of(2027, 7, 1), 3));
    }
}
