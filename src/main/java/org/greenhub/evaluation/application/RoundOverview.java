package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.Panel;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.i18n.Language;

/**
 * A round as its managers read it through the API: its programme, rules, scoring window, rubric and counts, with the
 * round's tag ({@code ETag}: its id and version); and the automatic assignment plan previewed and applied as on the
 * assignment page. Only the programme's managers and administrators reach a round ({@link ManagerAccess}); anyone
 * else is told it does not exist.
 */
@ApplicationScoped
public class RoundOverview {

    @Inject
    ManagerAccess managerAccess;

    @Inject
    RoundRepository rounds;

    @Inject
    ProgressQueries progress;

    @Inject
    ProgrammeDetails programmes;

    @Inject
    AssignmentService assignments;

    @Inject
    RoundResultsService resultsService;

    @Inject
    ProgressService progressService;

    @Inject
    Clock clock;

    @Schema(description = "The programme that owns the round.")
    public record ProgrammeRef(
            @Schema(
                    description = "The kind of programme, the key's part before its colon: competition, intake (an"
                            + " incubator's call), reserve; absent for a key without one.")
            String kind,

            @Schema(description = "The programme key the round belongs to.", example = "competition:12")
            String key,

            @Schema(description = "The programme's name in the caller's language; absent when it names none.")
            String name) {}

    @Schema(description = "A criterion of the rubric with its weight and scale.")
    public record RoundCriterion(
            String code,

            @Schema(description = "Its name in the caller's language (English, else the code, when it has none).")
            String name,

            @Schema(description = "Its weight in the total (weights add up to 100).")
            BigDecimal weight,

            BigDecimal min,
            BigDecimal max,
            BigDecimal step,

            @Schema(description = "A value below this needs a comment; absent when never.")
            BigDecimal commentRequiredBelow) {}

    @Schema(description = "The declared result method.")
    public record ResultMethod(
            AggregationMethod type,

            @Schema(description = "Totals dropped at each end under TRIMMED_MEAN.")
            int trim,

            @Schema(description = "The gap (points of 0-100) beyond which a judge's total counts as an outlier.")
            BigDecimal outlierGap,

            @Schema(description = "The tie-break chain: criterion codes, in order.")
            List<String> tieBreak) {}

    @Schema(description = "Who advances from the round.")
    public record RoundAdvancement(AdvancementRule rule, AdvancementScope scope, Integer count, BigDecimal threshold) {}

    @Schema(description = "The round's size and progress at a glance.")
    public record RoundCounts(int entries, int panels, int judges, int assignments, int drafts, int submitted) {}

    @Schema(description = "A judging round as its managers read it.")
    public record RoundDocument(
            long id,
            String name,
            ProgrammeRef programme,

            @Schema(description = "DRAFT, OPEN or CLOSED.") RoundStatus status,

            @Schema(description = "The round takes no more scores: closed, or open past its closing time.")
            boolean over,

            @Schema(description = "Judges see their assignments.")
            boolean assignmentsPublished,

            @Schema(description = "Judges do not read what identifies the applicant.")
            boolean blind,

            ScoreVisibility scoreVisibility,
            Instant opensAt,
            Instant closesAt,

            @Schema(description = "The IANA time zone the round's times are set in.", example = "Asia/Shanghai")
            String zone,

            int judgesPerEntry,

            @Schema(description = "At most this many entries per judge; absent when unlimited.")
            Integer maxLoadPerJudge,

            @Schema(description = "The rubric's name.") String rubric,

            List<RoundCriterion> criteria,
            ResultMethod method,
            RoundAdvancement advancement,
            RoundCounts counts) {}

    /** A round and its tag. */
    public record TaggedRound(RoundDocument round, String etag) {}

    @Schema(description = "A judge in an assignment plan.")
    public record PlannedJudge(long judgeId, String name) {}

    @Schema(description = "An entry and the judges the plan gives it (besides those assigned by hand).")
    public record PlannedEntry(long subjectId, String reference, List<PlannedJudge> judges) {}

    @Schema(description = "A judge's load once the plan is applied, assignments kept by hand included.")
    public record PlannedLoad(long judgeId, String name, int load) {}

    @Schema(description = "An automatic assignment plan: what applying the seed stores (or stored).")
    public record PlanDocument(
            long seed,

            @Schema(description = "How many new assignments the plan makes.")
            int planned,

            List<PlannedEntry> entries,
            List<PlannedLoad> loads) {}

    /** A plan applied, and the round's new tag. */
    public record AppliedPlan(PlanDocument plan, String etag) {}

    @Transactional
    public TaggedRound round(long roundId, Language language) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = rounds.require(roundId);
        return new TaggedRound(document(round, language), VersionTag.of(roundId, round.getVersion()));
    }

    /** A ranking, the method the round declared, and the entries' titles by reference. */
    public record Ranking(RoundResults results, AggregationMethod declared, Map<String, String> titles) {}

    /** The ranking under a method (null: the declared one), read in one transaction with what names it. */
    @Transactional
    public Ranking ranking(long roundId, AggregationMethod method) {
        RoundResults results = resultsService.results(roundId, method);
        return new Ranking(results, rounds.require(roundId).getMethod(), progressService.entryTitles(roundId));
    }

    /** What applying a seed would store, nothing stored; {@code seed} null: the round's seed. */
    @Transactional
    public PlanDocument preview(long roundId, Long seed) {
        AssignmentPlan plan = assignments.preview(roundId, seed);
        EvaluationRound round = rounds.require(roundId);
        return plan(round, seed == null ? round.getAssignmentSeed() : seed, plan);
    }

    /**
     * Applies the seed's plan when the caller's {@code If-Match} names the round's current version
     * ({@link AssignmentService#applySeen}, which checks it in the applying transaction: 428 without, 412 when the
     * round changed since); {@code seed} null: the round's seed.
     */
    @Transactional
    public AppliedPlan apply(long roundId, IfMatch seen, Long seed) {
        AssignmentPlan plan = assignments.applySeen(roundId, seed, seen);
        EvaluationRound round = rounds.require(roundId);
        return new AppliedPlan(
                plan(round, round.getAssignmentSeed(), plan), VersionTag.of(round.getId(), round.getVersion()));
    }

    private RoundDocument document(EvaluationRound round, Language language) {
        String key = round.getProgrammeKey();
        SubjectDetails programme = programmes.of(key);
        List<RoundCriterion> criteria = round.getRubric().getCriteria().stream()
                .sorted(Comparator.comparingInt(RubricCriterion::getPosition))
                .map(c -> new RoundCriterion(
                        c.getCode(),
                        criterionName(c, language),
                        c.getWeight(),
                        c.getMinValue(),
                        c.getMaxValue(),
                        c.getStep(),
                        c.getCommentRequiredBelow()))
                .toList();
        Object[] totals = progress.totals(round.getId());
        return new RoundDocument(
                round.getId(),
                round.getName(),
                new ProgrammeRef(kind(key), key, programme.programmeName(key, language)),
                round.getStatus(),
                round.isOverAt(Instant.now(clock)),
                round.isAssignmentsPublished(),
                round.isBlind(),
                round.getScoreVisibility(),
                round.getOpensAt(),
                round.getClosesAt(),
                programme.zone(key),
                round.getJudgesPerEntry(),
                round.getMaxLoadPerJudge(),
                round.getRubric().getName(),
                criteria,
                new ResultMethod(round.getMethod(), round.getTrim(), round.getOutlierGap(), round.tieBreakChain()),
                new RoundAdvancement(
                        round.getAdvancementRule(),
                        round.getAdvancementScope(),
                        round.getAdvancementCount(),
                        round.getAdvancementThreshold()),
                new RoundCounts(
                        count(totals[0]),
                        count(totals[1]),
                        count(totals[2]),
                        count(totals[3]),
                        count(totals[4]),
                        count(totals[5])));
    }

    private PlanDocument plan(EvaluationRound round, long seed, AssignmentPlan plan) {
        Map<Long, String> judges = new HashMap<>();
        for (Panel panel : rounds.panels(round.getId())) {
            for (UserAccount judge : panel.getJudges()) {
                judges.put(judge.getId(), judge.getDisplayName());
            }
        }
        List<EvaluationSubject> subjects = rounds.subjectsByReference(round.getId());
        List<PlannedEntry> entries = new ArrayList<>();
        for (EvaluationSubject subject : subjects) {
            List<PlannedJudge> given = plan.judgesOf(subject.getId()).stream()
                    .map(id -> new PlannedJudge(id, judges.get(id)))
                    .toList();
            entries.add(new PlannedEntry(subject.getId(), subject.getReference(), given));
        }
        List<PlannedLoad> loads = plan.loads().entrySet().stream()
                .map(l -> new PlannedLoad(l.getKey(), judges.get(l.getKey()), l.getValue()))
                .toList();
        return new PlanDocument(seed, plan.planned().size(), entries, loads);
    }

    /** The key's programme kind: what comes before its first colon ("competition" of "competition:12"), or null. */
    static String kind(String programmeKey) {
        int colon = programmeKey.indexOf(':');
        return colon <= 0 ? null : programmeKey.substring(0, colon);
    }

    private static String criterionName(RubricCriterion criterion, Language language) {
        org.greenhub.evaluation.domain.CriterionText text = criterion.text(language);
        return text == null || text.getName() == null || text.getName().isBlank()
                ? criterion.getCode()
                : text.getName();
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
