package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.PasswordHasher;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.evaluation.domain.conflict.ConflictDeclaration;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.platform.i18n.Language;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** What the judges' pages need on top of {@link ScoringFixtures}: documents, conflicts, blind rounds, usable passwords. */
@ApplicationScoped
public class JudgingFixtures {

    public static final String PASSWORD = "Judge-Test-Password-1";

    @PersistenceContext
    EntityManager em;

    @PersistenceUnit
    EntityManagerFactory emf;

    @Inject
    PasswordHasher hasher;

    /** Hibernate's counters for the whole persistence unit (tests enable and clear them around what they measure). */
    public Statistics statistics() {
        return emf.unwrap(SessionFactory.class).getStatistics();
    }

    /**
     * Forgets every rubric in the second-level cache, as on a server that has just started: the next read of a rubric
     * goes to the database again.
     */
    public void forgetCachedRubrics() {
        org.hibernate.Cache cache = emf.unwrap(SessionFactory.class).getCache();
        cache.evictEntityData(Rubric.class);
        cache.evictEntityData(RubricCriterion.class);
        cache.evictCollectionData(Rubric.class.getName() + ".criteria");
        cache.evictCollectionData(RubricCriterion.class.getName() + ".texts");
    }

    /** Rewords one criterion's name in one language (its guidance kept), as an edit of a rubric's texts does. */
    @Transactional
    public void renameCriterion(long roundId, String code, Language language, String name) {
        RubricCriterion criterion = em.find(EvaluationRound.class, roundId)
                .getRubric()
                .criterion(code)
                .orElseThrow();
        criterion.describe(language, name, criterion.text(language).getGuidance());
    }

    /** An invited account becomes active with {@link #PASSWORD}, so it can sign in (pages) or use Basic auth (API). */
    @Transactional
    public void activate(long userId) {
        em.find(UserAccount.class, userId).acceptInvitation(hasher.hash(PASSWORD), TestTime.now());
    }

    /** Gives a subject a track and group code, as programmes register them (pages must show their names). */
    @Transactional
    public void codes(long subjectId, String track, String group) {
        TestTime.nativeQuery(em, "update evaluation_subject set track = ?1, group_name = ?2 where id = ?3")
                .setParameter(1, track)
                .setParameter(2, group)
                .setParameter(3, subjectId)
                .executeUpdate();
    }

    @Transactional
    public void declareConflict(long judgeId, long subjectId) {
        em.persist(ConflictDeclaration.onSubject(
                em.find(UserAccount.class, judgeId),
                em.find(EvaluationSubject.class, subjectId),
                ConflictType.COLLABORATION,
                "Worked with the team last year",
                TestTime.now()));
    }

    @Transactional
    public void assign(long roundId, long subjectId, long judgeId) {
        em.persist(new Assignment(
                em.find(EvaluationRound.class, roundId),
                em.find(EvaluationSubject.class, subjectId),
                em.find(UserAccount.class, judgeId),
                null,
                Assignment.Source.MANUAL,
                TestTime.now()));
    }

    @Transactional
    public void blind(long roundId) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        RoundRules r = round.rules();
        round.changeRules(
                new RoundRules(
                        r.name(),
                        r.judgesPerEntry(),
                        r.maxLoadPerJudge(),
                        r.opensAt(),
                        r.closesAt(),
                        true,
                        r.scoreVisibility(),
                        r.method(),
                        r.trim(),
                        r.outlierGap(),
                        r.advancementRule(),
                        r.advancementScope(),
                        r.advancementCount(),
                        r.advancementThreshold(),
                        r.tieBreak()),
                "blind for the test");
    }

    @Transactional
    public void visibility(long roundId, org.greenhub.evaluation.domain.ScoreVisibility visibility) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        RoundRules r = round.rules();
        round.changeRules(
                new RoundRules(
                        r.name(),
                        r.judgesPerEntry(),
                        r.maxLoadPerJudge(),
                        r.opensAt(),
                        r.closesAt(),
                        r.blind(),
                        visibility,
                        r.method(),
                        r.trim(),
                        r.outlierGap(),
                        r.advancementRule(),
                        r.advancementScope(),
                        r.advancementCount(),
                        r.advancementThreshold(),
                        r.tieBreak()),
                "visibility for the test");
    }

    @Transactional
    public long document(long subjectId, String label, String fileName, String contentType, byte[] content) {
        SubjectDocument document = new SubjectDocument(
                em.find(EvaluationSubject.class, subjectId), label, fileName, contentType, content, TestTime.now());
        em.persist(document);
        return document.getId();
    }

    /** A further criterion (0 to 10 in steps of 1, named in English) on the round's rubric, before anyone scores. */
    @Transactional
    public void addCriterion(long roundId, String code, String name, String guidance) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        RubricCriterion criterion = round.getRubric()
                .addCriterion(
                        code,
                        java.math.BigDecimal.TEN,
                        java.math.BigDecimal.ZERO,
                        java.math.BigDecimal.TEN,
                        java.math.BigDecimal.ONE,
                        null);
        criterion.describe(Language.ENGLISH, name, guidance);
    }

    /** Names and guidance for the example rubric's criteria, in English and Chinese. */
    @Transactional
    public void describeCriteria(long roundId) {
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        for (RubricCriterion criterion : round.getRubric().getCriteria()) {
            switch (criterion.getCode()) {
                case "tech" -> {
                    criterion.describe(
                            Language.ENGLISH,
                            "Technology",
                            "How new and how proven is the technology? Evidence counts more than claims.");
                    criterion.describe(Language.CHINESE, "技术", "技术的创新性与成熟度如何？");
                }
                case "market" ->
                    criterion.describe(Language.ENGLISH, "Market", "Size of the market and the route to customers.");
                case "team" -> criterion.describe(Language.ENGLISH, "Team", "Can this team deliver the plan?");
                case "green" ->
                    criterion.describe(
                            Language.ENGLISH, "Green impact", "Emissions avoided and resources saved, with figures.");
                case "finance" -> criterion.describe(Language.ENGLISH, "Finance", "Realism of the financial plan.");
                default -> criterion.describe(Language.ENGLISH, criterion.getCode(), null);
            }
        }
    }

    @Transactional
    public String organisationName(long subjectId) {
        return em.find(EvaluationSubject.class, subjectId).getOrganisation().getLegalName();
    }

    @Transactional
    public String title(long subjectId) {
        return em.find(EvaluationSubject.class, subjectId).getTitle();
    }
}
