package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.organisation.domain.Affiliation;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;

/** Builds competition editions and entries directly (bypassing the services) for tests that need them as given. */
@ApplicationScoped
public class CompetitionFixtures {

    public static final String TRACK = "CLEAN_ENERGY";

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.greenhub.competition.application.EntryReferences references;

    /** A published edition of the given series, open from an hour ago until {@code closesAt}, managed by {@code managerId}. */
    @Transactional
    public long publishedCompetition(String seriesKey, long organiserId, long managerId, Instant closesAt) {
        Instant now = TestTime.now();
        Competition competition = new Competition(
                seriesKey,
                "Series " + seriesKey,
                TestData.unique("ed"),
                em.find(Organisation.class, organiserId),
                TestTime.today().minusYears(2).withDayOfYear(1),
                closesAt.minus(Duration.ofDays(30)),
                closesAt,
                "Asia/Shanghai",
                now);
        competition.describe(Language.ENGLISH, "Cup " + seriesKey, "A test edition");
        competition.tracks(List.of(TRACK, "CLEAN_PRODUCTION"));
        competition.addManager(em.find(UserAccount.class, managerId));
        competition.moveTo(CompetitionStatus.PUBLISHED);
        em.persist(competition);
        return competition.getId();
    }

    /** A start-up founded on the given date in the given sector, with {@code founderId} as its current founder. */
    @Transactional
    public long startUp(String name, LocalDate founded, String sector, long founderId) {
        Organisation organisation = new Organisation(OrganisationKind.START_UP, TestData.unique(name), TestTime.now());
        organisation.describe(
                new Organisation.Details(
                        OrganisationKind.START_UP,
                        organisation.getLegalName(),
                        null,
                        null,
                        founded,
                        null,
                        sector,
                        null),
                TestTime.now());
        em.persist(organisation);
        em.persist(new Affiliation(
                organisation,
                em.find(UserAccount.class, founderId),
                AffiliationRole.FOUNDER,
                TestTime.today().minusYears(1),
                TestTime.now()));
        return organisation.getId();
    }

    /** Sets the submission window (and keeps the edition published), e.g. to a deadline one second ago. */
    @Transactional
    public void window(long competitionId, Instant opensAt, Instant closesAt) {
        Competition competition = em.find(Competition.class, competitionId);
        competition.window(opensAt, closesAt, competition.getTimeZone());
    }

    @Transactional
    public void requireAttachments(long competitionId, AttachmentKind... kinds) {
        em.find(Competition.class, competitionId).requiredAttachments(List.of(kinds));
    }

    @Transactional
    public void rules(long competitionId, java.math.BigDecimal revenueCap, Integer maxAwards) {
        em.find(Competition.class, competitionId).rules(revenueCap, maxAwards, 7);
    }

    /** Statements Hibernate prepared, for counting. */
    @jakarta.persistence.PersistenceUnit
    jakarta.persistence.EntityManagerFactory emf;

    public org.hibernate.stat.Statistics statistics() {
        return emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
    }

    /** Many submitted entries at once (plain SQL, for list and speed tests): returns how many were inserted. */
    @Transactional
    public int bulkSubmittedEntries(long competitionId, long applicantId, int count, String titlePrefix) {
        TestTime.nativeQuery(
                        em,
                        "insert into organisation (kind, legal_name, search_key, created_at, version) "
                                + "select 'START_UP', ?1 || ' org ' || g, lower(?1 || ' org ' || g), now(), 0 from generate_series(1, ?2) g")
                .setParameter(1, titlePrefix)
                .setParameter(2, count)
                .executeUpdate();
        return TestTime.nativeQuery(
                        em,
                        "insert into competition_entry (competition_id, organisation_id, created_by, group_code, track, status, "
                                + "project_title, search_key, submitted_at, created_at, updated_at, version, green_cleaner_production_audit) "
                                + "select ?1, o.id, ?2, case when o.id % 2 = 0 then 'START_UP' else 'GROWTH' end, ?3, 'SUBMITTED', "
                                + "'Project ' || o.legal_name, lower('project ' || o.legal_name), now(), now(), now(), 0, false "
                                + "from organisation o where o.legal_name like ?4")
                .setParameter(1, competitionId)
                .setParameter(2, applicantId)
                .setParameter(3, TRACK)
                .setParameter(4, titlePrefix + " org %")
                .executeUpdate();
    }

    /** Marks a round's assignments as published (as AssignmentService.publish does), without its preconditions. */
    @Transactional
    public void publishAssignments(long roundId) {
        TestTime.nativeQuery(em, "update evaluation_round set assignments_published = true where id = ?1")
                .setParameter(1, roundId)
                .executeUpdate();
    }

    @jakarta.inject.Inject
    org.greenhub.platform.files.FileStore files;

    /** Stores a file (inspected as uploads are) and links it to the entry; returns the attachment's id. */
    @Transactional
    public long attach(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        long fileId = files.store(fileName, content).getId();
        org.greenhub.competition.domain.EntryAttachment attachment =
                new org.greenhub.competition.domain.EntryAttachment(
                        em.find(Entry.class, entryId), fileId, kind, null, TestTime.now());
        em.persist(attachment);
        return attachment.getId();
    }

    /** A submitted score sheet with an overall comment (set in the table, as if the judge had scored in the round). */
    @Transactional
    public void submittedSheetWithComment(long roundId, long subjectId, long judgeId, String comment) {
        TestTime.nativeQuery(
                        em,
                        "insert into score_sheet (round_id, subject_id, judge_id, status, overall_comment, submitted_at, created_at, updated_at) "
                                + "values (?1, ?2, ?3, 'SUBMITTED', ?4, now(), now(), now())")
                .setParameter(1, roundId)
                .setParameter(2, subjectId)
                .setParameter(3, judgeId)
                .setParameter(4, comment)
                .executeUpdate();
    }

    /** A judge's submitted sheet giving {@code value} to every criterion of the round's rubric (set in the tables). */
    @Transactional
    public void scoreEveryCriterion(long roundId, long subjectId, long judgeId, java.math.BigDecimal value) {
        Number sheet = (Number) TestTime.nativeQuery(
                        em,
                        "insert into score_sheet (round_id, subject_id, judge_id, status, submitted_at, created_at, updated_at) "
                                + "values (?1, ?2, ?3, 'SUBMITTED', now(), now(), now()) returning id")
                .setParameter(1, roundId)
                .setParameter(2, subjectId)
                .setParameter(3, judgeId)
                .getSingleResult();
        TestTime.nativeQuery(
                        em,
                        "insert into score_value (sheet_id, criterion_code, value) select ?1, c.code, ?2 from rubric_criterion c "
                                + "join evaluation_round r on r.rubric_id = c.rubric_id where r.id = ?3")
                .setParameter(1, sheet.longValue())
                .setParameter(2, value)
                .setParameter(3, roundId)
                .executeUpdate();
    }

    /** Puts a round's window in the past and lets only the best {@code count} per scope advance. */
    @Transactional
    public void closeWindowAndAdvanceBest(long roundId, int count) {
        TestTime.nativeQuery(
                        em,
                        "update evaluation_round set opens_at = now() - interval '2 days', closes_at = now() - interval '1 minute', "
                                + "advancement_count = ?1 where id = ?2")
                .setParameter(1, count)
                .setParameter(2, roundId)
                .executeUpdate();
    }

    /** Sets an entry's status directly (the review is tested elsewhere). */
    @Transactional
    public void status(long entryId, org.greenhub.competition.domain.EntryStatus status) {
        TestTime.nativeQuery(
                        em,
                        "update competition_entry set status = ?1, submitted_at = coalesce(submitted_at, now()) where id = ?2")
                .setParameter(1, status.name())
                .setParameter(2, entryId)
                .executeUpdate();
    }

    @Transactional
    public long draftEntry(long competitionId, long organisationId, long applicantId, String title) {
        Entry entry = new Entry(
                em.find(Competition.class, competitionId),
                em.find(Organisation.class, organisationId),
                em.find(UserAccount.class, applicantId),
                CompetitionGroup.START_UP,
                TRACK,
                title,
                references.next(),
                TestTime.now());
        em.persist(entry);
        return entry.getId();
    }

    /** Fills in a draft's content as its applicant would (the form's rules apply). */
    @Transactional
    public void describe(long entryId, Entry.Details details) {
        em.find(Entry.class, entryId).describe(details, TestTime.now());
    }

    /** An entry of an earlier edition that received this award (for the series eligibility rules), set directly in the table. */
    @Transactional
    public long awardedEntry(long competitionId, long organisationId, long applicantId, AwardTierCode tier) {
        long id = draftEntry(competitionId, organisationId, applicantId, TestData.unique("won"));
        em.flush();
        TestTime.nativeQuery(
                        em,
                        "update competition_entry set status = 'AWARDED', award_tier = ?1, submitted_at = created_at where id = ?2")
                .setParameter(1, tier.name())
                .setParameter(2, id)
                .executeUpdate();
        return id;
    }

    @Transactional
    public Entry entry(long entryId) {
        Entry entry = em.find(Entry.class, entryId);
        entry.getTimeline().size();
        entry.getCompetition().getTracks().size();
        return entry;
    }

    @Transactional
    public Competition competition(long competitionId) {
        return em.find(Competition.class, competitionId);
    }
}
