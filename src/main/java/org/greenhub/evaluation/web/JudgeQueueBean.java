package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeQueueQuery.QueueRow;
import org.greenhub.evaluation.application.JudgeQueueQuery.SheetState;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.TimeText;

/**
 * The signed-in judge's queue: every published assignment in an open round, with where their sheet stands, how many
 * they have submitted, a search by reference (and by title, only where the round shows titles) and a filter by state.
 */
@Named("judgeQueue")
@ViewScoped
public class JudgeQueueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JudgeQueueQuery query;

    @Inject
    LocaleSelector localeSelector;

    private List<QueueRow> rows = List.of();
    private String search;
    private SheetState state;

    public void load() throws IOException {
        try {
            rows = query.myQueue(Language.of(localeSelector.getLocale()));
        } catch (DomainException refusal) {
            // A judge never learns that an entry exists but is not theirs: forbidden is answered as not found.
            PageRefusals.refuse(
                    refusal.kind() == DomainException.Kind.FORBIDDEN ? DomainException.notFound() : refusal);
        }
    }

    /** Every row, for the counts; {@link #getShown} for the table. */
    public List<QueueRow> getRows() {
        return rows;
    }

    /** The rows that match the search and the state filter, in the queue's order. */
    public List<QueueRow> getShown() {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        return rows.stream()
                .filter(r -> state == null || r.state() == state)
                .filter(r -> needle.isEmpty()
                        || r.reference().toLowerCase(Locale.ROOT).contains(needle)
                        || (r.title() != null
                                && r.title().toLowerCase(Locale.ROOT).contains(needle)))
                .toList();
    }

    /** Ajax: the search or the filter changed; the table reads {@link #getShown}. */
    public void filter() {
        // nothing to load: the rows are in the view already, and the filter is applied as the table renders
    }

    /** The track / group column only when some entry has one (on a phone an empty line per entry is noise). */
    public boolean isAnyTrackOrGroup() {
        return rows.stream().anyMatch(r -> r.trackGroup() != null);
    }

    public long getToDo() {
        return rows.stream().filter(QueueRow::toDo).count();
    }

    /** Entries the judge can score or has scored: every row but the conflicted ones. */
    public long getScorable() {
        return rows.stream().filter(r -> r.state() != SheetState.CONFLICT).count();
    }

    public long getSubmitted() {
        return rows.stream().filter(r -> r.state() == SheetState.SUBMITTED).count();
    }

    /** Whole per cent for the progress bar. */
    public int getPercent() {
        long scorable = getScorable();
        return scorable == 0 ? 0 : (int) (getSubmitted() * 100 / scorable);
    }

    public String closesAt(QueueRow row) {
        return TimeText.of(row.closesAt(), row.zone());
    }

    public List<SheetState> getStates() {
        return Arrays.asList(SheetState.values());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public SheetState getState() {
        return state;
    }

    public void setState(SheetState state) {
        this.state = state;
    }
}
