package org.greenhub.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.Set;
import org.greenhub.account.application.AccessTokens;
import org.greenhub.account.domain.AccessToken;
import org.greenhub.account.domain.Role;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.testsupport.server.ActingAs;
import org.greenhub.testsupport.server.EvaluationFixtures;
import org.greenhub.testsupport.server.InServerTest;
import org.greenhub.testsupport.server.TestTime;
import org.junit.jupiter.api.Test;

/**
 * A person's tokens are their own: another person neither lists nor revokes them ("not found"), a refused token
 * request stores nothing, and an account holds at most {@link AccessToken#MAX_ACTIVE} active tokens.
 */
class AccessTokensIT extends InServerTest {

    @Inject
    AccessTokens tokens;

    @Inject
    EvaluationFixtures people;

    @Inject
    ActingAs actingAs;

    @Test
    void anotherPersonsTokenIsNotFoundAndBadRequestsStoreNothing() {
        long owner = people.person("Token keeper", Language.ENGLISH, Role.APPLICANT);
        long stranger = people.person("Token stranger", Language.ENGLISH, Role.APPLICANT);
        actingAs.user(owner);
        long id = tokens.create("Export", false, Set.of(), TestTime.today().plusDays(10))
                .id();

        actingAs.user(stranger);
        assertTrue(tokens.mine().isEmpty(), "a stranger lists none of the owner's tokens");
        assertEquals(
                DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> tokens.revoke(id)).kind());

        actingAs.user(owner);
        assertTrue(tokens.mine().get(0).active(), "the stranger's attempt changed nothing");
        assertEquals(
                "account.token.expiryPast",
                assertThrows(
                                DomainException.class,
                                () -> tokens.create(
                                        "Late", true, Set.of(), TestTime.today().minusDays(1)))
                        .messageKey());
        assertEquals(1, tokens.mine().size(), "a refused token is not stored");

        for (int i = 1; i < AccessToken.MAX_ACTIVE; i++) {
            tokens.create("Token " + i, false, Set.of(), TestTime.today().plusDays(10));
        }
        assertEquals(
                "account.token.tooMany",
                assertThrows(
                                DomainException.class,
                                () -> tokens.create(
                                        "One too many",
                                        false,
                                        Set.of(),
                                        TestTime.today().plusDays(10)))
                        .messageKey());
        tokens.revoke(id);
        assertTrue(tokens.create(
                        "After revoking", false, Set.of(), TestTime.today().plusDays(10))
                .secret()
                .startsWith(AccessToken.PREFIX));
    }
}
