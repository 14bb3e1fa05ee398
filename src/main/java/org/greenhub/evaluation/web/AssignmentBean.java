package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.greenhub.evaluation.application.AssignmentService;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.evaluation.application.RoundPageReader;
import org.greenhub.evaluation.domain.assignment.AssignmentPlan;
import org.greenhub.evaluation.domain.assignment.AssignmentPlanner;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.ReadAgain;

/**
 * A programme manager assigns judges to the round’s entries: previews the automatic plan for a seed, applies it,
 * adjusts by hand, publishes, and withdraws a judge who leaves. The round itself comes from {@link RoundSetupBean}.
 */
@Named("assignment")
@ViewScoped
public class AssignmentBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundSetupBean round;

    @Inject
    AssignmentService assignments;

    @Inject
    RoundPageReader reader;

    @Inject
    FacesMessages messages;

    /** One entry of a previewed plan with the judges it would get. */
    public record PreviewRow(String reference, String judges) implements Serializable {}

    public record LoadRow(String judge, int load) implements Serializable {}

    private Long seed;
    /**
     * The plan last previewed (a row per entry: a thousand in issue 17's round) and the judges' loads: out of the
     * session, like the round's lists. The view keeps only that a plan is shown and for which seed ({@code null}: the
     * round's own), and a node that receives the view without the rows plans them again; the planner gives the same
     * plan for the same seed and round.
     */
    private transient List<PreviewRow> preview;

    private transient List<LoadRow> loads;
    private boolean previewShown;
    private Long previewSeed;
    /** The round's assignments (five thousand in issue 17's workload), read again when missing: see {@link RoundSetupBean}. */
    private transient List<RoundPageReader.AssignmentRow> current;

    private int currentRevision = -1;
    private Long manualSubjectId;
    private Long manualJudgeId;
    private Long withdrawJudgeId;
    private String withdrawReason;

    public List<RoundPageReader.AssignmentRow> getCurrent() {
        if ((current == null || currentRevision != round.getRevision()) && round.getId() != null) {
            current = ReadAgain.orWhenRefused(() -> reader.assignments(round.getId()), List.of());
            currentRevision = round.getRevision();
        }
        return current;
    }

    public void preview() {
        try {
            show(assignments.preview(round.getId(), seed));
            previewShown = true;
            previewSeed = seed;
        } catch (DomainException refusal) {
            previewShown = false;
            preview = null;
            loads = null;
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    private void show(AssignmentPlan plan) {
        Map<Long, String> judges = judgeNames();
        preview = round.getEntries().stream()
                .map(e -> new PreviewRow(
                        e.reference(),
                        plan.judgesOf(e.subjectId()).stream()
                                .map(j -> judges.getOrDefault(j, String.valueOf(j)))
                                .collect(Collectors.joining(", "))))
                .toList();
        loads = plan.loads().entrySet().stream()
                .map(l -> new LoadRow(judges.getOrDefault(l.getKey(), String.valueOf(l.getKey())), l.getValue()))
                .toList();
    }

    /** Plans the shown preview again on a node that received this view without its rows (after a failover). */
    private void previewAgainIfMissing() {
        if (previewShown && (preview == null || loads == null) && round.getId() != null) {
            AssignmentPlan plan = ReadAgain.orWhenRefused(() -> assignments.preview(round.getId(), previewSeed), null);
            if (plan == null) {
                previewShown = false;
            } else {
                show(plan);
            }
        }
    }

    public void apply() {
        try {
            AssignmentPlan plan = assignments.apply(round.getId(), seed == null ? 1 : seed);
            messages.info("evaluation.ui.assignment.applied", plan.planned().size());
            changed();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void assignManually() {
        try {
            if (manualSubjectId == null) {
                throw DomainException.invalid("entry", "platform.validation.required");
            }
            if (manualJudgeId == null) {
                throw DomainException.invalid("judge", "platform.validation.required");
            }
            assignments.assignManually(round.getId(), manualSubjectId, manualJudgeId);
            messages.info("evaluation.ui.assignment.added");
            changed();
        } catch (DomainException refusal) {
            messages.error("manualForm", refusal);
        }
    }

    public void unassign(RoundPageReader.AssignmentRow row) {
        try {
            assignments.unassign(round.getId(), row.subjectId(), row.judgeId());
            messages.info("evaluation.ui.assignment.removed", row.judge(), row.reference());
            changed();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void publish() {
        try {
            assignments.publish(round.getId());
            messages.info("evaluation.ui.assignment.published");
            changed();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void withdraw() {
        try {
            if (withdrawJudgeId == null) {
                throw DomainException.invalid("withdrawJudge", "platform.validation.required");
            }
            AssignmentPlanner.Replacement replacement =
                    assignments.withdrawJudge(round.getId(), withdrawJudgeId, withdrawReason);
            messages.info(
                    "evaluation.ui.assignment.withdrawn", replacement.removed().size());
            withdrawJudgeId = null;
            withdrawReason = null;
            changed();
        } catch (DomainException refusal) {
            messages.error("withdrawForm", refusal);
        }
    }

    private void changed() {
        current = null;
        previewShown = false;
        preview = null;
        loads = null;
        round.refresh();
    }

    private Map<Long, String> judgeNames() {
        return round.getPanelJudges().stream().collect(Collectors.toMap(Choice::id, Choice::label, (a, b) -> a));
    }

    public Map<Long, String> getEntryReferences() {
        return round.getEntries().stream()
                .collect(Collectors.toMap(
                        RoundPageReader.EntryRow::subjectId, RoundPageReader.EntryRow::reference, (a, b) -> a));
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public List<PreviewRow> getPreview() {
        previewAgainIfMissing();
        return previewShown ? preview : null;
    }

    public List<LoadRow> getLoads() {
        previewAgainIfMissing();
        return previewShown ? loads : null;
    }

    public Long getManualSubjectId() {
        return manualSubjectId;
    }

    public void setManualSubjectId(Long manualSubjectId) {
        this.manualSubjectId = manualSubjectId;
    }

    public Long getManualJudgeId() {
        return manualJudgeId;
    }

    public void setManualJudgeId(Long manualJudgeId) {
        this.manualJudgeId = manualJudgeId;
    }

    public Long getWithdrawJudgeId() {
        return withdrawJudgeId;
    }

    public void setWithdrawJudgeId(Long withdrawJudgeId) {
        this.withdrawJudgeId = withdrawJudgeId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
