package org.greenhub.account.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.junit.jupiter.api.Test;

/** The operator's role map and account-creation rule, as written in the environment. */
class OidcSettingsTest {

    @Test
    void theRoleMapGivesEachClaimValueItsRoles() {
        assertEquals(
                Map.of(
                        "greenhub-judges",
                        Set.of(Role.JUDGE),
                        "/staff/managers",
                        Set.of(Role.PROGRAMME_MANAGER, Role.JUDGE)),
                OidcSettings.parseRoleMap(
                        "greenhub-judges:JUDGE, /staff/managers:programme_manager,/staff/managers:JUDGE"));
        assertEquals(Map.of(), OidcSettings.parseRoleMap(""));
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class, () -> OidcSettings.parseRoleMap("greenhub-judges:REFEREE"));
        assertTrue(unknown.getMessage().contains("REFEREE"), unknown.getMessage());
    }

    @Test
    void accountsAreCreatedForNobodyAnybodyOrTheNamedDomains() {
        assertFalse(OidcSettings.AccountCreation.parse(null).allows("a@university.example"));
        assertFalse(OidcSettings.AccountCreation.parse("false").allows("a@university.example"));
        assertTrue(OidcSettings.AccountCreation.parse("true").allows("a@anywhere.example"));
        OidcSettings.AccountCreation domains = OidcSettings.AccountCreation.parse("university.example, @Gov.example");
        assertTrue(domains.allows("a@University.Example"));
        assertTrue(domains.allows("b@gov.example"));
        assertFalse(domains.allows("c@elsewhere.example"));
        assertFalse(domains.allows("d@sub.university.example"), "exactly the domain named");
    }
}
