package org.greenhub.competition.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.application.EntryExport;
import org.greenhub.competition.application.EntryReview;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;

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
    org.greenhub.competition.application.EntryBulkActions bulk;

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
    /** The rows ticked on the current page (selection does not carry across pages). */
    private List<EntryReview.Row> selected = new ArrayList<>();

    private String bulkQuestion;
    private java.time.LocalDateTime bulkDeadline;

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
            CompetitionService.Edition c = competitions
                    .managedEdition(id, CompetitionPages.language(locale))
                    .edition();
            name = c.name();
            zone = c.timeZone();
            tracks = new ArrayList<>(CompetitionPages.tracks(c.tracks()));
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

    /**
     * Asks the applicants of the ticked entries for more information (one question, one deadline). All or nothing:
     * the message says how many were asked, or which entries were refused and why, and then nobody was asked.
     */
    public void requestInformationForSelection() {
        try {
            if (bulkDeadline == null) {
                throw DomainException.invalid("bulkDeadline", "platform.validation.required");
            }
            int asked = bulk.requestInformation(
                    id,
                    selected.stream().map(EntryReview.Row::id).toList(),
                    bulkQuestion,
                    bulkDeadline.atZone(java.time.ZoneId.of(zone)).toInstant());
            messages.info("competition.bulk.asked", asked);
            selected = new ArrayList<>();
            bulkQuestion = null;
            bulkDeadline = null;
        } catch (org.greenhub.competition.application.EntryBulkActions.Refused refused) {
            messages.error(null, "competition.bulk.refused", refused.refusals().size());
            for (var refusal : refused.refusals()) {
                String which = refusal.reference() != null
                        ? refusal.reference()
                        : messages.text("competition.bulk.entryNumber", refusal.entryId());
                messages.error(
                        null,
                        "competition.bulk.refusedEntry",
                        which,
                        messages.text(refusal.messageKey(), refusal.args()));
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        } catch (DomainException refusal) {
            messages.error(
                    refusal.field() == null ? null : "entriesForm:" + refusal.field(),
                    refusal.messageKey(),
                    refusal.args());
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public List<EntryReview.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<EntryReview.Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getBulkQuestion() {
        return bulkQuestion;
    }

    public void setBulkQuestion(String bulkQuestion) {
        this.bulkQuestion = bulkQuestion;
    }

    public java.time.LocalDateTime getBulkDeadline() {
        return bulkDeadline;
    }

    public void setBulkDeadline(java.time.LocalDateTime bulkDeadline) {
        this.bulkDeadline = bulkDeadline;
    }

    public String getZone() {
        return zone;
    }

    public void exportCsv() {
        send(ExportFile.Format.CSV);
    }

    public void exportExcel() {
        send(ExportFile.Format.XLSX);
    }

    /** The ticked entries only, as CSV. */
    public void exportSelectedCsv() {
        sendSelected(ExportFile.Format.CSV);
    }

    /** The ticked entries only, as Excel. */
    public void exportSelectedExcel() {
        sendSelected(ExportFile.Format.XLSX);
    }

    private void sendSelected(ExportFile.Format format) {
        ExportFile file = export.export(
                id,
                format,
                CompetitionPages.language(locale),
                selected.stream().map(EntryReview.Row::id).toList());
        CompetitionPages.send(file.fileName(), file.contentType(), file.content());
    }

    private void send(ExportFile.Format format) {
        ExportFile file = export.export(id, format, CompetitionPages.language(locale));
        CompetitionPages.send(file.fileName(), file.contentType(), file.content());
    }

    public String time(java.time.Instant instant) {
        return CompetitionPages.time(instant, zone);
    }

    public List<EntryStatus> getStatuses() {
        return List.of(EntryStatus.values()).stream()
                .filter(s -> s != EntryStatus.DRAFT)
                .toList();
    }

    public List<CompetitionGroup> getGroups() {
        return List.of(CompetitionGroup.values());
    }

    public DatabasePage<EntryReview.Row> getRows() {
        return rows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public EntryStatus getStatus() {
        return status;
    }

    public void setStatus(EntryStatus v) {
        this.status = v;
    }

    public CompetitionGroup getGroup() {
        return group;
    }

    public void setGroup(CompetitionGroup v) {
        this.group = v;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String v) {
        this.track = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        this.text = v;
    }
}
