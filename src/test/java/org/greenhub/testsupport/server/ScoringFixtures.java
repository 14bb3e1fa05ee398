package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
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
 * Builds evaluation rounds for tests inside the server: the rubric of the published scoring example (tech, market,
 * team, green, finance; step 1; a comment required for tech below 3), subjects, judges, a manager and an applicant,
 * and assignments of every judge to every subject.
 */
@ApplicationScoped
public class ScoringFixtures {

    @PersistenceContext
    EntityManager em;

    public record Spec(
            List<String> references,
            List<String> groups,
            int judges,
            ScoreVisibility visibility,
            AggregationMethod method,
            AdvancementRule rule,
            AdvancementScope scope,
            Integer count,
            boolean windowOver,
            boolean publishAssignments) {

        public static Spec of(List<String> references, int judges) {
            return new Spec(
                    references,
                    null,
                    judges,
                    ScoreVisibility.AFTER_OWN_SUBMISSION,
                    AggregationMethod.MEAN,
                    AdvancementRule.NONE,
                    AdvancementScope.WHOLE_ROUND,
                    null,
                    false,
                    true);
        }

        public Spec visibility(ScoreVisibility v) {
            return new Spec(references, groups, judges, v, method, rule, scope, count, windowOver, publishAssignments);
        }

        public Spec over() {
            return new Spec(
                    references, groups, judges, visibility, method, rule, scope, count, true, publishAssignments);
        }

        public Spec unpublished() {
            return new Spec(references, groups, judges, visibility, method, rule, scope, count, windowOver, false);
        }

        public Spec advancement(AdvancementRule r, AdvancementScope s, Integer n, List<String> g) {
            return new Spec(references, g, judges, visibility, method, r, s, n, windowOver, publishAssignments);
        }
    }

    public record Fixture(
            long roundId,
            String programmeKey,
            List<Long> subjectIds,
            List<String> references,
            List<Long> judgeIds,
            List<String> judgeEmails,
            long managerId,
            long applicantId) {}

    @Transactional
    public Fixture create(Spec spec) {
        Instant now = TestTime.now();
        String key = TestData.unique("programme");
        Organisation applicantOrg = new Organisation(OrganisationKind.START_UP, TestData.unique("Green start-up"), now);
        em.persist(applicantOrg);

        Rubric rubric = new Rubric(key, "Example rubric", now);
        rubric.addCriterion("tech", bd(30), bd(0), bd(10), bd(1), bd(3));
        rubric.addCriterion("market", bd(20), bd(0), bd(10), bd(1), null);
        rubric.addCriterion("team", bd(15), bd(1), bd(5), bd(1), null);
        rubric.addCriterion("green", bd(25), bd(0), bd(100), bd(1), null);
        rubric.addCriterion("finance", bd(10), bd(0), bd(20), bd(1), null);
        em.persist(rubric);

        Instant opens = spec.windowOver() ? now.minus(Duration.ofDays(2)) : now.minus(Duration.ofDays(1));
        Instant closes = spec.windowOver() ? now.minus(Duration.ofDays(1)) : now.plus(Duration.ofDays(1));
        EvaluationRound round = new EvaluationRound(
                key,
                rubric,
                new RoundRules(
                        "Preliminary round",
                        spec.judges(),
                        null,
                        opens,
                        closes,
                        false,
                        spec.visibility(),
                        spec.method(),
                        1,
                        null,
                        spec.rule(),
                        spec.scope(),
                        spec.count(),
                        null,
                        List.of("green", "tech")),
                now);
        round.open();
        if (spec.publishAssignments()) {
            round.publishAssignments();
        }
        em.persist(round);

        List<EvaluationSubject> subjects = new ArrayList<>();
        for (int i = 0; i < spec.references().size(); i++) {
            String group = spec.groups() == null ? null : spec.groups().get(i);
            EvaluationSubject subject = new EvaluationSubject(
                    key, spec.references().get(i), "Entry " + spec.references().get(i), applicantOrg, null, group, now);
            em.persist(subject);
            em.persist(new RoundEntry(round, subject, now));
            subjects.add(subject);
        }
        List<UserAccount> judges = new ArrayList<>();
        for (int j = 0; j < spec.judges(); j++) {
            UserAccount judge = UserAccount.invite(
                    TestData.email(String.format("j%02d", j)),
                    String.format("Judge %02d", j),
                    Language.ENGLISH,
                    Set.of(Role.JUDGE),
                    now);
            em.persist(judge);
            judges.add(judge);
            for (EvaluationSubject subject : subjects) {
                em.persist(new Assignment(round, subject, judge, null, Assignment.Source.MANUAL, now));
            }
        }
        UserAccount manager = UserAccount.invite(
                TestData.email("manager"), "Manager", Language.ENGLISH, Set.of(Role.PROGRAMME_MANAGER), now);
        em.persist(manager);
        UserAccount applicant = UserAccount.invite(
                TestData.email("applicant"), "Applicant", Language.ENGLISH, Set.of(Role.APPLICANT), now);
        em.persist(applicant);
        return new Fixture(
                round.getId(),
                key,
                subjects.stream().map(EvaluationSubject::getId).toList(),
                spec.references(),
                judges.stream().map(UserAccount::getId).toList(),
                judges.stream().map(UserAccount::getEmail).toList(),
                manager.getId(),
                applicant.getId());
    }

    /** A second round of the same programme, for advancement into it. */
    @Transactional
    public long nextRound(long roundId) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        Instant now = TestTime.now();
        EvaluationRound next = new EvaluationRound(
                round.getProgrammeKey(),
                round.getRubric(),
                new RoundRules(
                        "Final",
                        1,
                        null,
                        now.plus(Duration.ofDays(10)),
                        now.plus(Duration.ofDays(11)),
                        false,
                        ScoreVisibility.NEVER,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.NONE,
                        AdvancementScope.WHOLE_ROUND,
                        null,
                        null,
                        List.of()),
                now);
        em.persist(next);
        return next.getId();
    }

    /** A judge with no assignment in the round. */
    @Transactional
    public long outsideJudge() {
        UserAccount judge = UserAccount.invite(
                TestData.email("outsider"), "Outsider", Language.ENGLISH, Set.of(Role.JUDGE), TestTime.now());
        em.persist(judge);
        return judge.getId();
    }

    @Transactional
    public long sheets(long roundId, long subjectId, long judgeId) {
        return em.createQuery(
                        "select count(s) from ScoreSheet s where s.round.id = :r and s.subject.id = :s and s.judge.id = :j",
                        Long.class)
                .setParameter("r", roundId)
                .setParameter("s", subjectId)
                .setParameter("j", judgeId)
                .getSingleResult();
    }

    @Transactional
    public long sheetsOfRound(long roundId) {
        return em.createQuery("select count(s) from ScoreSheet s where s.round.id = :r", Long.class)
                .setParameter("r", roundId)
                .getSingleResult();
    }

    @Transactional
    public long sheetId(long roundId, long subjectId, long judgeId) {
        return em.createQuery(
                        "select s.id from ScoreSheet s where s.round.id = :r and s.subject.id = :s and s.judge.id = :j",
                        Long.class)
                .setParameter("r", roundId)
                .setParameter("s", subjectId)
                .setParameter("j", judgeId)
                .getSingleResult();
    }

    /** Sheet-level changes of a kind (criterion null): one per submission, reopening or import. */
    @Transactional
    public long sheetEvents(long roundId, long subjectId, long judgeId, String kind) {
        return em.createQuery(
                        "select count(c) from ScoreChange c where c.sheet.round.id = :r and c.sheet.subject.id = :s "
                                + "and c.sheet.judge.id = :j and c.criterionCode is null and c.kind = :kind",
                        Long.class)
                .setParameter("r", roundId)
                .setParameter("s", subjectId)
                .setParameter("j", judgeId)
                .setParameter("kind", org.greenhub.evaluation.domain.ScoreChange.Kind.valueOf(kind))
                .getSingleResult();
    }

    @Transactional
    public List<Long> entriesOf(long roundId) {
        return em.createQuery(
                        "select e.subject.id from RoundEntry e where e.round.id = :r order by e.subject.id", Long.class)
                .setParameter("r", roundId)
                .getResultList();
    }

    /** Moves a round's closing time (the window the progress page calls "late" depends on it). */
    @Transactional
    public void closesAt(long roundId, Instant closes) {
        em.createNativeQuery("update evaluation_round set closes_at = ?1 where id = ?2")
                .setParameter(1, java.sql.Timestamp.from(closes))
                .setParameter(2, roundId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    /** Sets the language an account prefers (mails to it are written in that language). */
    @Transactional
    public void language(long userId, Language language) {
        em.createNativeQuery("update user_account set preferred_locale = ?1 where id = ?2")
                .setParameter(1, language.tag())
                .setParameter(2, userId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
    }

    @Transactional
    public long auditEvents(String action, long roundId) {
        return em.createQuery(
                        "select count(a) from AuditEvent a where a.action = :action and a.entityId = :id", Long.class)
                .setParameter("action", action)
                .setParameter("id", String.valueOf(roundId))
                .getSingleResult();
    }

    private static BigDecimal bd(int value) {
        return BigDecimal.valueOf(value);
    }
}
