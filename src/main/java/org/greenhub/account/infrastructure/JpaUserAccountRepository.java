package org.greenhub.account.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenhub.account.domain.AccountToken;
import org.greenhub.account.domain.EmailAddress;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.platform.text.SearchKey;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    /** The look-up by e-mail address (tests count its executions in Hibernate's statistics). */
    public static final String BY_EMAIL =
            "select u from UserAccount u left join fetch u.roles where lower(u.email) = :email";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<UserAccount> find(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        if (!EmailAddress.plausible(email)) {
            // No account can have it (and a NUL would make PostgreSQL refuse the query).
            return Optional.empty();
        }
        // One statement with the roles, whether or not the address is known: sign-in does the same work either way.
        return em
                .createQuery(BY_EMAIL, UserAccount.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public boolean emailTaken(String email) {
        return findByEmail(email).isPresent();
    }

    @Override
    public Optional<UserAccount> findByProvider(String issuer, String subject) {
        return em
                .createQuery(
                        "select u from UserAccount u left join fetch u.roles"
                                + " where u.providerIssuer = :issuer and u.providerSubject = :subject",
                        UserAccount.class)
                .setParameter("issuer", issuer)
                .setParameter("subject", subject)
                .getResultList()
                .stream()
                .findFirst();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        return account;
    }

    @Override
    public void addToken(AccountToken token) {
        em.persist(token);
    }

    @Override
    public Optional<AccountToken> findToken(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select t from AccountToken t join fetch t.user where t.tokenHash = :hash and t.purpose = :purpose",
                        AccountToken.class)
                .setParameter("hash", AccountToken.hash(secret))
                .setParameter("purpose", purpose)
                .getResultStream()
                .findFirst();
    }

    @Override
    public long countWithRole(Role role) {
        return em.createQuery("select count(u) from UserAccount u where :role member of u.roles", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    @Override
    public List<UserAccount> page(UserQuery query, int first, int size) {
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "email" -> "u.email";
            case "status" -> "u.status";
            case "createdAt" -> "u.createdAt";
            // ICU collation on the column: names in any script sort properly.
            default -> "u.displayName";
        };
        TypedQuery<UserAccount> typed = em.createQuery(
                "select u from UserAccount u" + where(query, new HashMap<>()) + " order by " + order
                        + (query.ascending() ? " asc" : " desc") + ", u.id",
                UserAccount.class);
        bind(query, typed);
        return typed.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(UserQuery query) {
        TypedQuery<Long> typed =
                em.createQuery("select count(u) from UserAccount u" + where(query, new HashMap<>()), Long.class);
        bind(query, typed);
        return typed.getSingleResult();
    }

    private static String where(UserQuery query, Map<String, Object> unused) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        // Every word must appear in the name or the e-mail address.
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and (u.searchKey like :word")
                    .append(i)
                    .append(" escape '\\' or lower(u.email) like :word")
                    .append(i)
                    .append(" escape '\\')");
        }
        if (query.role() != null) {
            where.append(" and :role member of u.roles");
        }
        if (query.status() != null) {
            where.append(" and u.status = :status");
        }
        return where.toString();
    }

    private static void bind(UserQuery query, TypedQuery<?> typed) {
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            typed.setParameter("word" + i, SearchKey.likeContains(words.get(i)));
        }
        if (query.role() != null) {
            typed.setParameter("role", query.role());
        }
        if (query.status() != null) {
            typed.setParameter("status", query.status());
        }
    }
}
