package org.greenhub.evaluation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;

/**
 * One judge's score sheet for one subject in one round. A draft may be partial; a submitted sheet is complete,
 * every value is on its criterion's scale and step, and low scores carry the comment the rubric asks for.
 * Every change returns the {@link ScoreChange}s the caller stores, so the history cannot be forgotten.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends VersionedEntity {

    public enum Status {
        DRAFT,
        SUBMITTED
    }

    private static final int MAX_COMMENT = 2000;
    private static final int MAX_OVERALL_COMMENT = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private EvaluationRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id")
    private EvaluationSubject subject;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "judge_id")
    private UserAccount judge;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_value", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "criterion_code")
    private Map<String, SheetValue> values = new LinkedHashMap<>();

    @Column(name = "overall_comment")
    private String overallComment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ScoreSheet() {}

    public ScoreSheet(EvaluationRound round, EvaluationSubject subject, UserAccount judge, Instant now) {
        this.round = Objects.requireNonNull(round, "round");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.judge = Objects.requireNonNull(judge, "judge");
        this.status = Status.DRAFT;
        setCreatedAt(now);
        this.updatedAt = now;
    }

    /**
     * Keeps a partial sheet: the given values replace the sheet's (a criterion left out is cleared). Each value
     * must still be one the criterion accepts, so a draft never holds a value that could not be submitted.
     */
    public List<ScoreChange> saveDraft(
            Map<String, SheetValue> newValues, String newOverallComment, UserAccount by, Instant now) {
        requireEditableAt(now);
        List<ScoreChange> changes = replaceValues(validated(newValues), ScoreChange.Kind.DRAFT_SAVE, by, now);
        this.overallComment = overallComment(newOverallComment);
        this.updatedAt = now;
        return changes;
    }

    /** Replaces the values and submits; refused unless the round accepts scores now and the sheet is complete. */
    public List<ScoreChange> submit(
            Map<String, SheetValue> newValues, String newOverallComment, UserAccount by, Instant now) {
        requireEditableAt(now);
        Map<String, SheetValue> next = validated(newValues);
        requireComplete(next, true);
        List<ScoreChange> changes = replaceValues(next, ScoreChange.Kind.SUBMIT, by, now);
        changes.add(new ScoreChange(this, null, null, null, ScoreChange.Kind.SUBMIT, by, now, null));
        this.overallComment = overallComment(newOverallComment);
        this.status = Status.SUBMITTED;
        this.submittedAt = now;
        this.updatedAt = now;
        return changes;
    }

    /**
     * A sheet scored on paper at an on-site session and imported by a manager: submitted at once. The round's
     * window does not apply (the session took place; the import only records it) and the comments stay on paper.
     */
    public static ScoreSheet imported(
            EvaluationRound round,
            EvaluationSubject subject,
            UserAccount judge,
            Map<String, BigDecimal> importedValues,
            UserAccount by,
            Instant now,
            List<ScoreChange> changes) {
        ScoreSheet sheet = new ScoreSheet(round, subject, judge, now);
        Map<String, SheetValue> values = new LinkedHashMap<>();
        importedValues.forEach((code, value) -> values.put(code, new SheetValue(value, null)));
        Map<String, SheetValue> next = sheet.validated(values);
        sheet.requireComplete(next, false);
        changes.addAll(sheet.replaceValues(next, ScoreChange.Kind.IMPORT, by, now));
        changes.add(new ScoreChange(sheet, null, null, null, ScoreChange.Kind.IMPORT, by, now, null));
        sheet.status = Status.SUBMITTED;
        sheet.submittedAt = now;
        return sheet;
    }

    /** A manager sends a submitted sheet back to its judge, with a reason; the values stay as they were. */
    public ScoreChange reopen(String reason, UserAccount by, Instant now) {
        if (status != Status.SUBMITTED) {
            throw DomainException.conflict(null, "evaluation.scoring.notSubmitted");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "evaluation.scoring.reopenReasonRequired");
        }
        if (reason.strip().length() > MAX_COMMENT) {
            throw DomainException.invalid("reason", "evaluation.scoring.commentTooLong", MAX_COMMENT);
        }
        status = Status.DRAFT;
        submittedAt = null;
        updatedAt = now;
        return new ScoreChange(this, null, null, null, ScoreChange.Kind.REOPEN, by, now, reason.strip());
    }

    public boolean isSubmitted() {
        return status == Status.SUBMITTED;
    }

    private void requireEditableAt(Instant now) {
        if (status == Status.SUBMITTED) {
            throw DomainException.conflict(null, "evaluation.scoring.alreadySubmitted");
        }
        if (!round.acceptsScoresAt(now)) {
            if (round.isOverAt(now)) {
                throw DomainException.conflict(null, "evaluation.scoring.roundClosed", round.getClosesAt());
            }
            throw DomainException.conflict(null, "evaluation.scoring.roundNotOpen", round.getOpensAt());
        }
    }

    /** Every criterion scored, and (for a judge's own submission) a comment wherever the rubric requires one. */
    private void requireComplete(Map<String, SheetValue> newValues, boolean commentsRequired) {
        List<String> missing = new ArrayList<>();
        for (RubricCriterion criterion : round.getRubric().getCriteria()) {
            SheetValue value = newValues == null ? null : newValues.get(criterion.getCode());
            if (value == null) {
                missing.add(criterion.getCode());
            } else if (commentsRequired && criterion.requiresComment(value.getValue()) && value.getComment() == null) {
                throw DomainException.invalid(
                        criterion.getCode(),
                        "evaluation.scoring.commentRequired",
                        criterion.getCode(),
                        criterion.getCommentRequiredBelow().stripTrailingZeros().toPlainString());
            }
        }
        if (!missing.isEmpty()) {
            throw DomainException.invalid(missing.get(0), "evaluation.scoring.incomplete", String.join(", ", missing));
        }
    }

    /** The given values, each checked against its criterion; null values (cleared fields) are left out. */
    private Map<String, SheetValue> validated(Map<String, SheetValue> newValues) {
        Map<String, SheetValue> given = newValues == null ? Map.of() : newValues;
        Map<String, SheetValue> next = new LinkedHashMap<>();
        for (Map.Entry<String, SheetValue> entry : given.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            String code = entry.getKey();
            RubricCriterion criterion = round.getRubric()
                    .criterion(code)
                    .orElseThrow(() -> DomainException.invalid(code, "evaluation.scoring.unknownCriterion", code));
            BigDecimal value = entry.getValue().getValue();
            if (!criterion.accepts(value)) {
                throw DomainException.invalid(
                        code,
                        "evaluation.scoring.valueNotAccepted",
                        code,
                        plain(value),
                        plain(criterion.getMinValue()),
                        plain(criterion.getMaxValue()),
                        plain(criterion.getStep()));
            }
            String comment = entry.getValue().getComment();
            if (comment != null && comment.length() > MAX_COMMENT) {
                throw DomainException.invalid(code, "evaluation.scoring.commentTooLong", MAX_COMMENT);
            }
            next.put(code, entry.getValue());
        }
        return next;
    }

    private List<ScoreChange> replaceValues(
            Map<String, SheetValue> next, ScoreChange.Kind kind, UserAccount by, Instant now) {
        List<ScoreChange> changes = new ArrayList<>();
        for (RubricCriterion criterion : round.getRubric().getCriteria()) {
            SheetValue before = values.get(criterion.getCode());
            SheetValue after = next.get(criterion.getCode());
            BigDecimal oldValue = before == null ? null : before.getValue();
            BigDecimal newValue = after == null ? null : after.getValue();
            boolean same = oldValue == null ? newValue == null : newValue != null && oldValue.compareTo(newValue) == 0;
            if (!same) {
                changes.add(new ScoreChange(this, criterion.getCode(), oldValue, newValue, kind, by, now, null));
            }
        }
        values.clear();
        values.putAll(next);
        return changes;
    }

    private static String overallComment(String comment) {
        if (comment == null || comment.isBlank()) {
            return null;
        }
        if (comment.strip().length() > MAX_OVERALL_COMMENT) {
            throw DomainException.invalid("overallComment", "evaluation.scoring.commentTooLong", MAX_OVERALL_COMMENT);
        }
        return comment.strip();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", status);
        state.put("submittedAt", submittedAt);
        values.forEach((code, value) -> state.put(code, plain(value.getValue())));
        return state;
    }

    public EvaluationRound getRound() {
        return round;
    }

    public EvaluationSubject getSubject() {
        return subject;
    }

    public UserAccount getJudge() {
        return judge;
    }

    public Status getStatus() {
        return status;
    }

    public Map<String, SheetValue> getValues() {
        return Collections.unmodifiableMap(values);
    }

    public String getOverallComment() {
        return overallComment;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
