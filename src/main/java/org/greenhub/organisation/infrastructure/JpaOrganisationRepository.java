package org.greenhub.organisation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.text.SearchKey;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Organisation add(Organisation organisation) {
        em.persist(organisation);
        return organisation;
    }

    @Override
    public void addAffiliation(Affiliation affiliation) {
        em.persist(affiliation);
    }

    @Override
    public boolean registrationCodeTaken(String code, Long exceptId) {
        if (code == null) {
            return false;
        }
        return em.createQuery(
                                "select count(o) from Organisation o where upper(o.registrationCode) = :code and o.id <> :except",
                                Long.class)
                        .setParameter("code", code.toUpperCase(Locale.ROOT))
                        .setParameter("except", exceptId == null ? -1L : exceptId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Affiliation> affiliationsOf(long userId) {
        return em.createQuery(
                        "select a from Affiliation a join fetch a.organisation where a.person.id = :user "
                                + "order by a.period.until desc nulls first, a.period.since desc",
                        Affiliation.class)
                .setParameter("user", userId)
                .getResultList();
    }

    /** A person's affiliations valid on :today: begun, and not ended before it (both days count, as Period.contains). */
    private static final String CURRENT_AFFILIATION = " where a.person.id = :user"
            + " and a.period.since <= :today and (a.period.until is null or a.period.until >= :today)";

    @Override
    public List<Affiliation> currentAffiliationsOf(long userId, LocalDate today, int offset, int limit) {
        // the id last, so that pages neither repeat nor skip affiliations that began and end on the same days
        return em.createQuery(
                        "select a from Affiliation a join fetch a.organisation" + CURRENT_AFFILIATION
                                + " order by a.period.until desc nulls first, a.period.since desc, a.id",
                        Affiliation.class)
                .setParameter("user", userId)
                .setParameter("today", today)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countCurrentAffiliationsOf(long userId, LocalDate today) {
        return em.createQuery("select count(a) from Affiliation a" + CURRENT_AFFILIATION, Long.class)
                .setParameter("user", userId)
                .setParameter("today", today)
                .getSingleResult();
    }

    @Override
    public List<Affiliation> people(long organisationId, int offset, int limit) {
        return em.createQuery(
                        "select a from Affiliation a join fetch a.person where a.organisation.id = :org "
                                + "order by a.period.until desc nulls first, a.person.searchKey, a.id",
                        Affiliation.class)
                .setParameter("org", organisationId)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countPeople(long organisationId) {
        return em.createQuery("select count(a) from Affiliation a where a.organisation.id = :org", Long.class)
                .setParameter("org", organisationId)
                .getSingleResult();
    }

    @Override
    public List<Affiliation> people(long organisationId) {
        return em.createQuery(
                        "select a from Affiliation a join fetch a.person where a.organisation.id = :org "
                                + "order by a.period.until desc nulls first, a.person.searchKey",
                        Affiliation.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    @Override
    public Optional<Affiliation> findAffiliation(long id) {
        return Optional.ofNullable(em.find(Affiliation.class, id));
    }

    @Override
    public List<Organisation> page(OrganisationQuery query, int first, int size) {
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "kind" -> "o.kind";
            case "foundingDate" -> "o.foundingDate";
            case "zone" -> "o.zone";
            case "createdAt" -> "o.createdAt";
            // The column has the Unicode (ICU) collation, so Latin, Chinese, Thai and Vietnamese names sort properly.
            default -> "o.legalName";
        };
        TypedQuery<Organisation> typed = em.createQuery(
                "select o from Organisation o" + where(query) + " order by " + order
                        + (query.ascending() ? " asc" : " desc") + ", o.id",
                Organisation.class);
        bind(query, typed);
        return typed.setFirstResult(first).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrganisationQuery query) {
        TypedQuery<Long> typed = em.createQuery("select count(o) from Organisation o" + where(query), Long.class);
        bind(query, typed);
        return typed.getSingleResult();
    }

    private static String where(OrganisationQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        // Every word of the search must appear, in any order, in a name or the code.
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            where.append(" and o.searchKey like :word").append(i).append(" escape '\\'");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = :kind");
        }
        return where.toString();
    }

    private static void bind(OrganisationQuery query, TypedQuery<?> typed) {
        List<String> words = SearchKey.words(query.text());
        for (int i = 0; i < words.size(); i++) {
            typed.setParameter("word" + i, SearchKey.likeContains(words.get(i)));
        }
        if (query.kind() != null) {
            typed.setParameter("kind", query.kind());
        }
    }
}
