package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.JudgeEntryQuery.Criterion;
import org.greenhub.evaluation.application.JudgeEntryQuery.Entry;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.JudgeSheet;
import org.greenhub.evaluation.application.OtherJudgeSheet;
import org.greenhub.evaluation.application.ScoringService;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

import java.time.Clock;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A judge's scoring form for one entry: {@code score.xhtml?round=…&subject=…}. Each change saves a draft; the
 * service decides what may be saved or submitted and its refusals are shown beside the field they name (the inputs'
 * ids are the criterion codes and {@code overallComment}). Anything the judge may not score answers 404.
 */
@Named("scoreSheet")
@ViewScoped
public class ScoreSheetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The version of the sheet this form shows, so a save made from a stale form is refused, not applied. */
    private Long sheetVersion;

    private String lastRefusal;

    private boolean messagesSay(String key) {
        return key.equals(lastRefusal);
    }
    static final String FORM = "scoreForm";
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Inject
    ScoringService scoring;

    @Inject
    Clock clock;

    @Inject
    JudgeEntryQuery entries;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long round;
    private Long subject;
    private Entry entry;
    private List<ScoreInput> inputs = List.of();
    private String overallComment;
    private ScoreSheet.Status status;
    private boolean draftStored;
    private Instant submittedAt;
    private Instant savedAt;
    private boolean saveFailed;
    private List<OtherRow> others;

    /** One criterion's input: its rules and the judge's value and comment (plain values, kept in the view state). */
    public static final class ScoreInput implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Criterion criterion;
        private BigDecimal value;
        private String comment;

        ScoreInput(Criterion criterion, SheetValue stored) {
            this.criterion = criterion;
            this.value = stored == null ? null : stored.getValue();
            this.comment = stored == null ? null : stored.getComment();
        }

        public Criterion getCriterion() { return criterion; }
        public String getCode() { return criterion.code(); }
        public BigDecimal getValue() { return value; }
        public void setValue(BigDecimal value) { this.value = value; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public double getMin() { return criterion.min().doubleValue(); }
        public double getMax() { return criterion.max().doubleValue(); }
        public double getStep() { return criterion.step().doubleValue(); }
        public String getMinText() { return plain(criterion.min()); }
        public String getMaxText() { return plain(criterion.max()); }
        public String getStepText() { return plain(criterion.step()); }
        public String getCommentThresholdText() { return plain(criterion.commentRequiredBelow()); }
        public boolean isCommentRule() { return criterion.commentRequiredBelow() != null; }

        /** Whether the current value asks for a comment (the service checks it again on submission). */
        public boolean isCommentRequired() {
            return value != null && criterion.commentRequiredBelow() != null && value.compareTo(criterion.commentRequiredBelow()) < 0;
        }

        public int getDecimalPlaces() {
            return Math.max(0, criterion.step().stripTrailingZeros().scale());
        }
    }

    /** Another judge's submitted values in the rubric's order, their comments ("Criterion: comment") and overall comment. */
    public record OtherRow(String judgeName, List<String> values, List<String> comments, String overallComment, Instant submittedAt)
            implements Serializable {
    }

    public void load() throws IOException {
        try {
            if (round == null || subject == null) {
                throw DomainException.notFound();
            }
            entry = entries.entry(round, subject, Language.of(localeSelector.getLocale()));
            fill(scoring.mySheet(round, subject));
            loadOthers();
        } catch (DomainException refusal) {
            JudgePages.refuse(refusal);
        }
    }

    private void fill(JudgeSheet sheet) {
        status = sheet.status();
        draftStored = sheet.version() != null;
        sheetVersion = sheet.version();
        submittedAt = sheet.submittedAt();
        overallComment = sheet.overallComment();
        List<ScoreInput> filled = new ArrayList<>();
        for (Criterion criterion : entry.criteria()) {
            filled.add(new ScoreInput(criterion, sheet.values().get(criterion.code())));
        }
        inputs = filled;
    }

    private void loadOthers() {
        others = null;
        if (entry.scoreVisibility() == ScoreVisibility.NEVER) {
            return;
        }
        try {
            List<OtherJudgeSheet> sheets = scoring.otherJudgesScores(round, subject);
            List<OtherRow> rows = new ArrayList<>();
            for (OtherJudgeSheet sheet : sheets) {
                List<String> values = entry.criteria().stream().map(c -> plain(sheet.values().get(c.code()))).toList();
                List<String> comments = entry.criteria().stream().filter(c -> sheet.comments().containsKey(c.code()))
                        .map(c -> c.name() + ": " + sheet.comments().get(c.code())).toList();
                rows.add(new OtherRow(sheet.judgeName(), values, comments, sheet.overallComment(), sheet.submittedAt()));
            }
            others = rows;
        } catch (DomainException notYet) {
            // the round's rule does not allow it yet: the panel stays hidden
        }
    }

    /** Ajax, on each change: keeps the sheet as a draft. */
    public void autosave() {
        if (!isEditable()) {
            return;
        }
        try {
            JudgeSheet saved = scoring.saveDraft(round, subject, values(), overallComment, new JudgeScoring.SeenSheet(sheetVersion));
            status = saved.status();
            sheetVersion = saved.version();
            draftStored = true;
            savedAt = Instant.now(clock);
            saveFailed = false;
        } catch (DomainException refusal) {
            saveFailed = true;
            lastRefusal = refusal.messageKey();
            messages.error(FORM, refusal);
            if (refusal.field() == null) {
                refresh();
            }
        }
    }

    public void submit() {
        if (!isEditable()) {
            return;
        }
        try {
            JudgeSheet submitted = scoring.submit(round, subject, values(), overallComment, new JudgeScoring.SeenSheet(sheetVersion));
            fill(submitted);
            savedAt = Instant.now(clock);
            saveFailed = false;
            messages.info("evaluation.judging.score.submittedNow");
            loadOthers();
        } catch (DomainException refusal) {
            lastRefusal = refusal.messageKey();
            messages.error(FORM, refusal);
            if (refusal.field() == null) {
                refresh();
            }
        }
    }

    /** After a refusal that concerns the sheet as a whole (closed round, already submitted): show how things now stand. */
    private void refresh() {
        if (messagesSay("evaluation.scoring.changedElsewhere")) {
            // Saved from another tab or device meanwhile: show that newer sheet rather than keep overwriting it.
            try {
                fill(scoring.mySheet(round, subject));
            } catch (DomainException gone) {
                // no longer accessible (a conflict was declared meanwhile): the next request answers 404
            }
            return;
        }
        try {
            entry = entries.entry(round, subject, Language.of(localeSelector.getLocale()));
            JudgeSheet sheet = scoring.mySheet(round, subject);
            status = sheet.status();
            submittedAt = sheet.submittedAt();
        } catch (DomainException gone) {
            // no longer accessible (a conflict was declared meanwhile): the next request answers 404
        }
    }

    private Map<String, SheetValue> values() {
        Map<String, SheetValue> values = new LinkedHashMap<>();
        for (ScoreInput input : inputs) {
            if (input.value != null) {
                values.put(input.getCode(), new SheetValue(input.value, input.comment));
            }
        }
        return values;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public boolean isEditable() {
        return entry != null && entry.acceptsScores() && status != ScoreSheet.Status.SUBMITTED;
    }

    public boolean isSubmitted() {
        return status == ScoreSheet.Status.SUBMITTED;
    }

    public String getSubmittedAtText() {
        return moment(submittedAt);
    }

    public String getClosesAtText() {
        return entry == null ? null : moment(entry.closesAt());
    }

    public String getOpensAtText() {
        return entry == null ? null : moment(entry.opensAt());
    }

    private static String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }

    public String getSavedAtText() {
        return savedAt == null ? null : TIME.format(savedAt);
    }

    public Long getRound() { return round; }
    public Long getSubject() { return subject; }
    public String getRoundParam() { return round == null ? null : round.toString(); }
    public void setRoundParam(String value) { this.round = id(value); }
    public String getSubjectParam() { return subject == null ? null : subject.toString(); }
    public void setSubjectParam(String value) { this.subject = id(value); }

    /** An id from the address; anything else is taken as no id (the page then answers 404, not a conversion error). */
    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
    public Entry getEntry() { return entry; }
    public List<ScoreInput> getInputs() { return inputs; }
    public String getOverallComment() { return overallComment; }
    public void setOverallComment(String overallComment) { this.overallComment = overallComment; }
    public boolean isDraftStored() { return draftStored; }
    public Instant getSubmittedAt() { return submittedAt; }
    public boolean isSaveFailed() { return saveFailed; }
    public List<OtherRow> getOthers() { return others; }
}
