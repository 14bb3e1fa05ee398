package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.Assignment;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundEntry;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.Rubric;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.CallRules;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GradeBands;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.Screening;

/**
 * The reserve review's demo: an open reserve call managed by the demo programme manager, with its evaluation round
 * open; two projects in review there (a panel of two demo judges assigned, one sheet submitted, so the manager sees
 * a proposed grade and can list the project) and one submitted project still waiting for review to start.
 */
@ApplicationScoped
public class DemoReserveCalls {

    /** ReserveReview's rubric: code and weight. */
    private static final Map<String, Integer> CRITERIA = new LinkedHashMap<>();

    static {
        CRITERIA.put("benefit", 30);
        CRITERIA.put("feasibility", 25);
        CRITERIA.put("financing", 20);
        CRITERIA.put("maturity", 15);
        CRITERIA.put("evidence", 10);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SubjectRegistry subjects;

    @Inject
    JudgeScoring scoring;

    @Inject
    Messages messages;

    void load(DemoData.Cast cast) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(ReserveCall.DEFAULT_ZONE)));
        ReserveCall call = new ReserveCall(
                LocalisedName.of(
                        "Green project reserve — standing call",
                        "绿色项目储备库常年征集",
                        "ประกาศรับโครงการเข้าคลังโครงการสีเขียว (ตลอดปี)",
                        "Đợt tiếp nhận dự án xanh thường xuyên"),
                today.minusDays(60),
                null,
                new CallRules(
                        Set.of(), Set.of(), Set.of(), Map.of(Benefits.Figure.CO2_AVOIDED_T, new BigDecimal("1.5"))),
                new GradeBands(new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("60")),
                ListingTerm.DEFAULT,
                now.minus(Duration.ofDays(61)));
        call.window(ReserveCall.DEFAULT_ZONE);
        call.addManager(cast.manager().getId());
        em.persist(call);
        em.flush();

        ReserveProject heat = submitted(
                call,
                cast.lvyuan(),
                "余热回收改造（二期）",
                "回收喷涂线和烘干炉的余热，为厂区供暖和预热工艺用水。",
                GreenCategory.ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION,
                new BigDecimal("8600000"),
                new BigDecimal("5000000"),
                new Benefits(new BigDecimal("1850"), new BigDecimal("4600"), null, null),
                now.minus(Duration.ofDays(20)));
        ReserveProject batteries = submitted(
                call,
                cast.battery(),
                "退役动力电池梯次利用储能站",
                "用退役动力电池建设 2 MWh 储能站，为园区光伏削峰填谷。",
                GreenCategory.CLEAN_ENERGY,
                new BigDecimal("12000000"),
                new BigDecimal("9000000"),
                // above the call's ceiling of CO2 per 10,000 yuan: flagged for the judges, as the demo should show
                new Benefits(null, new BigDecimal("2100"), null, new BigDecimal("320")),
                now.minus(Duration.ofDays(15)));
        submitted(
                call,
                cast.water(),
                "Tái sử dụng nước thải dệt nhuộm",
                "Hệ thống màng lọc tái sử dụng 60% nước thải của xưởng nhuộm.",
                GreenCategory.ECOLOGICAL_ENVIRONMENT,
                new BigDecimal("6000000"),
                new BigDecimal("3000000"),
                new Benefits(null, null, new BigDecimal("180000"), null),
                now.minus(Duration.ofDays(3)));

        Instant opened = now.minus(Duration.ofDays(10));
        Rubric rubric = new Rubric(call.programmeKey(), "Reserve review", opened);
        CRITERIA.forEach((code, weight) -> {
            RubricCriterion criterion = rubric.addCriterion(
                    code, BigDecimal.valueOf(weight), BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"), null);
            for (Language language : Language.values()) {
                criterion.describe(
                        language,
                        messages.get(language.locale(), "reserve.review.criterion." + code),
                        messages.get(language.locale(), "reserve.review.criterion." + code + ".guidance"));
            }
        });
        em.persist(rubric);
        EvaluationRound round = new EvaluationRound(
                call.programmeKey(),
                rubric,
                new RoundRules(
                        "储备库评审 · Reserve review",
                        2,
                        null,
                        opened,
                        now.plus(Duration.ofDays(20)),
                        false,
                        ScoreVisibility.AFTER_ROUND_CLOSES,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.THRESHOLD,
                        AdvancementScope.WHOLE_ROUND,
                        null,
                        new BigDecimal("60"),
                        List.of("benefit")),
                opened);
        round.open();
        em.persist(round);
        em.flush();
        call.reviewIn(round.getId());
        Panel panel = new Panel(round, "Reserve panel · 储备库评审组", null, null);
        List<UserAccount> judges = List.of(cast.judgeTech(), cast.judgeInvestor());
        judges.forEach(panel::addJudge);
        em.persist(panel);
        for (ReserveProject project : List.of(heat, batteries)) {
            EvaluationSubject subject = subjects.register(
                    call.programmeKey(),
                    "R-" + project.getId(),
                    project.getTitle(),
                    project.getOrganisationId(),
                    project.getCategory().name(),
                    null);
            project.startReview(subject.getId());
            em.persist(new RoundEntry(round, subject, opened));
            for (UserAccount judge : judges) {
                em.persist(new Assignment(round, subject, judge, panel, Assignment.Source.AUTO, opened));
            }
        }
        round.publishAssignments();
        em.flush();
        Map<String, SheetValue> values = new LinkedHashMap<>();
        CRITERIA.keySet().forEach(code -> values.put(code, new SheetValue(new BigDecimal("9"), null)));
        scoring.submit(
                cast.judgeInvestor().getId(),
                round.getId(),
                heat.getEvaluationSubjectId(),
                values,
                "Measured baseline; payback under four years.");
    }

    private ReserveProject submitted(
            ReserveCall call,
            Organisation owner,
            String title,
            String summary,
            GreenCategory category,
            BigDecimal investment,
            BigDecimal financing,
            Benefits expected,
            Instant submittedAt) {
        ReserveProject project = ReserveProject.draft(
                owner.getId(),
                call.getId(),
                new ReserveProject.Declaration(
                        title,
                        summary,
                        category,
                        null,
                        null,
                        ProjectStage.CONSTRUCTION,
                        investment,
                        financing,
                        Set.of(FinancingInstrument.GREEN_LOAN),
                        expected,
                        "Metered baseline of the last twelve months.",
                        true),
                submittedAt.minus(Duration.ofDays(5)));
        project.submit(Screening.screen(project.facts(), call.rules(), Optional.empty()), submittedAt);
        em.persist(project);
        em.flush();
        return project;
    }
}
