package org.greenhub.publication.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.CompetitionRound;
import org.greenhub.publication.application.PublicationQueries;

@ApplicationScoped
public class JpaPublicationQueries implements PublicationQueries {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Long> competitionOfEvaluationRound(long evaluationRoundId) {
        return em
                .createQuery("select r from CompetitionRound r where r.evaluationRoundId = :id", CompetitionRound.class)
                .setParameter("id", evaluationRoundId)
                .getResultList()
                .stream()
                .map(r -> r.getCompetition().getId())
                .findFirst();
    }

    @Override
    public List<Object[]> judgesOf(long evaluationRoundId) {
        return em.createQuery("""
                        select distinct u.id, u.email, u.displayName from Assignment a join a.judge u where a.round.id = :r""", Object[].class)
                .setParameter("r", evaluationRoundId)
                .getResultList();
    }

    @Override
    public List<Object[]> standingAwardsByReference(long resultId) {
        return em.createQuery("""
                        select s.reference, a.tier, a.awardeeName from Award a, Entry e, EvaluationSubject s
                        where a.entryId = e.id and s.id = e.evaluationSubjectId and a.resultId = :r
                          and a.status <> org.greenhub.competition.award.domain.AwardStatus.REVOKED""", Object[].class).setParameter("r", resultId).getResultList();
    }

    @Override
    public Optional<UserAccount> entrantOfAward(long awardId) {
        return em.createQuery("""
                        select u from Award a, Entry e join e.createdBy u where a.id = :id and e.id = a.entryId""", UserAccount.class).setParameter("id", awardId).getResultList().stream()
                .findFirst();
    }

    @Override
    public String judgePseudonymSecret() {
        return (String) em.createNativeQuery("select value from publication_secret where name = 'judge-pseudonym'")
                .getSingleResult();
    }
}
