package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;

/**
 * Who acts as a funder now: a signed-in person with the funder role who is currently one of a verified institution's
 * people. The role alone is not enough, since an affiliation can end while the role stays until the next revocation.
 */
@ApplicationScoped
public class FunderAccess {

    /** The person acting and the verified institution they act for. */
    public record Funder(long userId, long organisationId) implements Serializable {}

    @Inject
    CurrentUser currentUser;

    @Inject
    FunderReads reads;

    @Inject
    Clock clock;

    /** The caller as a funder, if they are one (call inside a transaction). */
    public Optional<Funder> current() {
        Optional<UserAccount> account = currentUser.account();
        if (account.isEmpty() || !account.get().hasRole(Role.FUNDER)) {
            return Optional.empty();
        }
        long userId = account.get().getId();
        return reads.verifiedInstitutionOf(userId, LocalDate.now(clock)).map(org -> new Funder(userId, org));
    }

    /** The caller as a funder; anyone else is refused (signed out: sign in; signed in: forbidden). */
    public Funder require() {
        currentUser.require();
        return current().orElseThrow(DomainException::forbidden);
    }
}
