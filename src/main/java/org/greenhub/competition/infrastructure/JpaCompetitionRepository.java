package org.greenhub.competition.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AwardTier;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRepository;
import org.greenhub.competition.domain.CompetitionStatus;

@ApplicationScoped
public class JpaCompetitionRepository implements CompetitionRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Competition> find(long id) {
        return Optional.ofNullable(em.find(Competition.class, id));
    }

    @Override
    public void add(Competition competition) {
        em.persist(competition);
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public boolean editionTaken(String seriesKey, String edition) {
        return em.createQuery(
                                "select count(c) from Competition c where c.seriesKey = :series and c.edition = :edition",
                                Long.class)
                        .setParameter("series", seriesKey)
                        .setParameter("edition", edition)
                        .getSingleResult()
                > 0;
    }

    @Override
    public boolean exists(long id) {
        return em.createQuery("select count(c) from Competition c where c.id = :id", Long.class)
                        .setParameter("id", id)
                        .getSingleResult()
                > 0;
    }

    @Override
    public void countAsChanged(Competition competition) {
        // at once (not at commit, as the optimistic kind would), so that the caller reads the new version in this
        // transaction; the row stays locked until it ends, so two tier changes to one edition follow each other
        em.lock(competition, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public long countAwardTiers(long id) {
        return em.createQuery("select count(t) from AwardTier t where t.competition.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    @Override
    public List<AwardTier> awardTiers(long id, int offset, int max) {
        return em.createQuery(
                        "select t from AwardTier t where t.competition.id = :id order by t.rankOrder, t.id",
                        AwardTier.class)
                .setParameter("id", id)
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countManagers(long id) {
        return em.createQuery("select count(m) from Competition c join c.managers m where c.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    @Override
    public List<UserAccount> managers(long id, int offset, int max) {
        return em.createQuery(
                        "select m from Competition c join c.managers m where c.id = :id"
                                + " order by lower(m.displayName), m.id",
                        UserAccount.class)
                .setParameter("id", id)
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public boolean managedBy(long id, long userId) {
        return em.createQuery(
                                "select count(c) from Competition c join c.managers m where c.id = :id and m.id = :user",
                                Long.class)
                        .setParameter("id", id)
                        .setParameter("user", userId)
                        .getSingleResult()
                > 0;
    }

    @Override
    public List<Long> allIds() {
        return em.createQuery("select c.id from Competition c", Long.class).getResultList();
    }

    @Override
    public List<Long> idsManagedBy(long userId) {
        return em.createQuery("select c.id from Competition c join c.managers m where m.id = :user", Long.class)
                .setParameter("user", userId)
                .getResultList();
    }

    @Override
    public Optional<String> timeZoneOf(long id) {
        return em.createQuery("select c.timeZone from Competition c where c.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Competition> findAll(Collection<Long> ids) {
        return em.createQuery("select c from Competition c where c.id in :ids", Competition.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public List<Competition> newest(int max) {
        return em.createQuery("select c from Competition c order by c.createdAt desc, c.id desc", Competition.class)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Competition> newestManagedBy(long userId, int max) {
        return em.createQuery(
                        "select c from Competition c join c.managers m where m.id = :user order by c.createdAt desc, c.id desc",
                        Competition.class)
                .setParameter("user", userId)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public List<Competition> withStatuses(Set<CompetitionStatus> statuses, int max) {
        return em.createQuery(
                        "select c from Competition c where c.status in :statuses order by c.submissionClosesAt desc, c.id desc",
                        Competition.class)
                .setParameter("statuses", statuses)
                .setMaxResults(max)
                .getResultList();
    }
}
