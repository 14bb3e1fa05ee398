package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreSheetRepository;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Scoring, the one entry for it: the signed-in judge opens, saves and submits their own sheet and, when the round
 * allows, reads the other judges' scores; programme managers reopen a submitted sheet with a reason and read its
 * history. Every judge's call asks {@link JudgeAccess} once, inside its one transaction; a judge without access gets
 * "not found", as for a record that does not exist, and a losing concurrent submission fails as a whole.
 */
@ApplicationScoped
public class JudgeScoring {

    @Inject
    CurrentUser currentUser;

    @Inject
    JudgeAccess access;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    JudgeQueueQuery queue;

    @Inject
    JudgeEntryQuery entries;

    @Inject
    RoundRepository rounds;

    @Inject
    SubjectRepository subjects;

    @Inject
    ScoreSheetRepository sheets;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a judge's call works on, once access is established. */
    private record Scope(EvaluationRound round, EvaluationSubject subject, UserAccount judge) {}

    /** The entry "save and next" opens: the next one of the judge's queue still to be scored; null when none is left. */
    public record NextEntry(long roundId, long subjectId) implements Serializable {}

    /**
     * What the score form opens with: the entry, the judge's sheet, the other judges' sheets ({@code others}, null
     * unless the round shows them to this judge now) and the judge's progress in the round ("3 of 12 submitted").
     */
    public record Workspace(
            JudgeEntryQuery.Entry entry,
            JudgeSheet sheet,
            List<OtherJudgeSheet> others,
            JudgeQueueQuery.Progress progress) {}

    /**
     * The score form's reads in one transaction with one access check: asked one by one ({@link JudgeEntryQuery#entry},
     * {@link #mySheet}, {@link #otherJudgesScores}) each checked access again, five statements each time (issue 17).
     * "Not found" unless the signed-in judge may score the entry.
     */
    @Transactional
    public Workspace open(long roundId, long subjectId, org.greenhub.platform.i18n.Language language) {
        long judgeId = judge();
        Scope scope = accessible(judgeId, roundId, subjectId);
        JudgeEntryQuery.Entry entry = entries.entryOf(scope.round(), scope.subject(), language);
        ScoreSheet own = sheets.find(roundId, subjectId, judgeId).orElse(null);
        List<OtherJudgeSheet> others = entry.scoreVisibility() == ScoreVisibility.NEVER
                        || !othersShown(scope, own != null && own.isSubmitted())
                ? null
                : othersOf(roundId, subjectId, judgeId);
        return new Workspace(entry, view(scope, own), others, queue.progress(judgeId, roundId));
    }

    /** The signed-in judge's sheet (empty until the first save); "not found" unless they may score the entry. */
    @Transactional
    public JudgeSheet mySheet(long roundId, long subjectId) {
        long judgeId = judge();
        Scope scope = accessible(judgeId, roundId, subjectId);
        return view(scope, sheets.find(roundId, subjectId, judgeId).orElse(null));
    }

    /**
     * Saves a draft made from the sheet the form showed ({@code shown}, of the sheet {@link #mySheet} or the last save
     * returned). A form left open in another tab or device that saved since is refused instead of silently overwriting the
     * newer draft.
     */
    @Transactional
    public JudgeSheet saveDraft(JudgeSheet.Shown shown, Map<String, SheetValue> values, String overallComment) {
        return edit(
                judge(),
                shown.roundId(),
                shown.subjectId(),
                shown.version(),
                true,
                (sheet, judge, now) -> sheet.saveDraft(values, overallComment, judge, now));
    }

    /** Submits what the judge sees; refused like {@link #saveDraft} when the sheet changed elsewhere since. */
    @Transactional
    public JudgeSheet submit(JudgeSheet.Shown shown, Map<String, SheetValue> values, String overallComment) {
        return edit(
                judge(),
                shown.roundId(),
                shown.subjectId(),
                shown.version(),
                true,
                (sheet, judge, now) -> sheet.submit(values, overallComment, judge, now));
    }

    /**
     * "Save and next": keeps the draft (while the sheet is still editable) and answers the next entry of the queue
     * still to be scored, after this one in the queue's order and round again from the start. A refused save
     * answers the refusal and moves on to nothing.
     */
    @Transactional
    public NextEntry saveAndNext(JudgeSheet.Shown shown, Map<String, SheetValue> values, String overallComment) {
        long judgeId = judge();
        Scope scope = accessible(judgeId, shown.roundId(), shown.subjectId());
        boolean editable = scope.round().acceptsScoresAt(Instant.now(clock))
                && sheets.find(shown.roundId(), shown.subjectId(), judgeId)
                        .map(s -> !s.isSubmitted())
                        .orElse(true);
        if (editable) {
            edit(
                    scope,
                    shown.version(),
                    true,
                    (sheet, judge, now) -> sheet.saveDraft(values, overallComment, judge, now));
        }
        List<JudgeQueueQuery.QueueRow> rows = queue.queue(judgeId);
        int here = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).roundId() == shown.roundId() && rows.get(i).subjectId() == shown.subjectId()) {
                here = i;
            }
        }
        for (int step = 1; step <= rows.size(); step++) {
            JudgeQueueQuery.QueueRow candidate = rows.get(Math.floorMod(here + step, rows.size()));
            if (candidate.toDo()
                    && !(candidate.roundId() == shown.roundId() && candidate.subjectId() == shown.subjectId())) {
                return new NextEntry(candidate.roundId(), candidate.subjectId());
            }
        }
        return null;
    }

    /**
     * For loaders that run with no signed-in caller (the demo data, test fixtures): a draft for the judge named, with
     * the judges' rules and access applied as for the judge themself, and no form to be stale.
     */
    @Transactional
    public JudgeSheet saveDraft(
            long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return edit(
                judgeId,
                roundId,
                subjectId,
                null,
                false,
                (sheet, judge, now) -> sheet.saveDraft(values, overallComment, judge, now));
    }

    /** As {@link #saveDraft(long, long, long, Map, String)}, submitting. */
    @Transactional
    public JudgeSheet submit(
            long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return edit(
                judgeId,
                roundId,
                subjectId,
                null,
                false,
                (sheet, judge, now) -> sheet.submit(values, overallComment, judge, now));
    }

    private JudgeSheet edit(
            long judgeId, long roundId, long subjectId, Long seenVersion, boolean checkSeen, SheetEdit change) {
        return edit(accessible(judgeId, roundId, subjectId), seenVersion, checkSeen, change);
    }

    /** One change to a judge's own sheet: stale-form check, the sheet created on first save, history stored. */
    private JudgeSheet edit(Scope scope, Long seenVersion, boolean checkSeen, SheetEdit change) {
        Instant now = Instant.now(clock);
        Optional<ScoreSheet> existing = sheets.find(
                scope.round().getId(), scope.subject().getId(), scope.judge().getId());
        if (checkSeen && !Objects.equals(existing.map(ScoreSheet::getVersion).orElse(null), seenVersion)) {
            throw DomainException.conflict(null, "evaluation.scoring.changedElsewhere");
        }
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(scope.round(), scope.subject(), scope.judge(), now));
        store(sheet, existing.isEmpty(), change.apply(sheet, scope.judge(), now));
        return view(scope, sheet);
    }

    @FunctionalInterface
    private interface SheetEdit {
        List<ScoreChange> apply(ScoreSheet sheet, UserAccount judge, Instant now);
    }

    /** The signed-in judge's own sheet's history. */
    @Transactional
    public List<ScoreChangeView> myHistory(long roundId, long subjectId) {
        long judgeId = judge();
        accessible(judgeId, roundId, subjectId);
        return sheets.find(roundId, subjectId, judgeId).map(this::historyOf).orElse(List.of());
    }

    /**
     * The other judges' submitted sheets for an entry, scores and comments, only from the moment the round's
     * visibility rule allows ({@link ScoreVisibility#showsOthersToJudge}); before that the answer is "not found", so a
     * judge cannot even learn whether others have scored.
     */
    @Transactional
    public List<OtherJudgeSheet> otherJudgesScores(long roundId, long subjectId) {
        long judgeId = judge();
        Scope scope = accessible(judgeId, roundId, subjectId);
        boolean ownSubmitted = sheets.find(roundId, subjectId, judgeId)
                .map(ScoreSheet::isSubmitted)
                .orElse(false);
        if (!othersShown(scope, ownSubmitted)) {
            throw DomainException.notFound();
        }
        return othersOf(roundId, subjectId, judgeId);
    }

    private boolean othersShown(Scope scope, boolean ownSubmitted) {
        return scope.round()
                .getScoreVisibility()
                .showsOthersToJudge(ownSubmitted, scope.round().isOverAt(Instant.now(clock)));
    }

    private List<OtherJudgeSheet> othersOf(long roundId, long subjectId, long judgeId) {
        return sheets.submittedByOthers(roundId, subjectId, judgeId).stream()
                .map(s -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    Map<String, String> comments = new LinkedHashMap<>();
                    s.getValues().forEach((code, v) -> {
                        values.put(code, v.getValue());
                        if (v.getComment() != null && !v.getComment().isBlank()) {
                            comments.put(code, v.getComment());
                        }
                    });
                    return new OtherJudgeSheet(
                            s.getJudge().getDisplayName(), values, comments, s.getOverallComment(), s.getSubmittedAt());
                })
                .toList();
    }

    /** A manager sends one submitted sheet back to its judge; the reason is kept in the sheet's history and the audit trail. */
    @Transactional
    public void reopen(long sheetId, String reason) {
        UserAccount manager = managerAccess.requireSheet(sheetId);
        ScoreSheet sheet = sheets.require(sheetId);
        // A sheet reopened when the judge can no longer submit would silently drop out of the results.
        if (!sheet.getRound().acceptsScoresAt(Instant.now(clock))) {
            throw DomainException.conflict(null, "evaluation.scoring.reopenAfterClose");
        }
        Map<String, Object> before = sheet.snapshot();
        ScoreChange change = sheet.reopen(reason, manager, Instant.now(clock));
        sheets.addChange(change);
        try {
            sheets.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.scoring.concurrentChange");
            }
            throw e;
        }
        audit.record("SCORE_SHEET_REOPENED", "ScoreSheet", sheet.getId(), before, sheet.snapshot(), change.getReason());
    }

    /** A sheet's full history, for managers following a round. */
    @Transactional
    public List<ScoreChangeView> history(long sheetId) {
        managerAccess.requireSheet(sheetId);
        return historyOf(sheets.require(sheetId));
    }

    private List<ScoreChangeView> historyOf(ScoreSheet sheet) {
        return sheets.history(sheet).stream()
                .map(c -> new ScoreChangeView(
                        c.getCriterionCode(),
                        c.getOldValue(),
                        c.getNewValue(),
                        c.getKind(),
                        c.getChangedBy() == null ? null : c.getChangedBy().getEmail(),
                        c.getChangedAt(),
                        c.getReason()))
                .toList();
    }

    /**
     * Writes the sheet and its history now rather than at commit, so that losing a race (another transaction
     * created or changed the same sheet first) surfaces here and is answered as a conflict, not as a server error.
     */
    private void store(ScoreSheet sheet, boolean isNew, List<ScoreChange> changes) {
        try {
            if (isNew) {
                sheets.add(sheet);
            }
            changes.forEach(sheets::addChange);
            sheets.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.scoring.concurrentChange");
            }
            throw e;
        }
    }

    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException
                    || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private long judge() {
        return currentUser.require().getId();
    }

    private Scope accessible(long judgeId, long roundId, long subjectId) {
        if (!access.mayScore(roundId, subjectId, judgeId)) {
            throw DomainException.notFound();
        }
        EvaluationRound round = rounds.find(roundId).orElse(null);
        EvaluationSubject subject = subjects.find(subjectId).orElse(null);
        UserAccount judge = accounts.find(judgeId).orElse(null);
        if (round == null || subject == null || judge == null) {
            throw DomainException.notFound();
        }
        return new Scope(round, subject, judge);
    }

    /** The judge's own sheet; a blind round's view carries no title (it may name the applicant). */
    private static JudgeSheet view(Scope scope, ScoreSheet sheet) {
        EvaluationSubject subject = scope.subject();
        String title = scope.round().isBlind() ? null : subject.getTitle();
        if (sheet == null) {
            return new JudgeSheet(
                    scope.round().getId(),
                    subject.getId(),
                    subject.getReference(),
                    title,
                    ScoreSheet.Status.DRAFT,
                    Map.of(),
                    null,
                    null,
                    null);
        }
        return new JudgeSheet(
                scope.round().getId(),
                subject.getId(),
                subject.getReference(),
                title,
                sheet.getStatus(),
                sheet.getValues(),
                sheet.getOverallComment(),
                sheet.getSubmittedAt(),
                sheet.getVersion());
    }
}
