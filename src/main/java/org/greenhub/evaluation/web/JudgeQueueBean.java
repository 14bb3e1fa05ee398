package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeQueueQuery.QueueRow;
import org.greenhub.evaluation.application.JudgeQueueQuery.SheetState;
import org.greenhub.platform.error.DomainException;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** The signed-in judge's queue: every published assignment in an open round, with where their sheet stands. */
@Named("judgeQueue")
@ViewScoped
public class JudgeQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    JudgeQueueQuery query;

    private List<QueueRow> rows = List.of();

    public void load() throws IOException {
        try {
            rows = query.queue(currentUser.require().getId());
        } catch (DomainException refusal) {
            JudgePages.refuse(refusal);
        }
    }

    public List<QueueRow> getRows() { return rows; }

    /** The track / group column only when some entry has one (on a phone an empty line per entry is noise). */
    public boolean isAnyTrackOrGroup() {
        return rows.stream().anyMatch(r -> r.track() != null || r.group() != null);
    }

    public long getToDo() {
        return rows.stream().filter(r -> r.state() != SheetState.SUBMITTED && !r.closed()).count();
    }
}
