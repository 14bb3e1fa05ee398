package org.greenhub.evaluation.application;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.ScopeKey;
import org.greenhub.evaluation.domain.scoring.Criterion;
import org.greenhub.evaluation.domain.scoring.Score;
import org.greenhub.evaluation.domain.scoring.ScoringInput;

/**
 * The submitted scores of a round, as read by {@link #SQL}: one row per value, nothing but the figures the
 * engine needs and the subject's reference, group and track. No entity is loaded, which is what makes a round of
 * 300,000 scores a matter of one streamed query (see ResultsDatabaseBenchmark, which runs this same SQL).
 */
public final class RoundScoreRows {

    /**
     * Columns: subject id, reference, group, track, judge e-mail, criterion code, value, judge id. One parameter: the
     * round. Only sheets whose judge still holds the assignment count: a withdrawn or unassigned judge's sheet stays
     * in the history but not in the results. Written as plain SQL so that the service (JPA native query) and the
     * benchmark (JDBC) run the same statement.
     */
    public static final String SQL = """
            select s.id, s.reference, s.group_name, s.track, u.email, v.criterion_code, v.value, sh.judge_id
            from score_sheet sh
            join assignment a on a.round_id = sh.round_id and a.subject_id = sh.subject_id and a.judge_id = sh.judge_id
            join score_value v on v.sheet_id = sh.id
            join evaluation_subject s on s.id = sh.subject_id
            join user_account u on u.id = sh.judge_id
            where sh.round_id = ? and sh.status = 'SUBMITTED'""";

    /** Where a subject stands: what scopes it is ranked in. */
    public record Subject(long id, String reference, String groupName, String track) {
        public String scope(AdvancementScope scope) {
            return ScopeKey.of(scope, groupName, track);
        }
    }

    private final List<Score> scores = new ArrayList<>();
    private final Map<String, Subject> subjectsByReference = new HashMap<>();
    /** References repeat on every row of a subject; keeping one instance each keeps 300,000 rows small. */
    private final Map<String, String> judges = new HashMap<>();

    private final Map<String, String> criteria = new HashMap<>();

    public void add(
            long subjectId,
            String reference,
            String groupName,
            String track,
            String judgeEmail,
            String criterion,
            double value) {
        Subject subject = subjectsByReference.get(reference);
        if (subject == null) {
            subject = new Subject(subjectId, reference, groupName, track);
            subjectsByReference.put(reference, subject);
        }
        scores.add(new Score(
                subject.reference(),
                judges.computeIfAbsent(judgeEmail, k -> k),
                criteria.computeIfAbsent(criterion, k -> k),
                value));
    }

    /** Every score and every subject's place as read, for {@link ResultsPageReader}'s cache key. */
    ResultsFingerprint fingerprint() {
        ResultsFingerprint fingerprint = new ResultsFingerprint();
        for (Score score : scores) {
            fingerprint.addRow(
                    "score", score.entry(), score.judge(), score.criterion(), Double.doubleToLongBits(score.value()));
        }
        for (Subject subject : subjectsByReference.values()) {
            fingerprint.addRow("subject", subject.id(), subject.reference(), subject.groupName(), subject.track());
        }
        return fingerprint;
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    public int size() {
        return scores.size();
    }

    public List<Score> scores() {
        return Collections.unmodifiableList(scores);
    }

    public Subject subject(String reference) {
        return subjectsByReference.get(reference);
    }

    public Map<String, Subject> subjects() {
        return Collections.unmodifiableMap(subjectsByReference);
    }

    public ScoringInput input(List<Criterion> rubric, List<String> tieBreak) {
        return new ScoringInput(rubric, tieBreak, scores);
    }
}
