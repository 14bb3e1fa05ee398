package org.greenhub.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.AccessToken;
import org.greenhub.account.domain.AccessTokenRepository;

@ApplicationScoped
public class JpaAccessTokenRepository implements AccessTokenRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AccessToken> find(long id) {
        return Optional.ofNullable(em.find(AccessToken.class, id));
    }

    @Override
    public Optional<AccessToken> findByHash(String tokenHash) {
        return em.createQuery("select t from AccessToken t where t.tokenHash = :hash", AccessToken.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<AccessToken> ofUser(long userId) {
        return em.createQuery(
                        "select t from AccessToken t where t.userId = :user order by t.createdAt desc, t.id desc",
                        AccessToken.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public void add(AccessToken token) {
        em.persist(token);
    }
}
