package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * Screening a call's applications with a committee, through the evaluation engine: each call is the programme
 * "intake:&lt;callId&gt;", each submitted application a subject of it. A manager sets up a round here (a ready rubric
 * for start-ups, sensible rules), then panels, judges, assignments and results live on the engine's round pages.
 */
@ApplicationScoped
public class IntakeScreening {

    /** A round of the call, for the call page. */
    public record RoundLine(long id, String name, RoundStatus status, Instant opensAt, Instant closesAt)
            implements java.io.Serializable {}

    /** An application's standing in the latest round that has scores. */
    public record Standing(double score, int rank, int judges, String roundName) implements java.io.Serializable {}

    /** The intake rubric: criterion codes and weights; names and guidance come from the bundles in every language. */
    private static final List<String> CODES = List.of("technology", "business", "market", "team", "green");

    private static final List<Integer> WEIGHTS = List.of(25, 20, 15, 15, 25);

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    IntakeQueries queries;

    @Inject
    IntakeCallService calls;

    @Inject
    RoundSetupService rounds;

    @Inject
    RoundResultsService results;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /**
     * A new screening round for the call with the intake rubric, open from now for three weeks, three judges per
     * application, and every application still being screened (submitted or wait-listed) in it; after a round
     * with advancement decisions, only those that advanced.
     */
    @Transactional
    public RoundLine setUpRound(long callId, String name) {
        IntakeCall call = calls.requireManaged(callId);
        Instant now = Instant.now(clock);
        String roundName = name == null || name.isBlank()
                ? messages.get(
                        Language.ENGLISH.locale(),
                        "incubation.screening.defaultRoundName",
                        roundsOf(callId).size() + 1)
                : name;
        List<RoundSetupService.CriterionDraft> criteria = new java.util.ArrayList<>();
        for (int i = 0; i < CODES.size(); i++) {
            String code = CODES.get(i);
            Map<Language, CriterionText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.all()) {
                texts.put(
                        language,
                        new CriterionText(
                                messages.get(language.locale(), "incubation.rubric." + code + ".name"),
                                messages.get(language.locale(), "incubation.rubric." + code + ".guidance")));
            }
            criteria.add(new RoundSetupService.CriterionDraft(
                    code,
                    BigDecimal.valueOf(WEIGHTS.get(i)),
                    BigDecimal.ZERO,
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    BigDecimal.valueOf(4),
                    texts));
        }
        org.greenhub.evaluation.domain.RoundRules rules = new org.greenhub.evaluation.domain.RoundRules(
                roundName,
                3,
                null,
                now,
                now.plus(Duration.ofDays(21)),
                false,
                ScoreVisibility.AFTER_OWN_SUBMISSION,
                AggregationMethod.MEAN,
                1,
                BigDecimal.valueOf(25),
                AdvancementRule.NONE,
                AdvancementScope.WHOLE_ROUND,
                null,
                null,
                List.of("green", "technology"));
        EvaluationRound round = rounds.createRoundWithRubric(
                call.programmeKey(), shorten(roundName + " — " + call.getTitle()), criteria, rules);
        addApplications(round.getId(), call);
        return line(round);
    }

    /** Adds the call's applications still being screened to the round (ones already in it stay). */
    @Transactional
    public int addApplications(long callId, long roundId) {
        IntakeCall call = calls.requireManaged(callId);
        EvaluationRound round = rounds.view(roundId);
        if (!round.getProgrammeKey().equals(call.programmeKey())) {
            throw DomainException.notFound();
        }
        return addApplications(roundId, call);
    }

    /**
     * Adds the applications still being screened. Once an earlier round of the call has decided who advances, only
     * the applications that advanced from the latest such round come in: a committee's cut is not undone by the next
     * round.
     */
    private int addApplications(long roundId, IntakeCall call) {
        List<Long> subjects = applications.subjectsOf(
                call.getId(), List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.WAIT_LISTED));
        Long decidedRound = queries.lastDecidedRound(call.programmeKey(), roundId);
        if (decidedRound != null) {
            java.util.Set<Long> advanced = queries.advancedIn(decidedRound);
            subjects = subjects.stream().filter(advanced::contains).toList();
        }
        return subjects.isEmpty() ? 0 : rounds.addSubjects(roundId, subjects);
    }

    public List<RoundLine> roundsOf(long callId) {
        IntakeCall call = calls.requireManaged(callId);
        return queries.roundsOf(call.programmeKey()).stream()
                .map(IntakeScreening::line)
                .toList();
    }

    private static RoundLine line(EvaluationRound r) {
        return new RoundLine(r.getId(), r.getName(), r.getStatus(), r.getOpensAt(), r.getClosesAt());
    }

    /** Per evaluation subject id: the score and rank in the latest round of the call that has submitted scores. */
    @Transactional
    public Map<Long, Standing> standings(long callId) {
        List<RoundLine> lines = roundsOf(callId);
        for (int i = lines.size() - 1; i >= 0; i--) {
            RoundResults roundResults = results.results(lines.get(i).id());
            if (!roundResults.entries().isEmpty()) {
                Map<Long, Standing> standings = new HashMap<>();
                for (RoundResults.EntryResult entry : roundResults.entries()) {
                    standings.put(
                            entry.subjectId(),
                            new Standing(
                                    entry.score(),
                                    entry.overallRank(),
                                    entry.judges(),
                                    lines.get(i).name()));
                }
                return standings;
            }
        }
        return Map.of();
    }

    private static String shorten(String name) {
        return name.codePointCount(0, name.length()) <= 200
                ? name
                : name.substring(0, name.offsetByCodePoints(0, 199)) + "…";
    }
}
