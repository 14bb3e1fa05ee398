package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.JudgeFlag;
import org.greenhub.evaluation.domain.scoring.JudgeStatistics;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.evaluation.domain.scoring.OutlierScore;
import org.greenhub.evaluation.domain.scoring.RankedEntry;
import org.greenhub.evaluation.domain.scoring.Score;
import org.greenhub.evaluation.domain.scoring.ScoringEngine;
import org.greenhub.evaluation.domain.scoring.ScoringInput;
import org.greenhub.evaluation.domain.scoring.ScoringResult;
import org.greenhub.platform.api.IgnoredJsonFields;
import org.greenhub.platform.error.DomainException;

/**
 * The public calculator's use case: recompute a result from its scores, with the same engine the round results page
 * uses. Its request and response records are the calculator's published format, shared by the REST resource
 * ({@code evaluation.api.CalculatorResource}) and by the transparency packs that publication writes, so that a pack
 * can be posted to the calculator as it is. Bad input is a {@link DomainException} naming the offending item.
 */
@ApplicationScoped
public class Calculator {

    private final ScoringEngine engine = new ScoringEngine();

    public CalculationResponse calculate(CalculationRequest request) {
        if (request == null) {
            throw required("body");
        }
        Method method = method(request.method());
        ScoringResult result = engine.rank(
                new ScoringInput(criteria(request.criteria()), tieBreak(request.tieBreak()), scores(request.scores())),
                method);
        return CalculationResponse.of(result);
    }

    private static Method method(MethodInput method) {
        if (method == null) {
            throw required("method");
        }
        if (method.type() == null) {
            throw required("method.type");
        }
        AggregationMethod type;
        try {
            type = AggregationMethod.valueOf(method.type().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("method.type", "evaluation.calculator.unknownMethod", method.type());
        }
        return new Method(
                type,
                method.trim() == null ? Method.DEFAULT_TRIM : method.trim(),
                method.outlierGap() == null ? Method.DEFAULT_OUTLIER_GAP : method.outlierGap());
    }

    private static List<Criterion> criteria(List<CriterionInput> criteria) {
        if (criteria == null) {
            return List.of();
        }
        List<Criterion> converted = new ArrayList<>(criteria.size());
        for (int i = 0; i < criteria.size(); i++) {
            CriterionInput criterion = criteria.get(i);
            String field = "criteria[" + i + "]";
            if (criterion == null) {
                throw required(field);
            }
            converted.add(new Criterion(
                    present(criterion.code(), field + ".code"),
                    present(criterion.weight(), field + ".weight"),
                    present(criterion.min(), field + ".min"),
                    present(criterion.max(), field + ".max")));
        }
        return converted;
    }

    private static List<String> tieBreak(List<String> tieBreak) {
        if (tieBreak == null) {
            return List.of();
        }
        for (int i = 0; i < tieBreak.size(); i++) {
            present(tieBreak.get(i), "tieBreak[" + i + "]");
        }
        return tieBreak;
    }

    private static List<Score> scores(List<ScoreInput> scores) {
        if (scores == null) {
            return List.of();
        }
        List<Score> converted = new ArrayList<>(scores.size());
        for (int i = 0; i < scores.size(); i++) {
            ScoreInput score = scores.get(i);
            String field = "scores[" + i + "]";
            if (score == null) {
                throw required(field);
            }
            // Blank or missing identifiers are refused by the engine, which knows the same field names.
            converted.add(new Score(
                    score.entry(), score.judge(), score.criterion(), present(score.value(), field + ".value")));
        }
        return converted;
    }

    private static <T> T present(T value, String field) {
        if (value == null) {
            throw required(field);
        }
        return value;
    }

    private static DomainException required(String field) {
        return DomainException.invalid(field, "evaluation.calculator.required", field);
    }

    /** {@code trim} and {@code outlierGap} are optional: 1 and 25 points. */
    @JsonbPropertyOrder({"type", "trim", "outlierGap"})
    @Schema(
            description =
                    "The aggregation method: `type` (`MEAN`, `MEDIAN`, `TRIMMED_MEAN` or `ZSCORE`; docs/scoring.md), `trim` (judges dropped at each end, default 1) and `outlierGap` (the gap, in points of 0-100, beyond which a judge's total is an outlier, default 25).",
            example = "{\"type\":\"MEAN\"}")
    public record MethodInput(String type, Integer trim, Double outlierGap) {}

    @Schema(
            description = "A criterion: its code, weight and scale.",
            example = "{\"code\":\"tech\",\"weight\":60,\"min\":0,\"max\":10}")
    public record CriterionInput(String code, Double weight, Double min, Double max) {}

    @Schema(
            description = "One judge's score of one entry on one criterion, within the criterion's scale.",
            example = "{\"entry\":\"E1\",\"judge\":\"J1\",\"criterion\":\"tech\",\"value\":8}")
    public record ScoreInput(String entry, String judge, String criterion, Double value) {}

    /**
     * What the calculator reads. A transparency pack ({@code greenhub-transparency-pack/1}, docs/transparency.md) can be
     * posted as it is: its other fields are known and ignored; any other field is refused (422), as in every body.
     */
    @IgnoredJsonFields({
        "format",
        "programme",
        "competitionId",
        "competition",
        "roundId",
        "round",
        "phase",
        "generatedAt",
        "rubric",
        "judges",
        "judgeCount",
        "judgeRoster",
        "recusals",
        "ranking",
        "resultsSha256"
    })
    @Schema(
            description =
                    "What the calculator reads: criteria, method, tie-break criteria and scores. A transparency pack may be posted as it is; any other unknown field is refused (422).")
    public record CalculationRequest(
            List<CriterionInput> criteria, MethodInput method, List<String> tieBreak, List<ScoreInput> scores) {}

    /** The method actually applied (defaults filled in), then the figures; {@code kendallW} is written even when null. */
    @JsonbPropertyOrder({"method", "results", "judges", "outliers", "kendallW"})
    @Schema(
            description =
                    "The method applied (defaults filled in), the ranking, each judge's statistics, the outlying scores and Kendall's W (null unless every judge scored every entry).")
    public record CalculationResponse(
            MethodInput method,
            List<RankedEntryOutput> results,
            List<JudgeOutput> judges,
            List<OutlierOutput> outliers,
            @JsonbNillable Double kendallW) {

        static CalculationResponse of(ScoringResult result) {
            Method method = result.method();
            return new CalculationResponse(
                    new MethodInput(method.type().name(), method.trim(), method.outlierGap()),
                    result.results().stream().map(RankedEntryOutput::of).toList(),
                    result.judges().stream().map(JudgeOutput::of).toList(),
                    result.outliers().stream().map(OutlierOutput::of).toList(),
                    result.kendallW().isPresent() ? result.kendallW().getAsDouble() : null);
        }
    }

    @JsonbPropertyOrder({"entry", "rank", "score", "judges", "criteria", "tied"})
    @Schema(
            description =
                    "An entry's place: rank, weighted score, how many judges scored it, its mean per criterion, and whether it ties after the tie-breaks.")
    public record RankedEntryOutput(
            String entry, int rank, double score, int judges, Map<String, Double> criteria, boolean tied) {

        static RankedEntryOutput of(RankedEntry entry) {
            return new RankedEntryOutput(
                    entry.entry(), entry.rank(), entry.score(), entry.judges(), entry.criteria(), entry.tied());
        }
    }

    @JsonbPropertyOrder({"judge", "mean", "sd", "flags"})
    @Schema(
            description =
                    "A judge's mean and standard deviation of totals, with flags (`NO_SPREAD`: the same total for every entry).")
    public record JudgeOutput(String judge, double mean, double sd, List<String> flags) {

        static JudgeOutput of(JudgeStatistics statistics) {
            List<String> flags = Arrays.stream(JudgeFlag.values())
                    .filter(statistics.flags()::contains)
                    .map(Enum::name)
                    .toList();
            return new JudgeOutput(statistics.judge(), statistics.mean(), statistics.sd(), flags);
        }
    }

    @JsonbPropertyOrder({"entry", "judge"})
    @Schema(description = "A judge's total for an entry that lies far from the other judges'.")
    public record OutlierOutput(String entry, String judge) {

        static OutlierOutput of(OutlierScore outlier) {
            return new OutlierOutput(outlier.entry(), outlier.judge());
        }
    }
}
