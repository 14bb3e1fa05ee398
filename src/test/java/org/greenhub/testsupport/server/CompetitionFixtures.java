package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Builds competition editions and entries directly (bypassing the services) for tests that need them as given. */
@ApplicationScoped
public class CompetitionFixtures {

    public static final String TRACK = "CLEAN_ENERGY";

    @PersistenceContext
    EntityManager em;

    /** A published edition of the given series, open from an hour ago until {@code closesAt}, managed by {@code managerId}. */
    @Transactional
    public long publishedCompetition(String seriesKey, long organiserId, long managerId, Instant closesAt) {
        Instant now = Instant.now();
        Competition competition = new Competition(seriesKey, "Series " + seriesKey, TestData.unique("ed"), em.find(Organisation.class, organiserId),
                LocalDate.now().minusYears(2).withDayOfYear(1), closesAt.minus(Duration.ofDays(30)), closesAt, "Asia/Shanghai", now);
        competition.describe(Language.ENGLISH, "Cup " + seriesKey, "A test edition");
        competition.tracks(List.of(TRACK, "CLEAN_PRODUCTION"));
        competition.addManager(em.find(UserAccount.class, managerId));
        competition.moveTo(CompetitionStatus.PUBLISHED);
        em.persist(competition);
        return competition.getId();
    }

    @Transactional
    public long draftEntry(long competitionId, long organisationId, long applicantId, String title) {
        Entry entry = new Entry(em.find(Competition.class, competitionId), em.find(Organisation.class, organisationId),
                em.find(UserAccount.class, applicantId), CompetitionGroup.START_UP, TRACK, title, Instant.now());
        em.persist(entry);
        return entry.getId();
    }

    /** An entry of an earlier edition that received this award (for the series eligibility rules), set directly in the table. */
    @Transactional
    public long awardedEntry(long competitionId, long organisationId, long applicantId, AwardTierCode tier) {
        long id = draftEntry(competitionId, organisationId, applicantId, TestData.unique("won"));
        em.flush();
        em.createNativeQuery("update competition_entry set status = 'AWARDED', award_tier = ?1, submitted_at = created_at where id = ?2")
                .setParameter(1, tier.name()).setParameter(2, id).executeUpdate();
        return id;
    }

    @Transactional
    public Entry entry(long entryId) {
        Entry entry = em.find(Entry.class, entryId);
        entry.getTimeline().size();
        return entry;
    }

    @Transactional
    public Competition competition(long competitionId) {
        return em.find(Competition.class, competitionId);
    }
}
