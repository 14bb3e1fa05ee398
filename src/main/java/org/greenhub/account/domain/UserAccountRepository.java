package org.greenhub.account.domain;

import java.util.List;
import java.util.Optional;

public interface UserAccountRepository {

    Optional<UserAccount> find(long id);

    Optional<UserAccount> findByEmail(String email);

    boolean emailTaken(String email);

    /** The account linked to this person at this OpenID Connect provider. */
    Optional<UserAccount> findByProvider(String issuer, String subject);

    UserAccount add(UserAccount account);

    void addToken(AccountToken token);

    Optional<AccountToken> findToken(String secret, AccountToken.Purpose purpose);

    long countWithRole(Role role);

    /** A page of users, filtered by a search text (name or e-mail, any script), role and status, sorted in the database. */
    List<UserAccount> page(UserQuery query, int first, int size);

    long count(UserQuery query);

    record UserQuery(String text, Role role, AccountStatus status, String sortField, boolean ascending) {}
}
