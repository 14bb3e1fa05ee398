package org.greenhub.load;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.greenhub.account.application.PasswordHasher;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.competition.application.EntryReferences;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
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
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.i18n.Language;

/**
 * The judging window of issue 17 (HotCRP's workload) built in a running GreenHub: one competition round with a
 * six-criterion rubric, entries from organisations of their own, judges with their own accounts, a fixed number of
 * judges per entry spread evenly, and submitted sheets with long comments. Built through the entities' own rules and,
 * for the sheets, through {@link JudgeScoring} (window, access, history), in short transactions of {@link #CHUNK}
 * entries so no persistence context grows to the whole workload. Development tooling: it exists only in the dev
 * server's WAR (see {@link LoadSeedResource}).
 */
@ApplicationScoped
public class LoadWorkload {

    /** Entries per transaction: large enough to be quick, small enough that Hibernate's dirty check stays cheap. */
    static final int CHUNK = 100;

    static final String DOMAIN = "@load.greenhub.local";
    /** The accounts' prefix of the load harness (the simulations sign in with it); tests seed under their own. */
    static final String PREFIX = "load";

    static final String MANAGER_PASSWORD = "Load-Manager-2026";

    static String managerEmail(String prefix) {
        return prefix + ".manager" + DOMAIN;
    }

    /** Judge {@code n} (1-based) signs in as {@code load.judge007@load.greenhub.local} with {@code Load-Judge-007}. */
    static String judgeEmail(String prefix, int n) {
        return String.format(Locale.ROOT, "%s.judge%03d%s", prefix, n, DOMAIN);
    }

    static String judgePassword(int n) {
        return String.format(Locale.ROOT, "Load-Judge-%03d", n);
    }

    /** The six criteria: code, weight, and names in English, Chinese, Thai and Vietnamese. */
    static final List<String[]> CRITERIA = List.of(
            new String[] {"technology", "25", "Technology", "技术创新", "นวัตกรรมเทคโนโลยี", "Đổi mới công nghệ"},
            new String[] {"market", "20", "Market", "市场前景", "โอกาสทางการตลาด", "Triển vọng thị trường"},
            new String[] {"business", "15", "Business model", "商业模式", "รูปแบบธุรกิจ", "Mô hình kinh doanh"},
            new String[] {"team", "15", "Team", "团队", "ทีมงาน", "Đội ngũ"},
            new String[] {"green", "15", "Green impact", "绿色效益", "ผลลัพธ์ด้านสิ่งแวดล้อม", "Hiệu quả xanh"},
            new String[] {"feasibility", "10", "Feasibility", "可行性", "ความเป็นไปได้", "Tính khả thi"});

    /** What {@link #setUp} made, handed to the later steps by id (each step is its own transaction). */
    public record Stage(
            long competitionId, long roundId, long panelId, long founderId, long managerId, List<Long> judgeIds) {}

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordHasher hasher;

    @Inject
    EntryReferences references;

    @Inject
    SubjectRegistry subjects;

    @Inject
    JudgeScoring scoring;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** Whether a seeding under {@code prefix} went through: its first judge has assignments. */
    public boolean seeded(String prefix) {
        return em.createQuery("select count(a) from Assignment a where a.judge.email = :email", Long.class)
                        .setParameter("email", judgeEmail(prefix, 1))
                        .getSingleResult()
                > 0;
    }

    /** The accounts (each judge with their own password hash), the edition, rubric, open round and panel. */
    @Transactional
    public Stage setUp(String prefix, int judges) {
        Instant now = Instant.now(clock);
        UserAccount manager = person(
                managerEmail(prefix),
                "Load Manager",
                EnumSet.of(Role.PROGRAMME_MANAGER),
                hasher.hash(MANAGER_PASSWORD),
                now);
        UserAccount founder = person(
                prefix + ".founder" + DOMAIN,
                "Load Founder",
                EnumSet.of(Role.APPLICANT),
                hasher.hash("Load-Founder-2026"),
                now);
        List<UserAccount> judgeAccounts = new ArrayList<>();
        for (int n = 1; n <= judges; n++) {
            judgeAccounts.add(person(
                    judgeEmail(prefix, n),
                    String.format(Locale.ROOT, "Load Judge %03d", n),
                    EnumSet.of(Role.JUDGE),
                    hasher.hash(judgePassword(n)),
                    now));
        }
        Organisation host = organisation("Load Harness Zone Committee", OrganisationKind.GOVERNMENT_BODY, now);

        Instant opens = now.minus(Duration.ofDays(60));
        Instant closes = now.minus(Duration.ofDays(10));
        Competition cup = new Competition(
                "load-harness-cup",
                "Load Harness Cup",
                prefix + "-" + now.getEpochSecond(),
                host,
                LocalDate.ofInstant(opens, ZoneId.of("Asia/Shanghai")).minusYears(10),
                opens,
                closes,
                "Asia/Shanghai",
                now);
        cup.describe(Language.ENGLISH, "Load Harness Cup", "The judging workload of the load harness.");
        cup.describe(Language.CHINESE, "负载测试大赛", "负载测试所用的评审工作量。");
        cup.describe(Language.THAI, "การแข่งขันทดสอบโหลด", "ปริมาณงานการตัดสินสำหรับการทดสอบโหลด");
        cup.describe(Language.VIETNAMESE, "Cuộc thi thử tải", "Khối lượng chấm điểm dùng cho bài thử tải.");
        cup.tracks(
                java.util.Arrays.stream(GreenFocusArea.values()).map(Enum::name).toList());
        cup.rules(new BigDecimal("200000000"), 2, 7);
        cup.addManager(manager);
        cup.moveTo(CompetitionStatus.PUBLISHED);
        em.persist(cup);
        em.flush();

        Instant roundOpened = now.minus(Duration.ofDays(1));
        EvaluationRound round = new EvaluationRound(
                cup.programmeKey(),
                rubric(cup.programmeKey(), "Load round", now),
                new RoundRules(
                        "Load round",
                        5,
                        null,
                        roundOpened,
                        // Far enough ahead that a seeded server stays usable for a month of load runs.
                        now.plus(Duration.ofDays(30)),
                        false,
                        ScoreVisibility.AFTER_ROUND_CLOSES,
                        AggregationMethod.MEAN,
                        1,
                        null,
                        AdvancementRule.TOP_N,
                        AdvancementScope.WHOLE_ROUND,
                        100,
                        null,
                        List.of("technology")),
                now);
        round.open();
        em.persist(round);
        em.flush();
        cup.addRound(round.getId(), "Load round");
        Panel panel = new Panel(round, "Load panel", null, null);
        judgeAccounts.forEach(panel::addJudge);
        em.persist(panel);
        em.flush();
        return new Stage(
                cup.getId(),
                round.getId(),
                panel.getId(),
                founder.getId(),
                manager.getId(),
                judgeAccounts.stream().map(UserAccount::getId).toList());
    }

    /**
     * Entries {@code from} to {@code to - 1}: each from an organisation of its own, submitted, found eligible, moved
     * into the round, and assigned to {@code perEntry} judges spaced evenly over the panel (entry i to judges i,
     * i + n/k, i + 2n/k, ... modulo n), so every judge gets the same share and no judge twice the same entry.
     * Answers the subjects' ids in entry order.
     */
    @Transactional
    public List<Long> entries(Stage stage, int from, int to, int perEntry) {
        Competition cup = em.find(Competition.class, stage.competitionId());
        EvaluationRound round = em.find(EvaluationRound.class, stage.roundId());
        Panel panel = em.find(Panel.class, stage.panelId());
        UserAccount founder = em.find(UserAccount.class, stage.founderId());
        UserAccount manager = em.find(UserAccount.class, stage.managerId());
        Instant submitted = cup.getSubmissionClosesAt().minus(Duration.ofDays(2));
        Instant inRound = round.rules().opensAt();
        GreenFocusArea[] tracks = GreenFocusArea.values();
        int judges = stage.judgeIds().size();
        List<Long> result = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Random random = new Random(i);
            Organisation organisation = organisation(
                    String.format(Locale.ROOT, "Load Start-up %04d Co., Ltd.", i + 1),
                    OrganisationKind.START_UP,
                    submitted.minus(Duration.ofDays(30)));
            CompetitionGroup group = i % 3 == 0 ? CompetitionGroup.GROWTH : CompetitionGroup.START_UP;
            String track = tracks[i % tracks.length].name();
            String title = String.format(Locale.ROOT, "Load project %04d: %s", i + 1, Comments.title(random));
            Entry entry = new Entry(
                    cup, organisation, founder, group, track, title, references.next(), submitted.minusSeconds(3600));
            entry.describe(
                    new Entry.Details(
                            title,
                            group,
                            track,
                            Comments.paragraph(random, 90),
                            Comments.paragraph(random, 120),
                            Comments.paragraph(random, 80),
                            Comments.paragraph(random, 60),
                            BigDecimal.valueOf(1_000_000L + random.nextInt(9_000_000)),
                            BigDecimal.valueOf(100_000L + random.nextInt(900_000)),
                            BigDecimal.valueOf(random.nextInt(20_000_000)),
                            true),
                    submitted.minusSeconds(3600));
            entry.submit(submitted, founder);
            entry.decideEligibility(true, submitted.plus(Duration.ofDays(1)), manager, null);
            em.persist(entry);
            em.flush();
            EvaluationSubject subject = subjects.register(
                    cup.programmeKey(), entry.reference(), title, organisation.getId(), track, group.name());
            em.flush();
            entry.enterFirstRound(subject.getId(), inRound, manager);
            em.persist(new RoundEntry(round, subject, inRound));
            for (int k = 0; k < perEntry; k++) {
                int judge = judgeOf(i, k, judges, perEntry);
                em.persist(new Assignment(
                        round,
                        subject,
                        em.getReference(UserAccount.class, stage.judgeIds().get(judge)),
                        panel,
                        Assignment.Source.AUTO,
                        inRound));
            }
            result.add(subject.getId());
        }
        em.flush();
        return result;
    }

    /** The judge (0-based) in slot {@code k} of entry {@code i}: slots spaced {@code judges / perEntry} apart. */
    static int judgeOf(int i, int k, int judges, int perEntry) {
        return (i + k * (judges / perEntry)) % judges;
    }

    @Transactional
    public void publish(Stage stage) {
        // Judging starts once every entry is in (an entry is submitted only while the edition takes entries).
        em.find(Competition.class, stage.competitionId()).moveTo(CompetitionStatus.JUDGING);
        em.find(EvaluationRound.class, stage.roundId()).publishAssignments();
    }

    /**
     * Submits the sheet of judge {@code judgeId} on {@code subjectId} through the judges' own scoring service (its
     * own transaction): six values and an overall comment of 300 to 550 words, both derived from {@code seed}.
     */
    public void submitSheet(Stage stage, long judgeId, long subjectId, long seed) {
        Random random = new Random(seed);
        Map<String, SheetValue> values = new LinkedHashMap<>();
        for (String[] c : CRITERIA) {
            values.put(
                    c[0],
                    new SheetValue(BigDecimal.valueOf(4 + random.nextInt(13)).multiply(new BigDecimal("0.5")), null));
        }
        scoring.submit(judgeId, stage.roundId(), subjectId, values, Comments.comment(random));
    }

    private Rubric rubric(String programmeKey, String name, Instant now) {
        Rubric rubric = new Rubric(programmeKey, name, now);
        for (String[] c : CRITERIA) {
            RubricCriterion criterion = rubric.addCriterion(
                    c[0], new BigDecimal(c[1]), BigDecimal.ZERO, BigDecimal.TEN, new BigDecimal("0.5"), null);
            for (Language language : Language.values()) {
                criterion.describe(language, c[2 + language.ordinal()], null);
            }
        }
        em.persist(rubric);
        return rubric;
    }

    /**
     * A second round of the seeded edition for timing automatic assignment: the same entries and judges, not yet
     * assigned, each judge with a declared conflict on {@code conflictsPerJudge} entries spread over the round (judge
     * j on entries j*7 + m*97). Answers the new round's id.
     */
    @Transactional
    public long assignmentRound(long seededRoundId, int conflictsPerJudge) {
        Instant now = Instant.now(clock);
        EvaluationRound seeded = em.find(EvaluationRound.class, seededRoundId);
        EvaluationRound round = new EvaluationRound(
                seeded.getProgrammeKey(),
                rubric(seeded.getProgrammeKey(), "Load assignment round", now),
                new RoundRules(
                        "Load assignment round " + now.getEpochSecond(),
                        5,
                        null,
                        now,
                        now.plus(Duration.ofDays(30)),
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
                now);
        em.persist(round);
        List<EvaluationSubject> subjectsInRound = em.createQuery(
                        "select e.subject from RoundEntry e where e.round.id = :r order by e.subject.id",
                        EvaluationSubject.class)
                .setParameter("r", seededRoundId)
                .getResultList();
        List<UserAccount> judges = em
                .createQuery("select distinct a.judge from Assignment a where a.round.id = :r", UserAccount.class)
                .setParameter("r", seededRoundId)
                .getResultList()
                .stream()
                .sorted(java.util.Comparator.comparing(UserAccount::getId))
                .toList();
        Panel panel = new Panel(round, "Load assignment panel", null, null);
        judges.forEach(panel::addJudge);
        em.persist(panel);
        for (EvaluationSubject subject : subjectsInRound) {
            em.persist(new RoundEntry(round, subject, now));
        }
        int n = subjectsInRound.size();
        for (int j = 0; j < judges.size(); j++) {
            for (int m = 0; m < conflictsPerJudge; m++) {
                em.persist(org.greenhub.evaluation.domain.conflict.ConflictDeclaration.onSubject(
                        judges.get(j),
                        subjectsInRound.get((j * 7 + m * 97) % n),
                        org.greenhub.evaluation.domain.conflict.ConflictType.COLLABORATION,
                        "Worked with this team on a pilot last year.",
                        now));
            }
        }
        em.flush();
        return round.getId();
    }

    /** The account, or, after a seeding that stopped half-way, the one it made then (with the same password). */
    private UserAccount person(String email, String name, EnumSet<Role> roles, String hash, Instant now) {
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            return existing.get();
        }
        UserAccount account = UserAccount.invite(email, name, Language.ENGLISH, roles, now);
        account.acceptInvitation(hash, now);
        return accounts.add(account);
    }

    private Organisation organisation(String legalName, OrganisationKind kind, Instant now) {
        Organisation organisation = new Organisation(kind, legalName, now);
        organisation.describe(
                new Organisation.Details(
                        kind,
                        legalName,
                        legalName,
                        null,
                        LocalDate.of(2021, 3, 1),
                        "Load Zone",
                        "Green technology",
                        null),
                now);
        return organisations.add(organisation);
    }
}
