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
    private ProgressService.RoundProgress progress;
    private ProgressService.SubmittedSheet reopening;
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
        reopening = sheet;
        reopenReason = null;
    }

    public void reopen() {
        if (reopening == null) {
            return;
        }
        try {
            scoring.reopen(reopening.sheetId(), reopenReason);
            messages.info("evaluation.resultsui.progress.reopened", reopening.reference(), reopening.judgeName());
            reopening = null;
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
        return progress;
    }

    public ProgressService.SubmittedSheet getReopening() {
        return reopening;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String reopenReason) {
        this.reopenReason = reopenReason;
    }
}
