package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryReferences;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.competition.award.application.FinalRanking;
import org.greenhub.competition.award.domain.Award;
import org.greenhub.competition.award.domain.AwardAllocation;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryAttachment;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.RoundResults;
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
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.evaluation.domain.conflict.ConflictDeclaration;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * The competition programme's demo, every date relative to the injected clock so it always shows the same journeys:
 * <ul>
 *   <li>edition Y−2 of the Green Innovation Cup, final (its notice period ended long ago, made final by
 *       {@link AwardService#finaliseDue()}, the job that finalises real results);</li>
 *   <li>edition Y−1, awards published two days ago and in their notice period, with an objection and verifiable
 *       certificates;</li>
 *   <li>edition Y, submissions closed, round 1 open with published assignments for the three demo judges: each has
 *       submitted sheets, one draft and one declared conflict;</li>
 *   <li>the Zone Green Start-up Challenge, open for submissions, with the Thai founder's draft.</li>
 * </ul>
 * Startup has no signed-in caller, and the use cases that a manager or founder triggers refuse to act without one,
 * so entries, rounds and awards are built through the entities' own rules (the same state moves the services make);
 * the judges' sheets go through {@link JudgeScoring}, which takes its judge explicitly and applies the judges' rules.
 */
@ApplicationScoped
public class DemoCompetitions {

    static final String SERIES = "green-innovation-cup";
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** The competition feature's default rubric (CompetitionRounds): code and weight. */
    private static final Map<String, Integer> CRITERIA = new LinkedHashMap<>();

    static {
        CRITERIA.put("technology", 30);
        CRITERIA.put("business", 25);
        CRITERIA.put("market", 20);
        CRITERIA.put("team", 15);
        CRITERIA.put("green", 10);
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EntryReferences references;

    @Inject
    EntryAttachments attachments;

    @Inject
    FileStore files;

    @Inject
    SubjectRegistry subjects;

    @Inject
    JudgeScoring scoring;

    @Inject
    FinalRanking finalRanking;

    @Inject
    AwardService awards;

    @Inject
    Messages messages;

    /** One demo project: who enters it, and what the form holds. */
    record Project(
            Organisation organisation,
            UserAccount founder,
            CompetitionGroup group,
            GreenFocusArea track,
            String title,
            String summary,
            String technology,
            String market,
            String team,
            long revenue,
            long rdSpend,
            long funding,
            GreenIndustryCategory category,
            double energySaved,
            double emissionsAvoided,
            double waterReused,
            double wasteRecycled) {}

    void load(DemoData.Cast cast) {
        Instant now = Instant.now(clock);
        int year = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")).getYear();
        List<Project> projects = projects(cast);
        finalEdition(cast, year - 2, projects.subList(0, 4), now);
        noticeEdition(cast, year - 1, projects.subList(0, 5), now);
        currentEdition(cast, year, projects, now);
        openChallenge(cast, year, now);
    }

    /** Y−2: judged and awarded about ten months ago; the notice period ran out, so the finaliser makes it final. */
    private void finalEdition(DemoData.Cast cast, int year, List<Project> projects, Instant now) {
        Instant closed = now.minus(Duration.ofDays(330));
        Competition cup = edition(cast, year, closed.minus(Duration.ofDays(60)), closed, now);
        List<Entry> entries = enter(cup, projects, closed.minus(Duration.ofDays(10)), cast.manager());
        cup.moveTo(CompetitionStatus.JUDGING);
        EvaluationRound round = onSiteFinal(cup, entries, cast, closed.plus(Duration.ofDays(20)), now);
        awardsOf(cup, round, cast, closed.plus(Duration.ofDays(30)));
        em.flush();
        // The job every node runs hourly: it finds the notice period over with no open objection and makes the result
        // final.
        awards.finaliseDue();
    }

    /** Y−1: the same finalists' successors; awards published two days ago (seven-day notice), one objection filed. */
    private void noticeEdition(DemoData.Cast cast, int year, List<Project> projects, Instant now) {
        Instant closed = now.minus(Duration.ofDays(40));
        Competition cup = edition(cast, year, closed.minus(Duration.ofDays(60)), closed, now);
        List<Entry> entries = enter(cup, projects, closed.minus(Duration.ofDays(5)), cast.manager());
        cup.moveTo(CompetitionStatus.JUDGING);
        EvaluationRound round = onSiteFinal(cup, entries, cast, now.minus(Duration.ofDays(6)), now);
        AwardResult result = awardsOf(cup, round, cast, now.minus(Duration.ofDays(2)));
        Award first = em.createQuery(
                        "select a from Award a where a.resultId = :r order by a.tierOrder, a.rankingRank", Award.class)
                .setParameter("r", result.getId())
                .setMaxResults(1)
                .getSingleResult();
        byte[] evidence = DemoFiles.pdf(
                "Objection evidence",
                List.of(
                        "Purchase order 2024-117 for the pilot line, dated after the entry was submitted.",
                        "The entry states the pilot line ran for twelve months before the deadline; the order shows it was bought later."));
        long file = files.store("objection-evidence.pdf", evidence).getId();
        Instant filed = now.minus(Duration.ofDays(1));
        result.requireObjectionsOpen(filed);
        em.persist(new AwardObjection(
                first.getId(),
                cast.founderVn().getId(),
                "Nguyễn Thị Hương",
                AwardObjection.text(
                        "The winning entry claims a pilot line that ran for a year before the deadline. The attached purchase "
                                + "order shows the line was bought afterwards. Tôi đề nghị ban tổ chức xác minh lại số liệu này."),
                List.of(file),
                filed));
    }

    /** Y: submissions closed ten days ago; round 1 opened three days ago and closes in two weeks. */
    private void currentEdition(DemoData.Cast cast, int year, List<Project> projects, Instant now) {
        Instant closed = now.minus(Duration.ofDays(10));
        Competition cup = edition(cast, year, closed.minus(Duration.ofDays(60)), closed, now);
        List<Entry> entries = enter(cup, projects, closed.minus(Duration.ofDays(3)), cast.manager());
        cup.moveTo(CompetitionStatus.JUDGING);
        Instant opened = now.minus(Duration.ofDays(3));
        EvaluationRound round = round(
                cup,
                "Round 1 · 初赛",
                new RoundRules(
                        "Round 1 · 初赛",
                        3,
                        null,
                        opened,
                        now.plus(Duration.ofDays(14)),
                        false,
                        ScoreVisibility.AFTER_ROUND_CLOSES,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.TOP_N,
                        AdvancementScope.PER_GROUP,
                        3,
                        null,
                        List.of("technology")),
                opened);
        List<EvaluationSubject> inRound = intoRound(cup, round, entries, cast.manager(), opened);
        Panel panel = new Panel(round, "Panel A · 评审组 A", null, null);
        List<UserAccount> judges = List.of(cast.judgeTech(), cast.judgeInvestor(), cast.judgeVn());
        judges.forEach(panel::addJudge);
        em.persist(panel);
        for (EvaluationSubject subject : inRound) {
            for (UserAccount judge : judges) {
                em.persist(new Assignment(round, subject, judge, panel, Assignment.Source.AUTO, opened));
            }
        }
        round.publishAssignments();
        // Each judge declared a conflict with one entry (their own ties to it); the engine then leaves it out of their
        // queue.
        conflict(
                cast.judgeTech(),
                inRound.get(0),
                ConflictType.COLLABORATION,
                "Our lab ran joint catalyst tests with this team last year.",
                opened);
        conflict(
                cast.judgeInvestor(),
                inRound.get(1),
                ConflictType.SHAREHOLDING_OR_INVESTMENT,
                "Evergreen holds a stake in this company.",
                opened);
        conflict(
                cast.judgeVn(),
                inRound.get(2),
                ConflictType.ADVISING_WITHIN_3_YEARS,
                "Tôi là cố vấn kỹ thuật của công ty này năm ngoái.",
                opened);
        em.flush();
        // Two submitted sheets and one draft per judge, through the judges' own scoring service (window, access,
        // history).
        sheets(round, cast.judgeTech(), List.of(inRound.get(1), inRound.get(3)), inRound.get(4), new double[] {
            7.5, 8, 6.5, 7, 9
        });
        sheets(round, cast.judgeInvestor(), List.of(inRound.get(0), inRound.get(4)), inRound.get(3), new double[] {
            6.5, 8.5, 8, 7, 6
        });
        sheets(round, cast.judgeVn(), List.of(inRound.get(3), inRound.get(5)), inRound.get(0), new double[] {
            8, 7, 7.5, 8, 8.5
        });
    }

    /** The challenge still open for submissions, two months to go, with the Thai founder's draft (the applicant's journey). */
    private void openChallenge(DemoData.Cast cast, int year, Instant now) {
        Competition challenge = new Competition(
                "zone-green-challenge",
                "Zone Green Start-up Challenge",
                String.valueOf(year),
                cast.zone(),
                LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")).minusYears(3),
                now.minus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(60)),
                "Asia/Shanghai",
                now);
        challenge.describe(
                Language.ENGLISH,
                "Zone Green Start-up Challenge " + year,
                "For start-ups of the zone with a green product: rolling submissions, mentoring for every eligible entry.");
        challenge.describe(Language.CHINESE, "园区绿色初创挑战赛 " + year, "面向园区拥有绿色产品的初创企业：随时提交，所有合格参赛项目均可获得导师辅导。");
        challenge.describe(
                Language.THAI,
                "การแข่งขันสตาร์ทอัปสีเขียวในเขตอุตสาหกรรม " + year,
                "สำหรับสตาร์ทอัปในเขตที่มีผลิตภัณฑ์สีเขียว ส่งผลงานได้ตลอดช่วงเปิดรับ และผลงานที่ผ่านคุณสมบัติทุกชิ้นได้รับคำแนะนำจากพี่เลี้ยง");
        challenge.describe(
                Language.VIETNAMESE,
                "Cuộc thi Khởi nghiệp Xanh của Khu " + year,
                "Dành cho các công ty khởi nghiệp trong khu có sản phẩm xanh: nộp hồ sơ liên tục, mọi hồ sơ hợp lệ đều được cố vấn.");
        challenge.tracks(
                java.util.Arrays.stream(GreenFocusArea.values()).map(Enum::name).toList());
        challenge.requiredAttachments(List.of(AttachmentKind.BUSINESS_PLAN));
        challenge.rules(new BigDecimal("200000000"), 2, 7);
        challenge.addManager(cast.manager());
        for (CompetitionGroup group : CompetitionGroup.values()) {
            challenge.addAwardTier(group, null, AwardTierCode.FIRST, 1);
            challenge.addAwardTier(group, null, AwardTierCode.SECOND, 3);
            challenge.addAwardTier(group, null, AwardTierCode.THIRD, 5);
        }
        challenge.moveTo(CompetitionStatus.PUBLISHED);
        em.persist(challenge);
        em.persist(new Entry(
                challenge,
                cast.greenEnergy(),
                cast.founderTh(),
                CompetitionGroup.START_UP,
                "CLEAN_ENERGY",
                "Solar-powered cold storage for farms",
                references.next(),
                now));
    }

    private Competition edition(DemoData.Cast cast, int year, Instant opens, Instant closes, Instant now) {
        Competition cup = new Competition(
                SERIES,
                "Green Innovation Cup",
                String.valueOf(year),
                cast.zone(),
                LocalDate.ofInstant(opens, ZoneId.of("Asia/Shanghai")).minusYears(3),
                opens,
                closes,
                "Asia/Shanghai",
                now);
        cup.describe(
                Language.ENGLISH,
                "Green Innovation Cup " + year,
                "Innovation and entrepreneurship competition for green industry in the zone.");
        cup.describe(Language.CHINESE, "绿色创新创业大赛 " + year, "面向园区绿色产业的创新创业大赛。");
        cup.describe(
                Language.THAI,
                "การแข่งขันนวัตกรรมสีเขียว " + year,
                "การแข่งขันนวัตกรรมและการเป็นผู้ประกอบการด้านอุตสาหกรรมสีเขียวในเขตอุตสาหกรรม");
        cup.describe(
                Language.VIETNAMESE,
                "Cuộc thi Đổi mới Xanh " + year,
                "Cuộc thi đổi mới sáng tạo và khởi nghiệp công nghiệp xanh trong khu.");
        cup.tracks(
                java.util.Arrays.stream(GreenFocusArea.values()).map(Enum::name).toList());
        cup.requiredAttachments(List.of(AttachmentKind.BUSINESS_PLAN));
        cup.rules(new BigDecimal("200000000"), 2, 7);
        cup.addManager(cast.manager());
        cup.addManager(cast.manager2());
        cup.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.FIRST, 1);
        cup.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.SECOND, 1);
        cup.addAwardTier(CompetitionGroup.START_UP, null, AwardTierCode.THIRD, 1);
        cup.moveTo(CompetitionStatus.PUBLISHED);
        em.persist(cup);
        em.flush();
        return cup;
    }

    /** Drafts filled in, green figures checked, business plan and chart attached, submitted before the deadline and found eligible. */
    private List<Entry> enter(Competition cup, List<Project> projects, Instant submittedAt, UserAccount manager) {
        List<Entry> entries = new ArrayList<>();
        Instant drafted = submittedAt.minus(Duration.ofDays(14));
        int baselineYear =
                LocalDate.ofInstant(drafted, ZoneId.of("Asia/Shanghai")).getYear() - 1;
        for (Project p : projects) {
            Entry entry = new Entry(
                    cup,
                    p.organisation(),
                    p.founder(),
                    p.group(),
                    p.track().name(),
                    p.title(),
                    references.next(),
                    drafted);
            entry.describe(
                    new Entry.Details(
                            p.title(),
                            p.group(),
                            p.track().name(),
                            p.summary(),
                            p.technology(),
                            p.market(),
                            p.team(),
                            BigDecimal.valueOf(p.revenue()),
                            BigDecimal.valueOf(p.rdSpend()),
                            BigDecimal.valueOf(p.funding()),
                            true),
                    drafted);
            GreenMetrics metrics = new GreenMetrics();
            metrics.setBaselineYear(baselineYear);
            metrics.setCategory(p.category());
            metrics.setBaselineEnergyUseMwh(BigDecimal.valueOf(Math.max(p.energySaved() * 4, 100)));
            metrics.setEnergySavedMwhPerYear(BigDecimal.valueOf(p.energySaved()));
            metrics.setEmissionsAvoidedTco2ePerYear(BigDecimal.valueOf(p.emissionsAvoided()));
            metrics.setWaterReusedM3PerYear(BigDecimal.valueOf(p.waterReused()));
            metrics.setWasteRecycledTonnesPerYear(BigDecimal.valueOf(p.wasteRecycled()));
            metrics.setCleanerProductionAudit(p.group() == CompetitionGroup.GROWTH);
            metrics.setMethodNote(
                    "Metered at the pilot site over twelve months; emissions with the regional grid factor 0.5703 tCO2e/MWh.");
            var problems = entry.recordMetrics(metrics, Clock.fixed(drafted, ZoneId.of("UTC")));
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo metrics refused for " + p.title() + ": " + problems);
            }
            em.persist(entry);
            em.flush();
            attach(
                    entry,
                    AttachmentKind.BUSINESS_PLAN,
                    "business-plan.pdf",
                    DemoFiles.pdf(
                            p.title(),
                            List.of(
                                    "Business plan — " + p.organisation().getLegalName(),
                                    ascii(p.summary()),
                                    ascii(p.technology()),
                                    ascii(p.market()),
                                    ascii(p.team()),
                                    String.format(
                                            java.util.Locale.ROOT,
                                            "Revenue last year: %,d yuan. R&D spend: %,d yuan. Funding raised: %,d yuan.",
                                            p.revenue(),
                                            p.rdSpend(),
                                            p.funding()))),
                    drafted);
            attach(
                    entry,
                    AttachmentKind.GREEN_EVIDENCE,
                    "green-figures.png",
                    DemoFiles.chart(
                            "Green figures per year",
                            List.of("MWh saved", "tCO2e avoided", "m3 water", "t waste"),
                            List.of(p.energySaved(), p.emissionsAvoided(), p.waterReused(), p.wasteRecycled())),
                    drafted);
            entry.submit(submittedAt, p.founder());
            entry.decideEligibility(true, submittedAt.plus(Duration.ofDays(4)), manager, null);
            entries.add(entry);
        }
        return entries;
    }

    private void attach(Entry entry, AttachmentKind kind, String name, byte[] content, Instant at) {
        em.persist(new EntryAttachment(
                entry,
                files.store(name, content).getId(),
                kind,
                entry.getCreatedBy().getId(),
                at));
    }

    /** The PDF's standard fonts draw Latin only: the English part of a bilingual text (up to the first CJK, Thai or Vietnamese line). */
    private static String ascii(String text) {
        return text.lines()
                .filter(line -> line.chars().allMatch(c -> c < 0x250))
                .collect(Collectors.joining(" "));
    }

    /** An evaluation round with the competition's default rubric (texts in the four languages from the bundles), opened, linked to the edition. */
    private EvaluationRound round(Competition cup, String name, RoundRules rules, Instant at) {
        Rubric rubric = new Rubric(cup.programmeKey(), name, at);
        CRITERIA.forEach((code, weight) -> {
            RubricCriterion criterion = rubric.addCriterion(
                    code, BigDecimal.valueOf(weight), BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"), null);
            for (Language language : Language.values()) {
                criterion.describe(
                        language,
                        messages.get(language.locale(), "competition.criterion." + code),
                        messages.get(language.locale(), "competition.criterion." + code + ".guidance"));
            }
        });
        em.persist(rubric);
        EvaluationRound round = new EvaluationRound(cup.programmeKey(), rubric, rules, at);
        round.open();
        em.persist(round);
        em.flush();
        cup.addRound(round.getId(), name);
        return round;
    }

    /** As the manager's "move into round 1": each entry becomes a subject with its attachments as documents. */
    private List<EvaluationSubject> intoRound(
            Competition cup, EvaluationRound round, List<Entry> entries, UserAccount manager, Instant at) {
        List<EvaluationSubject> result = new ArrayList<>();
        for (Entry entry : entries) {
            EvaluationSubject subject = subjects.register(
                    cup.programmeKey(),
                    entry.reference(),
                    entry.getProjectTitle(),
                    entry.getOrganisation().getId(),
                    entry.getTrack(),
                    entry.getGroup().name());
            em.flush();
            attachments.registerWithSubject(entry, subject);
            entry.enterFirstRound(subject.getId(), at, manager);
            em.persist(new RoundEntry(round, subject, at));
            result.add(subject);
        }
        em.flush();
        return result;
    }

    /** A past edition's only round: the final, scored on paper at an on-site session and imported (the window does not apply to imports). */
    private EvaluationRound onSiteFinal(
            Competition cup, List<Entry> entries, DemoData.Cast cast, Instant held, Instant now) {
        EvaluationRound round = round(
                cup,
                "Final · 决赛",
                new RoundRules(
                        "Final · 决赛",
                        3,
                        null,
                        held.minus(Duration.ofDays(1)),
                        held,
                        false,
                        ScoreVisibility.AFTER_ROUND_CLOSES,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.NONE,
                        AdvancementScope.WHOLE_ROUND,
                        null,
                        null,
                        List.of("technology")),
                held.minus(Duration.ofDays(2)));
        List<EvaluationSubject> inRound =
                intoRound(cup, round, entries, cast.manager(), held.minus(Duration.ofDays(2)));
        List<UserAccount> judges = List.of(cast.judgeTech(), cast.judgeInvestor(), cast.judgeVn());
        for (int i = 0; i < inRound.size(); i++) {
            for (int j = 0; j < judges.size(); j++) {
                em.persist(new Assignment(
                        round,
                        inRound.get(i),
                        judges.get(j),
                        null,
                        Assignment.Source.MANUAL,
                        held.minus(Duration.ofDays(2))));
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                int k = 0;
                for (String code : CRITERIA.keySet()) {
                    values.put(code, BigDecimal.valueOf(Math.max(2, 9.5 - i - 0.5 * ((j + k++) % 3))));
                }
                List<ScoreChange> changes = new ArrayList<>();
                em.persist(ScoreSheet.imported(
                        round, inRound.get(i), judges.get(j), values, cast.manager(), held, changes));
                em.flush();
                changes.forEach(em::persist);
            }
        }
        round.publishAssignments();
        round.close();
        em.flush();
        return round;
    }

    /** Proposed from the final ranking by one manager, approved by the other (four eyes), published at {@code published}. */
    private AwardResult awardsOf(Competition cup, EvaluationRound round, DemoData.Cast cast, Instant published) {
        RoundResults ranking = finalRanking.of(round.getId());
        Map<Long, Entry> bySubject = em
                .createQuery("select e from Entry e where e.competition = :c", Entry.class)
                .setParameter("c", cup)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Entry::getEvaluationSubjectId, Function.identity()));
        List<AwardAllocation.Ranked> ranked = ranking.entries().stream()
                .map(e -> {
                    Entry entry = bySubject.get(e.subjectId());
                    return new AwardAllocation.Ranked(
                            entry.getId(), entry.getGroup(), entry.getTrack(), e.overallRank(), e.score());
                })
                .toList();
        List<AwardAllocation.Allocated> allocated = AwardAllocation.allocate(
                ranked,
                cup.getAwardTiers().stream()
                        .map(t -> new AwardAllocation.Tier(t.getGroup(), t.getTrack(), t.getTier(), t.getCount()))
                        .toList());
        AwardResult result = new AwardResult(
                cup.getId(),
                round.getId(),
                cast.manager().getId(),
                CanonicalResults.sha256(FinalRanking.canonical(ranking)),
                published.minus(Duration.ofDays(1)));
        em.persist(result);
        em.flush();
        Map<Long, Entry> byId =
                bySubject.values().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
        for (AwardAllocation.Allocated a : allocated) {
            Entry entry = byId.get(a.entryId());
            em.persist(new Award(
                    result.getId(), a, entry.getOrganisation().getLegalName(), entry.getProjectTitle(), code()));
        }
        result.approve(cast.manager2().getId(), published.minus(Duration.ofHours(20)));
        result.publish(published, cup.getNoticePeriodDays());
        cup.moveTo(CompetitionStatus.NOTICE);
        em.flush();
        return result;
    }

    private void conflict(UserAccount judge, EvaluationSubject subject, ConflictType type, String reason, Instant at) {
        em.persist(ConflictDeclaration.onSubject(judge, subject, type, reason, at));
    }

    /** Submits a sheet on each of {@code submitted} (values shifted per entry, a comment each) and keeps a half-filled draft on {@code draft}. */
    private void sheets(
            EvaluationRound round,
            UserAccount judge,
            List<EvaluationSubject> submitted,
            EvaluationSubject draft,
            double[] base) {
        for (int s = 0; s < submitted.size(); s++) {
            Map<String, SheetValue> values = new LinkedHashMap<>();
            int k = 0;
            for (String code : CRITERIA.keySet()) {
                values.put(code, new SheetValue(BigDecimal.valueOf(Math.min(10, base[k++] + (s == 0 ? 0 : -1))), null));
            }
            scoring.submit(
                    judge.getId(),
                    round.getId(),
                    submitted.get(s).getId(),
                    values,
                    s == 0
                            ? "Convincing pilot data; the market plan needs named first customers."
                            : "Solid team, but the green figures rest on one site.");
        }
        Map<String, SheetValue> half = new LinkedHashMap<>();
        half.put("technology", new SheetValue(BigDecimal.valueOf(base[0]), null));
        half.put("business", new SheetValue(BigDecimal.valueOf(base[1]), null));
        scoring.saveDraft(
                judge.getId(),
                round.getId(),
                draft.getId(),
                half,
                "To check: the payback period in the financial plan.");
    }

    private String code() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Six projects with real content, each text in English and its founder's language (judges read both). */
    private static List<Project> projects(DemoData.Cast c) {
        return List.of(
                new Project(
                        c.lvyuan(),
                        c.founderCn(),
                        CompetitionGroup.START_UP,
                        GreenFocusArea.ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
                        "Low-temperature VOC oxidation for coating lines",
                        "A catalytic unit that destroys solvent fumes at 180 °C instead of 750 °C, cutting the gas bill of a coating line by two thirds.\n"
                                + "低温催化氧化装置，在180 °C下分解涂装线的有机废气，燃气费用降低三分之二。",
                        "Manganese-cerium catalyst on a honeycomb carrier, two utility-model patents, a 20,000 m³/h unit running since March.\n"
                                + "蜂窝载体锰铈催化剂，两项实用新型专利，20,000 m³/h 装置自三月起运行。",
                        "1,800 coating lines in Jiangsu alone must meet the 2025 VOC limits; first two customers are auto-part suppliers in the park.\n"
                                + "仅江苏就有1,800条涂装线须达到2025年VOC限值。",
                        "Li Wei (process engineer, 12 years at a catalyst maker), two chemists from Jiangnan Institute of Technology, one sales lead.\n"
                                + "李伟（工艺工程师，催化剂企业12年经验），两名江南理工大学化学博士，一名销售负责人。",
                        1_250_000,
                        420_000,
                        3_000_000,
                        GreenIndustryCategory.ENERGY_SAVING_ENVIRONMENTAL_PROTECTION,
                        410,
                        233.8,
                        0,
                        0),
                new Project(
                        c.greenEnergy(),
                        c.founderTh(),
                        CompetitionGroup.START_UP,
                        GreenFocusArea.CLEAN_ENERGY,
                        "Rooftop solar and storage controller for factories",
                        "A controller that shifts factory loads to rooftop solar hours and peak-shaves with a 500 kWh battery.\n"
                                + "ตัวควบคุมที่ย้ายโหลดของโรงงานไปใช้ช่วงที่มีไฟจากโซลาร์บนหลังคา และลดค่าพีคด้วยแบตเตอรี่ 500 kWh",
                        "Forecasting from 15-minute meter data; runs on the plant's own PLC network, no cloud needed.\n"
                                + "พยากรณ์จากข้อมูลมิเตอร์ทุก 15 นาที ทำงานบนเครือข่าย PLC ของโรงงานเอง",
                        "Industrial estates in Thailand and the zone; demand charges are a third of a factory's power bill.\n"
                                + "นิคมอุตสาหกรรมในไทยและในเขต ค่าความต้องการพลังไฟฟ้าคิดเป็นหนึ่งในสามของค่าไฟโรงงาน",
                        "Napat Wongsa (power engineer), two embedded developers, one project manager.\n"
                                + "นภัส วงศ์สา (วิศวกรไฟฟ้ากำลัง) นักพัฒนาระบบฝังตัวสองคน ผู้จัดการโครงการหนึ่งคน",
                        860_000,
                        310_000,
                        1_500_000,
                        GreenIndustryCategory.CLEAN_ENERGY,
                        920,
                        524.7,
                        0,
                        0),
                new Project(
                        c.xanh(),
                        c.founderVn(),
                        CompetitionGroup.START_UP,
                        GreenFocusArea.RESOURCE_RECOVERY_RECYCLING,
                        "Building boards from mixed plastic waste",
                        "Boards for formwork and partitions pressed from unsorted household plastic, replacing plywood.\n"
                                + "Tấm ván cốp pha và vách ngăn ép từ nhựa thải sinh hoạt chưa phân loại, thay thế gỗ dán.",
                        "Low-temperature extrusion with rice-husk filler; boards pass 30 reuse cycles on site.\n"
                                + "Ép đùn nhiệt độ thấp với chất độn trấu; tấm ván dùng lại được 30 lần tại công trường.",
                        "Construction firms in Ho Chi Minh City and the zone; plywood prices rose 40 % in two years.\n"
                                + "Các công ty xây dựng tại TP.HCM và trong khu; giá gỗ dán tăng 40 % trong hai năm.",
                        "Nguyễn Thị Hương (materials engineer), a plant manager, two operators.\n"
                                + "Nguyễn Thị Hương (kỹ sư vật liệu), một quản đốc nhà máy, hai công nhân vận hành.",
                        540_000,
                        150_000,
                        800_000,
                        GreenIndustryCategory.ECOLOGICAL_ENVIRONMENT,
                        0,
                        1_150,
                        0,
                        2_400),
                new Project(
                        c.water(),
                        c.founderWater(),
                        CompetitionGroup.START_UP,
                        GreenFocusArea.URBAN_GREEN_GOVERNANCE,
                        "Modular greywater reuse for industrial parks",
                        "Container-sized membrane units that return washing and cooling water to the plant, sized per building.\n"
                                + "Các mô-đun màng lọc cỡ container đưa nước rửa và nước làm mát trở lại nhà máy.",
                        "Ceramic membranes with automatic backwash; remote monitoring of turbidity and conductivity.\n"
                                + "Màng gốm tự rửa ngược; giám sát từ xa độ đục và độ dẫn điện.",
                        "Parks facing water quotas: 40 plants in the zone pay above-quota tariffs.\n"
                                + "Các khu công nghiệp bị hạn ngạch nước: 40 nhà máy trong khu trả giá vượt hạn ngạch.",
                        "Phạm Quốc Bảo (water engineer), a membrane specialist, a service technician.\n"
                                + "Phạm Quốc Bảo (kỹ sư cấp thoát nước), một chuyên gia màng lọc, một kỹ thuật viên.",
                        720_000,
                        200_000,
                        1_200_000,
                        GreenIndustryCategory.ECOLOGICAL_ENVIRONMENT,
                        35,
                        19.9,
                        86_000,
                        0),
                new Project(
                        c.battery(),
                        c.founderBattery(),
                        CompetitionGroup.GROWTH,
                        GreenFocusArea.RESOURCE_RECOVERY_RECYCLING,
                        "Second-life EV batteries for telecom base stations",
                        "Retired electric-vehicle packs graded, rebuilt and used as backup power for 5G base stations.\n"
                                + "退役动力电池经分选、重组后用作5G基站备用电源。",
                        "Impedance-spectroscopy grading in 90 seconds per module; battery management system of our own.\n"
                                + "电化学阻抗谱分选，每个模组90秒；自研电池管理系统。",
                        "Operators replace 200,000 lead-acid banks a year in East China; pilot with one operator's Suzhou branch.\n"
                                + "华东地区运营商每年更换20万组铅酸电池；已与一家运营商苏州分公司试点。",
                        "Zhao Min (battery engineer), 18 staff, a certified recycling licence.\n"
                                + "赵敏（电池工程师），员工18人，持有再生利用资质。",
                        6_400_000,
                        1_100_000,
                        12_000_000,
                        GreenIndustryCategory.CLEAN_ENERGY,
                        0,
                        1_870,
                        0,
                        640),
                new Project(
                        c.bio(),
                        c.founderBio(),
                        CompetitionGroup.START_UP,
                        GreenFocusArea.CLEAN_PRODUCTION,
                        "Cassava-starch food packaging",
                        "Trays and clamshells from cassava starch and bagasse that compost in 60 days.\n"
                                + "ถาดและกล่องอาหารจากแป้งมันสำปะหลังและชานอ้อย ย่อยสลายได้ใน 60 วัน",
                        "Thermoforming line converted from foam; water-resistant coating without fluorine.\n"
                                + "สายการผลิตขึ้นรูปด้วยความร้อนที่ดัดแปลงจากโฟม สารเคลือบกันน้ำไร้ฟลูออรีน",
                        "Food delivery and ready-meal makers; three supermarket chains have tested the trays.\n"
                                + "ธุรกิจส่งอาหารและผู้ผลิตอาหารพร้อมทาน ห้างค้าปลีกสามแห่งได้ทดลองใช้แล้ว",
                        "Kanya Srisuk (food engineer), a packaging designer, four production staff.\n"
                                + "กัญญา ศรีสุข (วิศวกรอาหาร) นักออกแบบบรรจุภัณฑ์ พนักงานฝ่ายผลิตสี่คน",
                        380_000,
                        90_000,
                        500_000,
                        GreenIndustryCategory.CLEAN_PRODUCTION,
                        60,
                        210.5,
                        1_200,
                        320));
    }
}
