package org.greenhub.competition.award.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.greenhub.competition.award.application.AwardQueries;
import org.greenhub.competition.award.application.AwardService;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.DatabasePage;
import org.greenhub.platform.web.LocalisedTime;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The managers' awards page of one edition ({@code ?competition=id}): propose, approve (another manager), publish,
 * the awards paged in the database, objections with investigation and decision, exports. The services check that the
 * user manages this edition; everything kept here is serializable values.
 */
@Named("awardManagement")
@ViewScoped
public class AwardManagementBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What a manager decides about one objection. */
    public enum Decision {
        DISMISS,
        REVISE,
        REVOKE
    }

    /** The form fields of one objection row. */
    public static class ObjectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String investigation;
        private Decision decision;
        private AwardTierCode newTier;
        private String reason;

        public String getInvestigation() {
            return investigation;
        }

        public void setInvestigation(String investigation) {
            this.investigation = investigation;
        }

        public Decision getDecision() {
            return decision;
        }

        public void setDecision(Decision decision) {
            this.decision = decision;
        }

        public AwardTierCode getNewTier() {
            return newTier;
        }

        public void setNewTier(AwardTierCode newTier) {
            this.newTier = newTier;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    AwardService service;

    @Inject
    AwardQueries queries;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector locale;

    private Long competition;
    private AwardQueries.Overview overview;
    private List<AwardQueries.ObjectionLine> objections = List.of();
    private final Map<Long, ObjectionForm> forms = new HashMap<>();
    private AwardsPage awards;

    public void load() {
        try {
            if (competition == null) {
                throw DomainException.notFound();
            }
            overview = queries.overview(competition, Language.of(locale.getLocale()));
            if (overview.result() != null) {
                long resultId = overview.result().id();
                awards = new AwardsPage(queries, resultId);
                objections = queries.objections(resultId);
            } else {
                awards = null;
                objections = List.of();
            }
        } catch (org.greenhub.platform.error.DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    public void propose() {
        run(() -> service.propose(competition), "award.manage.proposed");
    }

    public void approve() {
        run(() -> service.approve(overview.result().id()), "award.manage.approved");
    }

    public void publish() {
        run(() -> service.publish(overview.result().id()), "award.manage.published");
    }

    public void discard() {
        run(() -> service.discard(overview.result().id()), "award.manage.discarded");
    }

    public void investigate(long objectionId) {
        run(
                () -> service.recordInvestigation(objectionId, form(objectionId).getInvestigation()),
                "award.manage.investigated");
    }

    public void decide(long objectionId) {
        ObjectionForm form = form(objectionId);
        if (form.getDecision() == null) {
            messages.error(null, "award.manage.decisionRequired");
            return;
        }
        run(
                () -> {
                    switch (form.getDecision()) {
                        case DISMISS -> service.dismiss(objectionId, form.getReason());
                        case REVISE ->
                            service.uphold(objectionId, AwardChangeKind.REVISED, form.getNewTier(), form.getReason());
                        case REVOKE -> service.uphold(objectionId, AwardChangeKind.REVOKED, null, form.getReason());
                    }
                },
                "award.manage.decided");
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            messages.info(doneKey);
            forms.clear();
            load();
        } catch (DomainException refusal) {
            // Shown at the top of the page: the fields of an objection row have generated ids.
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public ObjectionForm form(long objectionId) {
        return forms.computeIfAbsent(objectionId, id -> new ObjectionForm());
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public AwardTierCode[] getTiers() {
        return AwardTierCode.values();
    }

    public StreamedContent getAwardsCsv() {
        return download(() -> queries.awardsExport(overview.result().id(), ExportFile.Format.CSV));
    }

    public StreamedContent getAwardsExcel() {
        return download(() -> queries.awardsExport(overview.result().id(), ExportFile.Format.XLSX));
    }

    public StreamedContent getMatrixCsv() {
        return download(() -> queries.scoreMatrix(overview.result().id(), ExportFile.Format.CSV));
    }

    public StreamedContent getMatrixExcel() {
        return download(() -> queries.scoreMatrix(overview.result().id(), ExportFile.Format.XLSX));
    }

    private static StreamedContent download(Supplier<ExportFile> export) {
        ExportFile file = export.get();
        byte[] content = file.content();
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public String time(java.time.Instant instant) {
        return LocalisedTime.text(instant, locale.getLocale(), overview == null ? null : overview.zone());
    }

    public Long getCompetition() {
        return competition;
    }

    public void setCompetition(Long competition) {
        this.competition = competition;
    }

    public AwardQueries.Overview getOverview() {
        return overview;
    }

    public AwardQueries.ResultState getResult() {
        return overview == null ? null : overview.result();
    }

    public List<AwardQueries.ObjectionLine> getObjections() {
        return objections;
    }

    public AwardsPage getAwards() {
        return awards;
    }

    /** The awards of the result, one page at a time from the database. */
    public static class AwardsPage extends DatabasePage<AwardQueries.AwardLine> {
        private static final long serialVersionUID = 1L;
        private final transient AwardQueries queries;
        private final long resultId;

        AwardsPage(AwardQueries queries, long resultId) {
            this.queries = queries;
            this.resultId = resultId;
        }

        private AwardQueries queries() {
            return queries != null
                    ? queries
                    : jakarta.enterprise
                            .inject
                            .spi
                            .CDI
                            .current()
                            .select(AwardQueries.class)
                            .get();
        }

        @Override
        protected List<AwardQueries.AwardLine> page(int first, int size, String sortField, boolean ascending) {
            return queries().awards(resultId, first, size);
        }

        @Override
        protected long total() {
            return queries().countAwards(resultId);
        }

        @Override
        protected Object keyOf(AwardQueries.AwardLine row) {
            return row.id();
        }
    }
}
