package org.greenhub.account.domain;

import java.util.List;
import java.util.Optional;

/** Personal access tokens. */
public interface AccessTokenRepository {

    Optional<AccessToken> find(long id);

    /** The token whose secret has this SHA-256, if any. */
    Optional<AccessToken> findByHash(String tokenHash);

    /** An account's tokens, newest first, revoked ones too. */
    List<AccessToken> ofUser(long userId);

    void add(AccessToken token);
}
