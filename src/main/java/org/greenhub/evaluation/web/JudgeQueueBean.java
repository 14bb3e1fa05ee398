package org.greenhub.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.greenhub.evaluation.application.JudgeQueueQuery;
import org.greenhub.evaluation.application.JudgeQueueQuery.QueueRow;
import org.greenhub.evaluation.application.JudgeQueueQuery.SheetState;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.Messages;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.platform.web.ReadAgain;
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

    @Inject
    Messages messages;

    /**
     * The queue as read, kept in memory only: a view-scoped bean lives in the session, and on a cluster every request
     * copies the session to the other node. Fifty rows there cost four times the page's own CPU (session 12's profile:
     * the marshaller reads each record's fields through a new method handle every time). A node that receives the
     * view without them reads the queue again ({@link #rows()}).
     */
    private transient List<QueueRow> rows;

    private String search;
    private SheetState state;
    private boolean anyTrackOrGroup;

    /**
     * The table's lines for the current search and filter, made once per change: not kept in the session (a node that
     * receives the view makes them again), and never made again while one response renders them.
     */
    private transient List<Line> shown;

    /**
     * One line of the table as it is written, every text resolved once in Java, so each cell is plain text in the page
     * instead of components that evaluate their expressions row by row (issue 17: the 50 rows' components and the
     * links' navigation cases were three fifths of the queue's CPU). The texts are escaped as the page writes them.
     */
    public static final class Line {
        private final QueueRow row;
        private final String state;
        private final String closesAt;
        private final String note;
        private final String action;
        private final String actionTitle;
        private final String href;

        Line(QueueRow row, String state, String closesAt, String note, String action, String actionTitle, String href) {
            this.row = row;
            this.state = state;
            this.closesAt = closesAt;
            this.note = note;
            this.action = action;
            this.actionTitle = actionTitle;
            this.href = href;
        }

        public String getRoundName() {
            return row.roundName();
        }

        public String getReference() {
            return row.reference();
        }

        /** The entry's title; empty in a blind round and for a conflicted entry (the query never read it). */
        public String getTitle() {
            return row.title() == null ? "" : row.title();
        }

        /** Why there is no title: a blind round, or a conflict; null when the title is shown. */
        public String getNote() {
            return note;
        }

        public String getTrackGroup() {
            return row.trackGroup() == null ? "" : row.trackGroup();
        }

        /** The state's code, for the style of its badge (and the load harness, which reads it). */
        public String getStateCode() {
            return row.state().name();
        }

        public String getState() {
            return state;
        }

        public String getClosesAt() {
            return closesAt;
        }

        public boolean isClosed() {
            return row.closed();
        }

        /** The score form's address; null for a conflicted entry, which is never openable. */
        public String getHref() {
            return href;
        }

        public String getAction() {
            return action;
        }

        public String getActionTitle() {
            return actionTitle;
        }
    }

    public void load() throws IOException {
        try {
            rows = read();
            // read once: the column's rendered attribute asks for every row of the table
            anyTrackOrGroup = rows.stream().anyMatch(r -> r.trackGroup() != null);
            shown = null;
        } catch (DomainException refusal) {
            // A judge never learns that an entry exists but is not theirs: forbidden is answered as not found.
            PageRefusals.refuse(
                    refusal.kind() == DomainException.Kind.FORBIDDEN ? DomainException.notFound() : refusal);
        }
    }

    /** Every row, for the counts; {@link #getShown} for the table. */
    public List<QueueRow> getRows() {
        return rows();
    }

    /**
     * The rows read when the page opened or, on a node that received this view without them (after a failover), read
     * again. Refused then (the judge's account closed meanwhile), the view shows no rows rather than the error page;
     * the next page the judge opens answers as {@link #load} does.
     */
    private List<QueueRow> rows() {
        if (rows == null) {
            rows = ReadAgain.orWhenRefused(this::read, List.of());
        }
        return rows;
    }

    private List<QueueRow> read() {
        return query.myQueue(Language.of(localeSelector.getLocale()));
    }

    /** The lines of the rows that match the search and the state filter, in the queue's order. */
    public List<Line> getShown() {
        if (shown == null) {
            String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
            Locale locale = localeSelector.getLocale();
            String context =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            List<Line> lines = new ArrayList<>();
            for (QueueRow r : rows()) {
                boolean matches = (state == null || r.state() == state)
                        && (needle.isEmpty()
                                || r.reference().toLowerCase(Locale.ROOT).contains(needle)
                                || (r.title() != null
                                        && r.title().toLowerCase(Locale.ROOT).contains(needle)));
                if (matches) {
                    lines.add(line(r, locale, context));
                }
            }
            shown = lines;
        }
        return shown;
    }

    private Line line(QueueRow r, Locale locale, String context) {
        boolean conflicted = r.state() == SheetState.CONFLICT;
        String note = conflicted
                ? messages.get(locale, "evaluation.judging.queue.conflictNote")
                : r.blind() ? messages.get(locale, "evaluation.judging.entry.hiddenBlind") : null;
        String action = messages.get(
                locale,
                r.state() == SheetState.SUBMITTED || r.closed()
                        ? "evaluation.judging.queue.view"
                        : "evaluation.judging.queue.score");
        return new Line(
                r,
                messages.get(locale, r.state().messageKey()),
                TimeText.of(r.closesAt(), r.zone()),
                note,
                action,
                messages.get(locale, "evaluation.judging.queue.openEntry", r.reference()),
                conflicted
                        ? null
                        : context + "/evaluation/judge/score.xhtml?round=" + r.roundId() + "&subject=" + r.subjectId());
    }

    /** Ajax: the search or the filter changed; the table reads {@link #getShown} again. */
    public void filter() {
        shown = null;
    }

    /** The track / group column only when some entry has one (on a phone an empty line per entry is noise). */
    public boolean isAnyTrackOrGroup() {
        return anyTrackOrGroup;
    }

    public long getToDo() {
        return rows().stream().filter(QueueRow::toDo).count();
    }

    /** Entries the judge can score or has scored: every row but the conflicted ones. */
    public long getScorable() {
        return rows().stream().filter(r -> r.state() != SheetState.CONFLICT).count();
    }

    public long getSubmitted() {
        return rows().stream().filter(r -> r.state() == SheetState.SUBMITTED).count();
    }

    /** Whole per cent for the progress bar. */
    public int getPercent() {
        return new JudgeQueueQuery.Progress(getSubmitted(), getScorable()).percent();
    }

    public List<SheetState> getStates() {
        return Arrays.asList(SheetState.values());
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
        shown = null;
    }

    public SheetState getState() {
        return state;
    }

    public void setState(SheetState state) {
        this.state = state;
        shown = null;
    }
}
