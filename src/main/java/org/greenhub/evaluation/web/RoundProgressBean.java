package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.greenhub.evaluation.application.JudgeScoring;
import org.greenhub.evaluation.application.ProgressService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.ReadAgain;
import org.primefaces.PrimeFaces;

/**
 * A round's progress for programme managers: per judge, per entry, per panel; reminders to late judges; reopening a
 * submitted score sheet with a reason. Opened with {@code ?round=id}.
 */
@Named("roundProgress")
@ViewScoped
public class RoundProgressBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgressService progressService;

    @Inject
    JudgeScoring scoring;

    @Inject
    FacesMessages messages;

    private Long round;

    /**
     * The round's progress: every judge, entry and submitted sheet, thousands of records in a large round. Kept out of
     * the session ({@code transient}): a cluster copies the session after every request, records slowly (see
     * docs/architecture.md, "Several nodes"). The node holding the session keeps the same bean between requests; a
     * node that receives the view without it reads it again ({@link #progress()}).
     */
    private transient ProgressService.RoundProgress progress;

    /** The submitted sheet the reopening dialog is open for, by id; its row is found in {@link #progress()}. */
    private Long reopeningSheetId;

    private String reopenReason;

    public void load() throws IOException {
        try {
            if (round == null) {
                throw DomainException.notFound();
            }
            progress = progressService.progress(round);
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public void remind() {
        try {
            int reminded = progressService.remindLateJudges(round);
            if (reminded == 0) {
                messages.info("evaluation.resultsui.progress.nobodyLate");
            } else {
                messages.info("evaluation.resultsui.progress.reminded", reminded);
            }
        } catch (DomainException refusal) {
            messages.error(null, refusal);
        }
    }

    public void prepareReopen(ProgressService.SubmittedSheet sheet) {
        reopeningSheetId = sheet.sheetId();
        reopenReason = null;
    }

    public void reopen() {
        ProgressService.SubmittedSheet reopening = getReopening();
        if (reopening == null) {
            return;
        }
        try {
            scoring.reopen(reopening.sheetId(), reopenReason);
            messages.info("evaluation.resultsui.progress.reopened", reopening.reference(), reopening.judgeName());
            reopeningSheetId = null;
            reopenReason = null;
            progress = progressService.progress(round);
            PrimeFaces.current().executeScript("PF('reopenDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("reopenForm", refusal);
        }
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public ProgressService.RoundProgress getProgress() {
        return progress();
    }

    /**
     * The progress read when the page opened or, on a node that received this view without it, read again with the
     * same access check. Null when refused then (the manager's role withdrawn meanwhile); the next page answers 404.
     */
    private ProgressService.RoundProgress progress() {
        if (progress == null && round != null) {
            progress = ReadAgain.orWhenRefused(() -> progressService.progress(round), null);
        }
        return progress;
    }

    public ProgressService.SubmittedSheet getReopening() {
        ProgressService.RoundProgress current = progress();
        if (reopeningSheetId == null || current == null) {
            return null;
        }
        return current.submittedSheets().stream()
                .filter(sheet -> sheet.sheetId() == reopeningSheetId)
                .findFirst()
                .orElse(null);
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
