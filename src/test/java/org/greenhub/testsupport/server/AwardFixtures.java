package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundEntry;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.i18n.Language;

/**
 * A competition edition in judging whose final round is scored: two managers of the edition (for four eyes), a
 * manager of nothing, an applicant per entry, an objector, three judges who scored every entry on two criteria
 * (tech 0-10 weight 60, green 0-100 weight 40), and award tiers: start-up group first x1, second x1, third x1;
 * growth group first x1. Entry i (0-based) scores so that entry 0 ranks first, entry 1 second, and so on.
 */
@ApplicationScoped
public class AwardFixtures {

    public record Edition(
            long competitionId,
            long roundId,
            List<Long> entryIds,
            List<String> awardees,
            long managerA,
            long managerB,
            long outsider,
            long objector,
            List<Long> judgeIds,
            List<Long> applicantIds) {}

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    org.greenhub.competition.application.EntryReferences references;

    /** {@code groups}: the group of each entry, in ranking order (best first). */
    @Transactional
    public Edition edition(List<CompetitionGroup> groups, Language applicantLanguage) {
        Instant now = TestTime.now();
        String series =
                TestData.unique("awards").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        Organisation organiser =
                new Organisation(OrganisationKind.GOVERNMENT_BODY, TestData.unique("Zone committee"), now);
        em.persist(organiser);
        UserAccount managerA = account("Manager A", Role.PROGRAMME_MANAGER, Language.ENGLISH, now);
        UserAccount managerB = account("Manager B", Role.PROGRAMME_MANAGER, Language.ENGLISH, now);
        UserAccount outsider = account("Other manager", Role.PROGRAMME_MANAGER, Language.ENGLISH, now);
        UserAccount objector = account("Objector Real Name", Role.APPLICANT, Language.ENGLISH, now);

        Competition competition = new Competition(
                series,
                "Green Cup " + series,
                "2026",
                organiser,
                TestTime.today().minusYears(2),
                now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(30)),
                "Asia/Shanghai",
                now);
        competition.describe(Language.ENGLISH, "Green Cup " + series, "A test edition");
        competition.describe(Language.CHINESE, "绿色大赛 " + series, "测试");
        competition.tracks(List.of("CLEAN_ENERGY", "CLEAN_PRODUCTION"));
        competition.addManager(managerA);
        competition.addManager(managerB);
        competition.moveTo(CompetitionStatus.PUBLISHED);
        competition.moveTo(CompetitionStatus.JUDGING);
        competition.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.FIRST, 1);
        competition.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.SECOND, 1);
        competition.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.THIRD, 1);
        competition.addAwardTier(CompetitionGroup.GROWTH, null, AwardTierCode.FIRST, 1);
        em.persist(competition);
        em.flush();

        String key = competition.programmeKey();
        Rubric rubric = new Rubric(key, "Final rubric", now);
        rubric.addCriterion("tech", BigDecimal.valueOf(60), BigDecimal.ZERO, BigDecimal.TEN, BigDecimal.ONE, null);
        rubric.addCriterion(
                "green", BigDecimal.valueOf(40), BigDecimal.ZERO, BigDecimal.valueOf(100), BigDecimal.ONE, null);
        em.persist(rubric);
        EvaluationRound round = new EvaluationRound(
                key,
                rubric,
                new RoundRules(
                        "Final",
                        3,
                        null,
                        now.minus(Duration.ofDays(10)),
                        now.minus(Duration.ofDays(1)),
                        false,
                        ScoreVisibility.NEVER,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.NONE,
                        AdvancementScope.WHOLE_ROUND,
                        null,
                        null,
                        List.of("green")),
                now);
        round.open();
        round.publishAssignments();
        em.persist(round);
        em.flush();
        competition.addRound(round.getId(), "Final");

        List<UserAccount> judges = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            judges.add(account("Judge " + (char) ('A' + j), Role.JUDGE, Language.ENGLISH, now));
        }
        List<Long> entryIds = new ArrayList<>();
        List<String> awardees = new ArrayList<>();
        List<Long> applicants = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            UserAccount applicant = account("Founder " + i, Role.APPLICANT, applicantLanguage, now);
            applicants.add(applicant.getId());
            Organisation organisation = new Organisation(OrganisationKind.START_UP, TestData.unique("绿色科技 " + i), now);
            em.persist(organisation);
            String track = i % 2 == 0 ? "CLEAN_ENERGY" : "CLEAN_PRODUCTION";
            Entry entry = new Entry(
                    competition, organisation, applicant, groups.get(i), track, "Project " + i, references.next(), now);
            em.persist(entry);
            em.flush();
            EvaluationSubject subject = new EvaluationSubject(
                    key,
                    entry.reference(),
                    entry.getProjectTitle(),
                    organisation,
                    track,
                    groups.get(i).name(),
                    now);
            em.persist(subject);
            em.persist(new RoundEntry(round, subject, now));
            em.flush();
            TestTime.nativeQuery(
                            em,
                            "update competition_entry set status = 'FINALIST', evaluation_subject_id = ?1, submitted_at = created_at where id = ?2")
                    .setParameter(1, subject.getId())
                    .setParameter(2, entry.getId())
                    .executeUpdate();
            for (int j = 0; j < judges.size(); j++) {
                em.persist(new Assignment(round, subject, judges.get(j), null, Assignment.Source.MANUAL, now));
                em.flush();
                Number sheet = (Number) TestTime.nativeQuery(em, """
                                insert into score_sheet (round_id, subject_id, judge_id, status, submitted_at, created_at, updated_at)
                                values (?1, ?2, ?3, 'SUBMITTED', now(), now(), now()) returning id""")
                        .setParameter(1, round.getId())
                        .setParameter(2, subject.getId())
                        .setParameter(3, judges.get(j).getId())
                        .getSingleResult();
                value(sheet, "tech", Math.max(0, 10 - i / 3 - j % 2));
                value(sheet, "green", Math.max(0, 95 - 3 * i - j));
            }
            entryIds.add(entry.getId());
            awardees.add(organisation.getLegalName());
        }
        em.getEntityManagerFactory().getCache().evictAll();
        return new Edition(
                competition.getId(),
                round.getId(),
                entryIds,
                awardees,
                managerA.getId(),
                managerB.getId(),
                outsider.getId(),
                objector.getId(),
                judges.stream().map(UserAccount::getId).toList(),
                applicants);
    }

    /**
     * Adds {@code n} excellence awards to a result, each for its own organisation and entry, by SQL (a page-speed
     * fixture: what the public page reads, without building 1,000 scored entries).
     */
    @Transactional
    public void bulkAwards(long resultId, long competitionId, long createdBy, int n) {
        String tag = TestData.unique("bulk");
        TestTime.nativeQuery(em, """
                        insert into organisation (kind, legal_name, search_key, created_at)
                        select 'START_UP', 'Bulk organisation ' || g || ' ' || ?1, 'bulk', now() from generate_series(1, ?2) g""").setParameter(1, tag).setParameter(2, n).executeUpdate();
        TestTime.nativeQuery(em, """
                        insert into competition_entry (competition_id, organisation_id, created_by, group_code, track, status, project_title,
                                                       search_key, created_at, updated_at)
                        select ?1, o.id, ?2, case when o.id % 2 = 0 then 'START_UP' else 'GROWTH' end,
                               case when o.id % 3 = 0 then 'CLEAN_PRODUCTION' else 'CLEAN_ENERGY' end, 'FINALIST', 'Bulk project ' || o.id,
                               'bulk', now(), now()
                        from organisation o where o.legal_name like ?3""")
                .setParameter(1, competitionId)
                .setParameter(2, createdBy)
                .setParameter(3, "Bulk organisation % " + tag)
                .executeUpdate();
        TestTime.nativeQuery(em, """
                        insert into award (result_id, entry_id, group_code, tier_track, track, tier, tier_order, ranking_rank, score, status,
                                           awardee_name, entry_title, verification_code)
                        select ?1, e.id, e.group_code, null, e.track, 'EXCELLENCE', 4, 100 + row_number() over (order by e.id), 50, 'ACTIVE',
                               o.legal_name, e.project_title, 'B' || upper(substr(md5(e.id::text || ?2), 1, 12))
                        from competition_entry e join organisation o on o.id = e.organisation_id
                        where e.competition_id = ?3 and o.legal_name like ?4""")
                .setParameter(1, resultId)
                .setParameter(2, tag)
                .setParameter(3, competitionId)
                .setParameter(4, "Bulk organisation % " + tag)
                .executeUpdate();
    }

    public org.hibernate.stat.Statistics statistics() {
        return em.getEntityManagerFactory()
                .unwrap(org.hibernate.SessionFactory.class)
                .getStatistics();
    }

    /** Moves the notice period's end into the past (as if the period had run out). */
    @Transactional
    public void endNotice(long resultId) {
        TestTime.nativeQuery(em, "update award_result set notice_ends_at = ?1 where id = ?2")
                .setParameter(1, Timestamp.from(TestTime.now().minus(Duration.ofMinutes(1))))
                .setParameter(2, resultId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    @Transactional
    public long evidenceOf(long objectionId) {
        return ((Number) TestTime.nativeQuery(
                                em, "select stored_file_id from award_objection_evidence where objection_id = ?1")
                        .setParameter(1, objectionId)
                        .getSingleResult())
                .longValue();
    }

    @Transactional
    public long resultOf(long competitionId) {
        return em.createQuery("select r.id from AwardResult r where r.competitionId = :c", Long.class)
                .setParameter("c", competitionId)
                .getSingleResult();
    }

    @Transactional
    public List<Object[]> awards(long resultId) {
        return em.createQuery(
                        "select a.id, a.entryId, a.tier, a.status, a.verificationCode from Award a where a.resultId = :r order by a.tierOrder, a.rankingRank",
                        Object[].class)
                .setParameter("r", resultId)
                .getResultList();
    }

    @Transactional
    public long count(String entity) {
        return em.createQuery("select count(x) from " + entity + " x", Long.class)
                .getSingleResult();
    }

    @Transactional
    public String status(String sql, long id) {
        return String.valueOf(TestTime.nativeQuery(em, sql).setParameter(1, id).getSingleResult());
    }

    private void value(Number sheet, String criterion, int value) {
        TestTime.nativeQuery(em, "insert into score_value (sheet_id, criterion_code, value) values (?1, ?2, ?3)")
                .setParameter(1, sheet.longValue())
                .setParameter(2, criterion)
                .setParameter(3, value)
                .executeUpdate();
    }

    private UserAccount account(String name, Role role, Language language, Instant now) {
        UserAccount account = UserAccount.invite(
                TestData.email(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.')),
                name,
                language,
                Set.of(role),
                now);
        em.persist(account);
        return account;
    }
}
