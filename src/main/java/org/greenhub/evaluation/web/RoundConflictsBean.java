package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.greenhub.evaluation.application.ConflictService;
import org.greenhub.evaluation.application.RoundPageReader;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.ReadAgain;
import org.primefaces.PrimeFaces;

/** A programme manager reviews the conflicts of interest in a round and waives a detected one with a reason. */
@Named("roundConflicts")
@ViewScoped
public class RoundConflictsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundSetupBean round;

    @Inject
    RoundPageReader reader;

    @Inject
    ConflictService conflicts;

    @Inject
    FacesMessages messages;

    /** The round's conflicts, read again when missing: see {@link RoundSetupBean}. */
    private transient List<RoundPageReader.ConflictRow> rows;

    private int rowsRevision = -1;
    private RoundPageReader.ConflictRow toWaive;
    private String waiverReason;

    public List<RoundPageReader.ConflictRow> getRows() {
        if ((rows == null || rowsRevision != round.getRevision()) && round.getId() != null) {
            rows = ReadAgain.orWhenRefused(
                    () -> reader.conflicts(round.getId(), round.getEntries(), round.getPanelJudges()), List.of());
            rowsRevision = round.getRevision();
        }
        return rows;
    }

    public void startWaiver(RoundPageReader.ConflictRow row) {
        toWaive = row;
        waiverReason = null;
    }

    public void waive() {
        try {
            conflicts.waive(round.getId(), toWaive.judgeId(), toWaive.subjectId(), waiverReason);
            messages.info("evaluation.ui.conflicts.waiveDone", toWaive.judge(), toWaive.reference());
            round.refresh();
            PrimeFaces.current().executeScript("PF('waiverDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("waiverForm", refusal);
        }
    }

    public RoundPageReader.ConflictRow getToWaive() {
        return toWaive;
    }

    public String getWaiverReason() {
        return waiverReason;
    }

    public void setWaiverReason(String waiverReason) {
        this.waiverReason = waiverReason;
    }
}
