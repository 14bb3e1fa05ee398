package org.greenhub.publication.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.application.Calculator;

/**
 * Everything needed to check a round's ranking: the rubric, the method, the tie-break chain, every submitted score
 * with the judge under a stable pseudonym, the roster (names only once the result is final), the number of
 * recusals, the published ranking and the SHA-256 of its canonical JSON.
 * <p>
 * {@code criteria}, {@code method}, {@code tieBreak} and {@code scores} are exactly the public calculator's request
 * fields, so the whole pack can be posted to {@code POST /api/evaluation/calculate} as it is (other fields are ignored
 * there). See docs/transparency.md.
 */
@JsonbPropertyOrder({
    "format",
    "programme",
    "competitionId",
    "competition",
    "roundId",
    "round",
    "phase",
    "generatedAt",
    "rubric",
    "criteria",
    "method",
    "tieBreak",
    "scores",
    "judges",
    "judgeCount",
    "judgeRoster",
    "recusals",
    "ranking",
    "resultsSha256"
})
public record TransparencyPack(
        String format,
        String programme,
        long competitionId,
        String competition,
        long roundId,
        String round,
        String phase,
        Instant generatedAt,
        List<RubricLine> rubric,
        List<Calculator.CriterionInput> criteria,
        Calculator.MethodInput method,
        List<String> tieBreak,
        List<Calculator.ScoreInput> scores,
        List<String> judges,
        int judgeCount,
        @JsonbNillable List<String> judgeRoster,
        int recusals,
        List<RankingLine> ranking,
        String resultsSha256) {

    public static final String FORMAT = "greenhub-transparency-pack/1";

    /** A criterion with its name in every language the rubric has. */
    @JsonbPropertyOrder({"code", "weight", "min", "max", "names"})
    public record RubricLine(String code, double weight, double min, double max, Map<String, String> names) {}

    /** The published ranking of the round (rank over the whole round, as the calculator ranks), with the award if any. */
    @JsonbPropertyOrder({"entry", "rank", "score", "group", "track", "award", "awardee"})
    public record RankingLine(
            String entry,
            int rank,
            double score,
            String group,
            String track,
            @JsonbNillable String award,
            @JsonbNillable String awardee) {}
}
