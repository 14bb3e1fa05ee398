package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EntryExport;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The managers' list of an edition's entries: paged, sorted and filtered in the database (status, group, track,
 * words of the title or organisation name in any script), exported as CSV or Excel, decided by the rules in bulk.
 */
@Named("entryList")
@ViewScoped
public class EntryListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EntryReview review;

    @Inject
    EntryExport export;

    @Inject
    CompetitionService competitions;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long id;
    private String name;
    private String zone;
    private List<String> tracks = List.of();
    private EntryStatus status;
    private CompetitionGroup group;
    private String track;
    private String text;

    private final DatabasePage<EntryReview.Row> rows = new DatabasePage<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected List<EntryReview.Row> page(int first, int size, String sortField, boolean ascending) {
            return review.page(id, filter(), first, size, sortField, ascending);
        }

        @Override
        protected long total() {
            return review.count(id, filter());
        }

        @Override
        protected Object keyOf(EntryReview.Row row) {
            return row.id();
        }
    };

    public void load() {
        CompetitionPages.loadOr404(id, () -> {
            Competition c = competitions.manage(id);
            name = c.text(CompetitionPages.language(locale)).getName();
            zone = c.getTimeZone();
            tracks = new ArrayList<>(CompetitionPages.tracks(c.getTracks()));
        });
    }

    private EntryReview.Filter filter() {
        return new EntryReview.Filter(status, group, track, text);
    }

    public void search() {
        // the table reloads with the new filter (first page)
    }

    public void decideAllByRules() {
        try {
            int eligible = review.decideAllByRules(id);
            messages.info("competition.entries.decided", eligible);
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public void exportCsv() {
        send(ExportFile.Format.CSV);
    }

    public void exportExcel() {
        send(ExportFile.Format.XLSX);
    }

    private void send(ExportFile.Format format) {
        ExportFile file = export.export(id, format, CompetitionPages.language(locale));
        CompetitionPages.send(file.fileName(), file.contentType(), file.content());
    }

    public String time(java.time.Instant instant) {
        return CompetitionPages.time(instant, zone);
    }

    public List<EntryStatus> getStatuses() {
        return List.of(EntryStatus.values()).stream().filter(s -> s != EntryStatus.DRAFT).toList();
    }

    public List<CompetitionGroup> getGroups() { return List.of(CompetitionGroup.values()); }
    public DatabasePage<EntryReview.Row> getRows() { return rows; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public List<String> getTracks() { return tracks; }
    public EntryStatus getStatus() { return status; }
    public void setStatus(EntryStatus v) { this.status = v; }
    public CompetitionGroup getGroup() { return group; }
    public void setGroup(CompetitionGroup v) { this.group = v; }
    public String getTrack() { return track; }
    public void setTrack(String v) { this.track = v; }
    public String getText() { return text; }
    public void setText(String v) { this.text = v; }
}
