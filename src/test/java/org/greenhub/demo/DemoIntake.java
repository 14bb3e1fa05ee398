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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.greenhub.evaluation.domain.SubjectDocument;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.incubation.domain.ApplicationDocument;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * Incubation intake's demo: besides the call open for applications (DemoData), an earlier call whose window closed
 * ten days ago and whose screening round is open, with the three demo judges' sheets (two submitted each), so the
 * incubator manager sees applications with scores and ranks. Built like the intake services build it (applications
 * registered as evaluation subjects with their business plans; the screening rubric from the bundles); the sheets go
 * through {@link JudgeScoring}.
 */
@ApplicationScoped
public class DemoIntake {

    /** IntakeScreening's rubric: code and weight. */
    private static final Map<String, Integer> CRITERIA = new LinkedHashMap<>();

    static {
        CRITERIA.put("technology", 25);
        CRITERIA.put("business", 20);
        CRITERIA.put("market", 15);
        CRITERIA.put("team", 15);
        CRITERIA.put("green", 25);
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    FileStore files;

    @Inject
    SubjectRegistry subjects;

    @Inject
    JudgeScoring scoring;

    @Inject
    Messages messages;

    record Applicant(
            Organisation organisation,
            UserAccount founder,
            String title,
            String summary,
            GreenFocusArea focus,
            double emissions) {}

    void load(Incubator incubator, DemoData.Cast cast) {
        Instant now = Instant.now(clock);
        // title and description in the four languages (the per-language columns of V640), not one bilingual string
        IntakeCall call = new IntakeCall(
                incubator,
                new IntakeCall.Terms(
                        four(
                                "Autumn intake",
                                "秋季入孵招募",
                                "รับสมัครเข้าบ่มเพาะรอบฤดูใบไม้ร่วง",
                                "Đợt tuyển vào vườn ươm mùa thu"),
                        four(
                                "Eight places in the shared lab and pilot hall; screening by the incubator's panel, decisions within a month.",
                                "共享实验室和中试车间共八个名额；由孵化器评审组初筛，一个月内作出决定。",
                                "แปดที่ในห้องปฏิบัติการร่วมและอาคารทดลองการผลิต คัดกรองโดยคณะกรรมการของศูนย์บ่มเพาะ และตัดสินภายในหนึ่งเดือน",
                                "Tám suất tại phòng thí nghiệm dùng chung và xưởng sản xuất thử; hội đồng của vườn ươm sơ tuyển, quyết định trong vòng một tháng."),
                        now.minus(Duration.ofDays(45)),
                        now.minus(Duration.ofDays(10)),
                        8,
                        36,
                        14),
                now.minus(Duration.ofDays(50)));
        call.publish();
        em.persist(call);
        em.flush();
        List<Applicant> applicants = List.of(
                new Applicant(
                        cast.water(),
                        cast.founderWater(),
                        "Greywater reuse pilot in the park",
                        "Two membrane units on the incubator's pilot hall, treating the canteen's and the lab's greywater.",
                        GreenFocusArea.URBAN_GREEN_GOVERNANCE,
                        19.9),
                new Applicant(
                        cast.bio(),
                        cast.founderBio(),
                        "Compostable trays for ready meals",
                        "A thermoforming cell for cassava-starch trays, tested with the zone's canteen supplier.",
                        GreenFocusArea.CLEAN_PRODUCTION,
                        210.5),
                new Applicant(
                        cast.battery(),
                        cast.founderBattery(),
                        "Battery grading lab",
                        "A grading bench for retired EV modules, shared with other residents for cell testing.",
                        GreenFocusArea.RESOURCE_RECOVERY_RECYCLING,
                        1870),
                new Applicant(
                        cast.lvyuan(),
                        cast.founderCn(),
                        "Catalyst test rig",
                        "A small VOC test rig for catalyst samples from customers' coating lines.",
                        GreenFocusArea.ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
                        233.8));
        Instant applied = now.minus(Duration.ofDays(20));
        List<EvaluationSubject> screened = new ArrayList<>();
        for (Applicant a : applicants) {
            GreenMetrics metrics = new GreenMetrics();
            metrics.setBaselineYear(
                    LocalDate.ofInstant(applied, ZoneId.of("Asia/Shanghai")).getYear() - 1);
            metrics.setCategory(GreenIndustryCategory.ENERGY_SAVING_ENVIRONMENTAL_PROTECTION);
            metrics.setEmissionsAvoidedTco2ePerYear(BigDecimal.valueOf(a.emissions()));
            metrics.setMethodNote("Measured at the pilot customer over twelve months.");
            IntakeApplication application = new IntakeApplication(
                    call,
                    a.organisation(),
                    a.founder().getId(),
                    a.title(),
                    a.summary(),
                    a.focus(),
                    true,
                    false,
                    metrics,
                    applied);
            em.persist(application);
            byte[] plan = DemoFiles.pdf(
                    a.title(),
                    List.of(
                            "Business plan — " + a.organisation().getLegalName(),
                            a.summary(),
                            "Twelve-month plan: pilot, first paying customer, certification."));
            long file = files.store("business-plan.pdf", plan).getId();
            em.persist(new ApplicationDocument(application, file, ApplicationDocument.Purpose.BUSINESS_PLAN, applied));
            em.flush();
            EvaluationSubject subject = subjects.register(
                    call.programmeKey(),
                    application.reference(),
                    a.title(),
                    a.organisation().getId(),
                    a.focus().name(),
                    null);
            em.persist(new SubjectDocument(
                    subject,
                    messages.get(Language.ENGLISH.locale(), ApplicationDocument.Purpose.BUSINESS_PLAN.messageKey()),
                    "business-plan.pdf",
                    "application/pdf",
                    plan,
                    applied));
            application.screenedAs(subject.getId());
            screened.add(subject);
        }
        Instant opened = now.minus(Duration.ofDays(7));
        Rubric rubric = new Rubric(call.programmeKey(), "Screening — Autumn intake", opened);
        CRITERIA.forEach((code, weight) -> {
            RubricCriterion criterion = rubric.addCriterion(
                    code,
                    BigDecimal.valueOf(weight),
                    BigDecimal.ZERO,
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    BigDecimal.valueOf(4));
            for (Language language : Language.values()) {
                criterion.describe(
                        language,
                        messages.get(language.locale(), "incubation.rubric." + code + ".name"),
                        messages.get(language.locale(), "incubation.rubric." + code + ".guidance"));
            }
        });
        em.persist(rubric);
        EvaluationRound round = new EvaluationRound(
                call.programmeKey(),
                rubric,
                new RoundRules(
                        "Screening · 入孵初筛",
                        3,
                        null,
                        opened,
                        now.plus(Duration.ofDays(14)),
                        false,
                        ScoreVisibility.AFTER_OWN_SUBMISSION,
                        AggregationMethod.MEAN,
                        1,
                        BigDecimal.valueOf(25),
                        AdvancementRule.NONE,
                        AdvancementScope.WHOLE_ROUND,
                        null,
                        null,
                        List.of("green", "technology")),
                opened);
        round.open();
        em.persist(round);
        Panel panel = new Panel(round, "Incubator panel · 孵化器评审组", null, null);
        List<UserAccount> judges = List.of(cast.judgeTech(), cast.judgeInvestor(), cast.judgeVn());
        judges.forEach(panel::addJudge);
        em.persist(panel);
        for (EvaluationSubject subject : screened) {
            em.persist(new RoundEntry(round, subject, opened));
            for (UserAccount judge : judges) {
                em.persist(new Assignment(round, subject, judge, panel, Assignment.Source.AUTO, opened));
            }
        }
        round.publishAssignments();
        em.flush();
        for (int j = 0; j < judges.size(); j++) {
            for (int s = 0; s < 2; s++) {
                Map<String, SheetValue> values = new LinkedHashMap<>();
                int k = 0;
                for (String code : CRITERIA.keySet()) {
                    values.put(code, new SheetValue(BigDecimal.valueOf(8 - s - (j + k++) % 3), null));
                }
                scoring.submit(
                        judges.get(j).getId(),
                        round.getId(),
                        screened.get(s).getId(),
                        values,
                        "Clear plan for the pilot hall; space need is realistic.");
            }
        }
    }

    /** A demo text in the four UI languages. */
    private static org.greenhub.platform.i18n.LocalisedInput four(String en, String zh, String th, String vi) {
        org.greenhub.platform.i18n.LocalisedInput text = new org.greenhub.platform.i18n.LocalisedInput();
        text.setEn(en);
        text.setZh(zh);
        text.setTh(th);
        text.setVi(vi);
        return text;
    }
}
