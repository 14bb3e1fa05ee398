package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreSheetRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.Csv;

/**
 * Imports score sheets filled in on paper at an on-site session: CSV with a header line and one value per line
 * (entry reference, judge e-mail, criterion code, score), UTF-8. All or nothing: the whole file is checked first and
 * every bad line reported with its number and reason; only a file without a single problem is stored. Stored sheets
 * are submitted, their history marked IMPORT.
 */
@ApplicationScoped
public class ScoreImportService {

    public static final List<String> COLUMNS = List.of("entry", "judge", "criterion", "score");
    /** Far above any real on-site session (a few thousand lines), low enough to keep a stray upload harmless. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public record Summary(int sheets, int values) {}

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    JudgeAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RoundRepository rounds;

    @Inject
    ScoreSheetRepository sheetStore;

    @Inject
    JudgeLookup judgeLookup;

    /** What the lines say about one judge's sheet for one entry. */
    private static final class PendingSheet {
        final EvaluationSubject subject;
        final UserAccount judge;
        final int firstLine;
        final boolean refused;
        final Set<String> mentioned = new HashSet<>();
        final Map<String, BigDecimal> values = new LinkedHashMap<>();

        PendingSheet(EvaluationSubject subject, UserAccount judge, int firstLine, boolean refused) {
            this.subject = subject;
            this.judge = judge;
            this.firstLine = firstLine;
            this.refused = refused;
        }
    }

    @Transactional
    public Summary importSheets(long roundId, byte[] file) {
        UserAccount manager = managerAccess.requireRound(roundId);
        EvaluationRound round = rounds.require(roundId);
        if (round.getStatus() == RoundStatus.DRAFT) {
            throw DomainException.conflict(null, "evaluation.import.roundNotOpen");
        }
        if (file == null || file.length == 0) {
            throw new ScoreImportRejected(List.of(new ScoreImportRejected.Problem(1, "evaluation.import.noScores")));
        }
        if (file.length > MAX_BYTES) {
            throw new ScoreImportRejected(List.of(
                    new ScoreImportRejected.Problem(1, "evaluation.import.tooLarge", MAX_BYTES / (1024 * 1024))));
        }
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(Csv.decodeUtf8(file)).stream()
                    .filter(r -> !r.blank())
                    .toList();
        } catch (Csv.Malformed e) {
            String key = e.line == 0 ? "evaluation.import.encodingInvalid" : "evaluation.import.unterminatedQuote";
            throw new ScoreImportRejected(List.of(new ScoreImportRejected.Problem(Math.max(e.line, 1), key)));
        }
        if (rows.isEmpty() || !header(rows.get(0))) {
            throw new ScoreImportRejected(List.of(new ScoreImportRejected.Problem(
                    rows.isEmpty() ? 1 : rows.get(0).line(),
                    "evaluation.import.headerInvalid",
                    String.join(",", COLUMNS))));
        }
        List<Csv.Row> lines = rows.subList(1, rows.size());
        if (lines.isEmpty()) {
            throw new ScoreImportRejected(
                    List.of(new ScoreImportRejected.Problem(rows.get(0).line(), "evaluation.import.noScores")));
        }

        Map<String, EvaluationSubject> entries = entriesOf(round);
        Map<String, UserAccount> judges = judgesByEmail(lines);
        Set<String> alreadyScored = sheetStore.subjectJudgePairs(round);

        List<ScoreImportRejected.Problem> problems = new ArrayList<>();
        Map<String, Integer> firstLineOfValue = new HashMap<>();
        Map<String, PendingSheet> sheets = new LinkedHashMap<>();
        for (Csv.Row row : lines) {
            int line = row.line();
            if (row.fields().size() != COLUMNS.size()) {
                problems.add(new ScoreImportRejected.Problem(
                        line,
                        "evaluation.import.columnCount",
                        COLUMNS.size(),
                        row.fields().size()));
                continue;
            }
            String reference = row.fields().get(0).strip();
            String email = row.fields().get(1).strip().toLowerCase(Locale.ROOT);
            String code = row.fields().get(2).strip().toLowerCase(Locale.ROOT);
            String valueText = row.fields().get(3).strip();

            EvaluationSubject subject = entries.get(reference);
            UserAccount judge = judges.get(email);
            RubricCriterion criterion = round.getRubric().criterion(code).orElse(null);
            if (subject == null) {
                problems.add(new ScoreImportRejected.Problem(line, "evaluation.import.unknownEntry", reference));
            }
            if (judge == null) {
                problems.add(new ScoreImportRejected.Problem(line, "evaluation.import.unknownJudge", email));
            }
            if (criterion == null) {
                problems.add(new ScoreImportRejected.Problem(line, "evaluation.import.unknownCriterion", code));
            }
            BigDecimal value = null;
            try {
                value = new BigDecimal(valueText);
            } catch (NumberFormatException notANumber) {
                problems.add(new ScoreImportRejected.Problem(line, "evaluation.import.notANumber", valueText));
            }
            if (value != null && criterion != null && !criterion.accepts(value)) {
                problems.add(new ScoreImportRejected.Problem(
                        line,
                        "evaluation.import.valueNotAccepted",
                        code,
                        plain(value),
                        plain(criterion.getMinValue()),
                        plain(criterion.getMaxValue()),
                        plain(criterion.getStep())));
                value = null;
            }
            if (subject == null || judge == null || criterion == null) {
                continue;
            }
            String pair = subject.getId() + ":" + judge.getId();
            Integer earlier = firstLineOfValue.putIfAbsent(pair + ":" + code, line);
            if (earlier != null) {
                problems.add(new ScoreImportRejected.Problem(
                        line, "evaluation.import.duplicate", reference, email, code, earlier));
                continue;
            }
            PendingSheet sheet = sheets.get(pair);
            if (sheet == null) {
                boolean refused = false;
                if (!access.mayScore(round.getId(), subject.getId(), judge.getId())) {
                    problems.add(
                            new ScoreImportRejected.Problem(line, "evaluation.import.notAssigned", reference, email));
                    refused = true;
                } else if (alreadyScored.contains(pair)) {
                    problems.add(
                            new ScoreImportRejected.Problem(line, "evaluation.import.alreadyScored", reference, email));
                    refused = true;
                }
                sheet = new PendingSheet(subject, judge, line, refused);
                sheets.put(pair, sheet);
            }
            sheet.mentioned.add(code);
            if (value != null) {
                sheet.values.put(code, value);
            }
        }
        for (PendingSheet sheet : sheets.values()) {
            if (sheet.refused) {
                continue;
            }
            List<String> missing = round.getRubric().getCriteria().stream()
                    .map(RubricCriterion::getCode)
                    .filter(code -> !sheet.mentioned.contains(code))
                    .toList();
            if (!missing.isEmpty()) {
                problems.add(new ScoreImportRejected.Problem(
                        sheet.firstLine,
                        "evaluation.import.incompleteSheet",
                        sheet.subject.getReference(),
                        sheet.judge.getEmail(),
                        String.join(", ", missing)));
            }
        }
        if (!problems.isEmpty()) {
            List<ScoreImportRejected.Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt(ScoreImportRejected.Problem::line));
            throw new ScoreImportRejected(sorted);
        }

        Instant now = Instant.now(clock);
        int values = 0;
        try {
            for (PendingSheet pending : sheets.values()) {
                List<ScoreChange> changes = new ArrayList<>();
                ScoreSheet sheet = ScoreSheet.imported(
                        round, pending.subject, pending.judge, pending.values, manager, now, changes);
                sheetStore.add(sheet);
                changes.forEach(sheetStore::addChange);
                values += pending.values.size();
            }
            sheetStore.flush();
        } catch (PersistenceException e) {
            if (JudgeScoring.lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.scoring.concurrentChange");
            }
            throw e;
        }
        audit.record(
                "SCORES_IMPORTED",
                "EvaluationRound",
                round.getId(),
                null,
                Map.of("sheets", sheets.size(), "values", values),
                null);
        return new Summary(sheets.size(), values);
    }

    private static boolean header(Csv.Row row) {
        List<String> names = row.fields().stream()
                .map(f -> f.strip().toLowerCase(Locale.ROOT))
                .toList();
        return names.equals(COLUMNS);
    }

    private Map<String, EvaluationSubject> entriesOf(EvaluationRound round) {
        Map<String, EvaluationSubject> entries = new HashMap<>();
        rounds.subjectsIn(round.getId()).forEach(s -> entries.put(s.getReference(), s));
        return entries;
    }

    private Map<String, UserAccount> judgesByEmail(List<Csv.Row> lines) {
        Set<String> emails = new HashSet<>();
        for (Csv.Row row : lines) {
            if (row.fields().size() > 1) {
                emails.add(row.fields().get(1).strip().toLowerCase(Locale.ROOT));
            }
        }
        Map<String, UserAccount> judges = new HashMap<>();
        if (!emails.isEmpty()) {
            judgeLookup.withEmails(emails).forEach(u -> judges.put(u.getEmail().toLowerCase(Locale.ROOT), u));
        }
        return judges;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
