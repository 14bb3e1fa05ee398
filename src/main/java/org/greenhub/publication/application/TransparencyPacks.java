package org.greenhub.publication.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.greenhub.competition.award.application.FinalRanking;
import org.greenhub.competition.award.application.PublicResults;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRound;
import org.greenhub.evaluation.application.Calculator;
import org.greenhub.evaluation.application.ConflictDetector;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.RoundScoreRows;
import org.greenhub.evaluation.application.SubmittedScores;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.evaluation.domain.scoring.Score;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Builds transparency packs for the rounds of editions whose award result is public (provisional or final). The
 * evaluation engine computes the ranking from the stored scores; judges appear as {@code J-} followed by the first
 * 10 hex digits of HMAC-SHA256(secret, "round:" + roundId + ":judge:" + judgeId): stable for a judge within a round,
 * different across rounds, and not reversible without the server's secret (table {@code publication_secret}).
 */
@ApplicationScoped
public class TransparencyPacks {

    @Inject
    PublicationQueries queries;

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Inject
    org.greenhub.evaluation.domain.RoundRepository rounds;

    @Inject
    Clock clock;

    @Inject
    PublicResults publicResults;

    @Inject
    SubmittedScores submittedScores;

    @Inject
    RoundResultsService roundResults;

    @Inject
    ConflictDetector conflicts;

    private volatile byte[] secret;

    /** The pack of the round the edition's awards come from (the final result's pack). */
    @Transactional
    public TransparencyPack forCompetition(long competitionId) {
        AwardResult result = publicResults.publicResult(competitionId);
        return build(result, result.getEvaluationRoundId());
    }

    /** The pack of any round of an edition whose awards are public. */
    @Transactional
    public TransparencyPack forRound(long evaluationRoundId) {
        long competitionId =
                queries.competitionOfEvaluationRound(evaluationRoundId).orElseThrow(DomainException::notFound);
        AwardResult result = publicResults.publicResult(competitionId);
        return build(result, evaluationRoundId);
    }

    private TransparencyPack build(AwardResult result, long roundId) {
        Instant now = Instant.now(clock);
        Competition competition = competitions.find(result.getCompetitionId()).orElse(null);
        EvaluationRound round = rounds.find(roundId).orElse(null);
        boolean isFinal = result.isFinalAt(now, publicResults.view(result, "").openObjections());

        List<Object[]> judgeRows = queries.judgesOf(roundId);
        Map<String, String> pseudonymByEmail = new HashMap<>();
        TreeSet<String> pseudonyms = new TreeSet<>();
        List<String> names = new ArrayList<>();
        List<Long> judgeIds = new ArrayList<>();
        for (Object[] row : judgeRows) {
            String pseudonym = pseudonym(roundId, (Long) row[0]);
            pseudonymByEmail.put((String) row[1], pseudonym);
            pseudonyms.add(pseudonym);
            names.add((String) row[2]);
            judgeIds.add((Long) row[0]);
        }
        names.sort(java.text.Collator.getInstance(Locale.ROOT));

        RoundScoreRows rows = submittedScores.of(roundId);
        List<Calculator.ScoreInput> scores = new ArrayList<>(rows.size());
        for (Score score : rows.scores()) {
            scores.add(new Calculator.ScoreInput(
                    score.entry(), pseudonymByEmail.get(score.judge()), score.criterion(), score.value()));
        }
        scores.sort(Comparator.comparing(Calculator.ScoreInput::entry)
                .thenComparing(Calculator.ScoreInput::judge)
                .thenComparing(Calculator.ScoreInput::criterion));

        List<TransparencyPack.RubricLine> rubric = new ArrayList<>();
        List<Calculator.CriterionInput> criteria = new ArrayList<>();
        for (RubricCriterion c : round.getRubric().getCriteria()) {
            Map<String, String> namesByLanguage = new LinkedHashMap<>();
            for (Language language : Language.all()) {
                namesByLanguage.put(language.tag(), c.text(language).getName());
            }
            rubric.add(new TransparencyPack.RubricLine(
                    c.getCode(),
                    c.getWeight().doubleValue(),
                    c.getMinValue().doubleValue(),
                    c.getMaxValue().doubleValue(),
                    namesByLanguage));
            criteria.add(new Calculator.CriterionInput(
                    c.getCode(),
                    c.getWeight().doubleValue(),
                    c.getMinValue().doubleValue(),
                    c.getMaxValue().doubleValue()));
        }

        RoundResults ranking = roundResults.compute(round, rows, round.scoringMethod());
        Map<String, String[]> awardsByReference = awardsByReference(result.getId());
        List<TransparencyPack.RankingLine> lines = new ArrayList<>();
        for (RoundResults.EntryResult e : ranking.entries()) {
            RoundScoreRows.Subject subject = rows.subject(e.reference());
            String[] award = awardsByReference.get(e.reference());
            lines.add(new TransparencyPack.RankingLine(
                    e.reference(),
                    e.overallRank(),
                    e.score(),
                    subject.groupName(),
                    subject.track(),
                    award == null ? null : award[0],
                    award == null ? null : award[1]));
        }
        lines.sort(Comparator.comparingInt(TransparencyPack.RankingLine::rank)
                .thenComparing(TransparencyPack.RankingLine::entry));

        Conflicts found = conflicts.forRound(roundId, judgeIds);
        int recusals = 0;
        for (Conflicts.Subject subject : conflicts.subjectsOf(roundId)) {
            for (Long judge : judgeIds) {
                if (found.conflicted(judge, subject.id())) {
                    recusals++;
                }
            }
        }
        CompetitionRound competitionRound = competition.getRounds().stream()
                .filter(r -> r.getEvaluationRoundId() == roundId)
                .findFirst()
                .orElseThrow(DomainException::notFound);
        var method = round.scoringMethod();
        return new TransparencyPack(
                TransparencyPack.FORMAT,
                competition.programmeKey(),
                competition.getId(),
                competition.text(Language.ENGLISH).getName(),
                roundId,
                competitionRound.getName(),
                isFinal ? PublicResults.Phase.FINAL.name() : PublicResults.Phase.PROVISIONAL.name(),
                now,
                rubric,
                criteria,
                new Calculator.MethodInput(method.type().name(), method.trim(), method.outlierGap()),
                round.tieBreakChain(),
                scores,
                new ArrayList<>(pseudonyms),
                pseudonyms.size(),
                isFinal ? names : null,
                recusals,
                lines,
                CanonicalResults.sha256(FinalRanking.canonical(ranking)));
    }

    /** Entry reference → {tier, awardee} of standing awards. */
    private Map<String, String[]> awardsByReference(long resultId) {
        Map<String, String[]> map = new HashMap<>();
        for (Object[] row : queries.standingAwardsByReference(resultId)) {
            map.put((String) row[0], new String[] {row[1].toString(), (String) row[2]});
        }
        return map;
    }

    String pseudonym(long roundId, long judgeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] digest = mac.doFinal(("round:" + roundId + ":judge:" + judgeId).getBytes(StandardCharsets.UTF_8));
            return "J-" + HexFormat.of().withUpperCase().formatHex(digest, 0, 5);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] secret() {
        byte[] value = secret;
        if (value == null) {
            String hex = queries.judgePseudonymSecret();
            value = hex.getBytes(StandardCharsets.US_ASCII);
            secret = value;
        }
        return value;
    }
}
