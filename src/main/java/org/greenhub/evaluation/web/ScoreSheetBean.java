package org.greenhub.evaluation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.greenhub.evaluation.application.JudgeEntryQuery;
import org.greenhub.evaluation.application.JudgeEntryQuery.Criterion;
import org.greenhub.evaluation.application.JudgeEntryQuery.Entry;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.JudgeSheet;
import org.greenhub.evaluation.application.OtherJudgeSheet;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.ReadAgain;
import org.greenhub.platform.web.TimeText;

/**
 * A judge's workspace for one entry: {@code score.xhtml?round=…&subject=…}, the entry beside the score sheet. Each
 * change saves a draft; a value outside the criterion's scale or off its steps is refused beside its field with the
 * value left as typed (checked here, in the judge's language, and again by the sheet itself), and the service's own
 * refusals are shown beside the field they name (the inputs' ids are the criterion codes and {@code overallComment}).
 * "Save and next" goes on to the next entry of the queue still to be scored. Times are in the round's zone, named.
 * Anything the judge may not score answers 404.
 */
@Named("scoreSheet")
@ViewScoped
public class ScoreSheetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * The version of the sheet as this form shows it (null before the first save), so a save made from a stale form is
     * refused, not applied. A plain number, not the {@link JudgeSheet.Shown} record: see {@link #entry}.
     */
    private Long shownVersion;

    private String lastRefusal;

    private boolean messagesSay(String key) {
        return key.equals(lastRefusal);
    }

    static final String FORM = "scoreForm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    JudgeScoring scoring;

    @Inject
    Clock clock;

    @Inject
    JudgeEntryQuery entries;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    @Inject
    JudgeQueueQuery queue;

    private Long round;
    private Long subject;

    /**
     * The entry, read again when missing. Kept out of the session ({@code transient}), as are the other judges' rows:
     * on a cluster the session is copied to the other node after every request, and JBoss Marshalling copies a Java
     * record (as {@code Entry}, its criteria and documents are) field by field through a method handle it looks up
     * again each time; the form then cost two and a half times its CPU on two nodes (docs/performance.md, session 12).
     * The node that holds the session keeps the same bean between requests, so only a node that receives the view
     * after a failover reads the entry again ({@link #entry()}). What the judge typed, and the ids, stay in the bean.
     */
    private transient Entry entry;

    /** Whether {@link #others} has been read since this bean was made or arrived from another node. */
    private transient boolean othersRead;

    private List<ScoreInput> inputs = List.of();
    private String overallComment;
    private boolean sheetSubmitted;
    private boolean draftStored;
    private Instant submittedAt;
    private Instant savedAt;
    private boolean saveFailed;
    private transient List<OtherRow> others;
    private long roundSubmitted;
    private long roundScorable;

    /**
     * One criterion's input: its rules, copied as plain values (no record in the session, see {@link #entry}), and the
     * judge's value and comment.
     */
    public static final class ScoreInput implements Serializable {
        private static final long serialVersionUID = 2L;
        private final String code;
        private final String name;
        private final String guidance;
        private final BigDecimal min;
        private final BigDecimal max;
        private final BigDecimal step;
        private final BigDecimal commentRequiredBelow;
        private final String minText;
        private final String maxText;
        private final String stepText;
        private final String commentThresholdText;
        private BigDecimal value;
        private String comment;

        ScoreInput(Criterion criterion, SheetValue stored, Locale locale) {
            this.code = criterion.code();
            this.name = criterion.name();
            this.guidance = criterion.guidance();
            this.min = criterion.min();
            this.max = criterion.max();
            this.step = criterion.step();
            this.commentRequiredBelow = criterion.commentRequiredBelow();
            this.minText = ScoreNumberConverter.text(min, locale);
            this.maxText = ScoreNumberConverter.text(max, locale);
            this.stepText = ScoreNumberConverter.text(step, locale);
            this.commentThresholdText = ScoreNumberConverter.text(commentRequiredBelow, locale);
            this.value = stored == null ? null : stored.getValue();
            this.comment = stored == null ? null : stored.getComment();
        }

        public String getCode() {
            return code;
        }

        /** The criterion's name in the judge's language. */
        public String getName() {
            return name;
        }

        public String getGuidance() {
            return guidance;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public double getMin() {
            return min.doubleValue();
        }

        public double getMax() {
            return max.doubleValue();
        }

        public double getStep() {
            return step.doubleValue();
        }

        public String getMinText() {
            return minText;
        }

        public String getMaxText() {
            return maxText;
        }

        public String getStepText() {
            return stepText;
        }

        public String getCommentThresholdText() {
            return commentThresholdText;
        }

        /** Whether the value fits the scale and its steps (the sheet checks the same rule again). */
        boolean fits() {
            if (value == null) {
                return true;
            }
            return value.compareTo(min) >= 0
                    && value.compareTo(max) <= 0
                    && value.subtract(min).remainder(step).signum() == 0;
        }

        public boolean isCommentRule() {
            return commentRequiredBelow != null;
        }

        /** Whether the current value asks for a comment (the service checks it again on submission). */
        public boolean isCommentRequired() {
            return value != null && commentRequiredBelow != null && value.compareTo(commentRequiredBelow) < 0;
        }

        public int getDecimalPlaces() {
            return Math.max(0, step.stripTrailingZeros().scale());
        }
    }

    /** Another judge's submitted values in the rubric's order, their comments ("Criterion: comment") and overall comment. */
    public record OtherRow(
            String judgeName, List<String> values, List<String> comments, String overallComment, Instant submittedAt)
            implements Serializable {}

    public void load() throws IOException {
        try {
            if (round == null || subject == null) {
                throw DomainException.notFound();
            }
            // one access check and one transaction for everything the form shows (issue 17)
            JudgeScoring.Workspace workspace = scoring.open(round, subject, Language.of(localeSelector.getLocale()));
            entry = workspace.entry();
            fill(workspace.sheet());
            others = workspace.others() == null ? null : otherRows(workspace.others());
            othersRead = true;
            progress(workspace.progress());
        } catch (DomainException refusal) {
            // A judge never learns that an entry exists but is not theirs: forbidden is answered as not found.
            PageRefusals.refuse(
                    refusal.kind() == DomainException.Kind.FORBIDDEN ? DomainException.notFound() : refusal);
        }
    }

    private void fill(JudgeSheet sheet) {
        sheetSubmitted = sheet.submitted();
        draftStored = sheet.version() != null;
        shownVersion = sheet.version();
        submittedAt = sheet.submittedAt();
        overallComment = sheet.overallComment();
        List<ScoreInput> filled = new ArrayList<>();
        for (Criterion criterion : entry().criteria()) {
            filled.add(new ScoreInput(criterion, sheet.values().get(criterion.code()), localeSelector.getLocale()));
        }
        inputs = filled;
    }

    private void loadOthers() {
        others = null;
        othersRead = true;
        Entry current = entry();
        if (current == null || current.scoreVisibility() == ScoreVisibility.NEVER) {
            return;
        }
        try {
            others = otherRows(scoring.otherJudgesScores(round, subject));
        } catch (DomainException notYet) {
            // the round's rule does not allow it yet: the panel stays hidden
        }
    }

    private List<OtherRow> otherRows(List<OtherJudgeSheet> sheets) {
        List<OtherRow> rows = new ArrayList<>();
        for (OtherJudgeSheet sheet : sheets) {
            Locale locale = localeSelector.getLocale();
            List<String> values = entry().criteria().stream()
                    .map(c -> ScoreNumberConverter.text(sheet.values().get(c.code()), locale))
                    .toList();
            List<String> comments = entry().criteria().stream()
                    .filter(c -> sheet.comments().containsKey(c.code()))
                    .map(c -> c.name() + ": " + sheet.comments().get(c.code()))
                    .toList();
            rows.add(new OtherRow(sheet.judgeName(), values, comments, sheet.overallComment(), sheet.submittedAt()));
        }
        return rows;
    }

    /** The judge's submitted sheets against all the entries they may score in this round (the queue's rows of it). */
    private void loadProgress() {
        progress(queue.myProgress(round));
    }

    private void progress(JudgeQueueQuery.Progress progress) {
        roundScorable = progress.scorable();
        roundSubmitted = progress.submitted();
    }

    /**
     * Refuses, beside each field, a value outside its criterion's scale or off its steps, in the judge's language and
     * numbers; the value stays in the field as typed. True when every value fits.
     */
    private boolean valuesFit() {
        boolean fit = true;
        for (ScoreInput input : inputs) {
            if (!input.fits()) {
                fit = false;
                messages.error(
                        FORM + ":" + input.getCode(),
                        "evaluation.judging.score.outOfScale",
                        ScoreNumberConverter.text(input.value, localeSelector.getLocale()),
                        input.getMinText(),
                        input.getMaxText(),
                        input.getStepText());
            }
        }
        if (!fit) {
            saveFailed = true;
            FacesContext.getCurrentInstance().validationFailed();
        }
        return fit;
    }

    /** Ajax, on each change: keeps the sheet as a draft. */
    public void autosave() {
        if (!isEditable() || !valuesFit()) {
            return;
        }
        try {
            JudgeSheet saved = scoring.saveDraft(shown(), values(), overallComment);
            sheetSubmitted = saved.submitted();
            shownVersion = saved.version();
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

    /**
     * Saves the draft (when the sheet is still editable) and opens the next entry of the queue that is still to be
     * scored, after this one in the queue's order and round again from the start; the queue when none is left.
     * A refused save stays on this entry with the reason beside the field.
     */
    public void saveAndNext() throws IOException {
        if (isEditable() && !valuesFit()) {
            return;
        }
        JudgeScoring.NextEntry next;
        try {
            next = scoring.saveAndNext(shown(), values(), overallComment);
        } catch (DomainException refusal) {
            saveFailed = true;
            lastRefusal = refusal.messageKey();
            messages.error(FORM, refusal);
            if (refusal.field() == null) {
                refresh();
            }
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (next == null) {
            messages.info("evaluation.judging.score.queueDone");
            messages.keepForRedirect();
            external.redirect(external.getRequestContextPath() + "/evaluation/judge/queue.xhtml");
        } else {
            external.redirect(external.getRequestContextPath() + "/evaluation/judge/score.xhtml?round=" + next.roundId()
                    + "&subject=" + next.subjectId());
        }
    }

    public void submit() {
        if (!isEditable() || !valuesFit()) {
            return;
        }
        try {
            JudgeSheet submitted = scoring.submit(shown(), values(), overallComment);
            fill(submitted);
            savedAt = Instant.now(clock);
            saveFailed = false;
            messages.info("evaluation.judging.score.submittedNow");
            loadOthers();
            loadProgress();
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
            sheetSubmitted = sheet.submitted();
            submittedAt = sheet.submittedAt();
        } catch (DomainException gone) {
            // no longer accessible (a conflict was declared meanwhile): the next request answers 404
        }
    }

    /** The sheet as this form shows it: which one, and the version the judge's changes are based on. */
    private JudgeSheet.Shown shown() {
        return new JudgeSheet.Shown(round, subject, shownVersion);
    }

    /**
     * The entry: the one read when the form opened, or (on a node that received this view without it, after a
     * failover) read again, with the same access check. Null when the judge may no longer score it: the form is then
     * not editable, and the next page asked for answers 404.
     */
    private Entry entry() {
        if (entry == null && round != null && subject != null) {
            entry = ReadAgain.orWhenRefused(
                    () -> entries.entry(round, subject, Language.of(localeSelector.getLocale())), null);
        }
        return entry;
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

    public boolean isEditable() {
        Entry current = entry();
        return current != null && current.acceptsScores() && !sheetSubmitted;
    }

    public boolean isSubmitted() {
        return sheetSubmitted;
    }

    public String getSubmittedAtText() {
        return moment(submittedAt);
    }

    public String getClosesAtText() {
        Entry current = entry();
        return current == null ? null : moment(current.closesAt());
    }

    public String getOpensAtText() {
        Entry current = entry();
        return current == null ? null : moment(current.opensAt());
    }

    /** A time of this round in the round's zone, named ("2026-12-06 16:00 (Asia/Shanghai)"). */
    public String moment(Instant instant) {
        Entry current = entry();
        return current == null ? "" : TimeText.of(instant, current.zone());
    }

    public String getSavedAtText() {
        Entry current = entry();
        return savedAt == null || current == null
                ? null
                : TIME.format(savedAt.atZone(ZoneId.of(current.zone()))) + " (" + current.zone() + ")";
    }

    /** One heading of the entry (null for details without one) with its details, in the programme's order. */
    public record Section(String heading, List<org.greenhub.evaluation.application.SubjectDetails.Detail> details)
            implements Serializable {}

    public List<Section> getSections() {
        List<Section> sections = new ArrayList<>();
        Entry current = entry();
        if (current == null) {
            return sections;
        }
        for (var detail : current.details()) {
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last == null || !java.util.Objects.equals(last.heading(), detail.section())) {
                last = new Section(detail.section(), new ArrayList<>());
                sections.add(last);
            }
            last.details().add(detail);
        }
        return sections;
    }

    public long getRoundSubmitted() {
        return roundSubmitted;
    }

    public long getRoundScorable() {
        return roundScorable;
    }

    public int getRoundPercent() {
        return new JudgeQueueQuery.Progress(roundSubmitted, roundScorable).percent();
    }

    public Long getRound() {
        return round;
    }

    public Long getSubject() {
        return subject;
    }

    public String getRoundParam() {
        return round == null ? null : round.toString();
    }

    public void setRoundParam(String value) {
        this.round = id(value);
    }

    public String getSubjectParam() {
        return subject == null ? null : subject.toString();
    }

    public void setSubjectParam(String value) {
        this.subject = id(value);
    }

    /** An id from the address; anything else is taken as no id (the page then answers 404, not a conversion error). */
    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Entry getEntry() {
        return entry();
    }

    public List<ScoreInput> getInputs() {
        return inputs;
    }

    public String getOverallComment() {
        return overallComment;
    }

    public void setOverallComment(String overallComment) {
        this.overallComment = overallComment;
    }

    public boolean isDraftStored() {
        return draftStored;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isSaveFailed() {
        return saveFailed;
    }

    public List<OtherRow> getOthers() {
        if (!othersRead) {
            loadOthers();
        }
        return others;
    }
}
