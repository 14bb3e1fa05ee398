package org.greenhub.competition.award.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.greenhub.competition.award.domain.Award;
import org.greenhub.competition.award.domain.AwardChange;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.award.domain.AwardRepository;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;

@ApplicationScoped
public class JpaAwardRepository implements AwardRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<AwardResult> findResult(long resultId) {
        return Optional.ofNullable(em.find(AwardResult.class, resultId));
    }

    @Override
    public Optional<AwardResult> findResultLocked(long resultId) {
        return Optional.ofNullable(em.find(AwardResult.class, resultId, LockModeType.PESSIMISTIC_READ));
    }

    @Override
    public Optional<AwardResult> resultOf(long competitionId) {
        return em.createQuery("select r from AwardResult r where r.competitionId = :c", AwardResult.class)
                .setParameter("c", competitionId)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Long> publicResultId(long competitionId) {
        return em.createQuery(
                        "select r.id from AwardResult r where r.competitionId = :c and r.status in :p", Long.class)
                .setParameter("c", competitionId)
                .setParameter("p", List.of(AwardResultStatus.PUBLISHED, AwardResultStatus.FINAL))
                .getResultStream()
                .findFirst();
    }

    @Override
    public void addResultNow(AwardResult result) {
        em.persist(result);
        em.flush();
    }

    @Override
    public void removeResult(AwardResult result) {
        em.createQuery("delete from Award a where a.resultId = :r")
                .setParameter("r", result.getId())
                .executeUpdate();
        em.remove(result);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> claimDue(Instant now) {
        List<Number> due = em.createNativeQuery("""
                        select r.id from award_result r
                        where r.status = 'PUBLISHED' and r.notice_ends_at <= ?1
                          and not exists (select 1 from award a join award_objection o on o.award_id = a.id
                                          where a.result_id = r.id and o.status in ('FILED', 'UNDER_INVESTIGATION'))
                        order by r.id limit 20 for update of r skip locked""").setParameter(1, now).getResultList();
        return due.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<Award> find(long awardId) {
        return Optional.ofNullable(em.find(Award.class, awardId));
    }

    @Override
    public void add(Award award) {
        em.persist(award);
    }

    @Override
    public List<Award> of(long resultId) {
        return em.createQuery("select a from Award a where a.resultId = :r", Award.class)
                .setParameter("r", resultId)
                .getResultList();
    }

    @Override
    public Optional<long[]> byVerificationCode(String code) {
        return em.createQuery("""
                        select a.id, a.resultId from Award a where a.verificationCode = :code""", Object[].class).setParameter("code", code).getResultList().stream()
                .map(r -> new long[] {(Long) r[0], (Long) r[1]})
                .findFirst();
    }

    @Override
    public long openObjections(long resultId) {
        return em.createQuery("""
                        select count(o) from AwardObjection o where o.awardId in (select a.id from Award a where a.resultId = :r)
                        and o.status in (org.greenhub.competition.award.domain.ObjectionStatus.FILED,
                                         org.greenhub.competition.award.domain.ObjectionStatus.UNDER_INVESTIGATION)""", Long.class).setParameter("r", resultId).getSingleResult();
    }

    @Override
    public Optional<AwardObjection> findObjection(long objectionId) {
        return Optional.ofNullable(em.find(AwardObjection.class, objectionId));
    }

    @Override
    public void addObjectionNow(AwardObjection objection) {
        em.persist(objection);
        em.flush();
    }

    @Override
    public void addChange(AwardChange change) {
        em.persist(change);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
