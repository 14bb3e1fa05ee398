package org.greenhub.incubation.residency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.greenhub.incubation.residency.application.ReportEvidenceService;
import org.greenhub.incubation.residency.application.ReportEvidenceService.EvidenceRow;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.application.ResidencyQueries.ReportDetail;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.EvidencePurpose;
import org.greenhub.incubation.residency.domain.ReportMetrics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.PageRefusals;
import org.primefaces.model.file.UploadedFile;

/** One report ({@code ?id=}): the start-up files it; afterwards both sides read it and the manager comments. */
@Named("reportPage")
@ViewScoped
public class ReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResidencyQueries queries;

    @Inject
    ResidencyService service;

    @Inject
    FacesMessages messages;

    @Inject
    ReportEvidenceService evidence;

    private Long id;
    private ReportDetail report;
    private ReportMetrics metrics = new ReportMetrics();
    private String note;
    private String comment;
    private List<EvidenceRow> files = List.of();
    private EvidencePurpose purpose = EvidencePurpose.GENERAL;
    private transient UploadedFile upload;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            refresh();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    private void refresh() {
        report = queries.report(id);
        metrics = report.metrics().copy();
        note = report.note();
        comment = report.managerComment();
        files = evidence.list(id);
    }

    /**
     * A plain (not ajax) post, as file uploads are: always answered by a redirect to this report's address, so
     * refresh, back and bookmarks keep working; messages travel in the Faces flash.
     */
    public String attach() {
        try {
            if (upload == null || upload.getSize() == 0) {
                messages.error("evidenceForm:file", "residency.evidence.fileRequired");
            } else {
                evidence.attach(id, purpose, upload.getFileName(), upload.getContent());
                messages.info("residency.evidence.attached", upload.getFileName());
            }
        } catch (DomainException refusal) {
            messages.error("evidenceForm", refusal);
        } finally {
            upload = null;
        }
        messages.keepForRedirect();
        return "/incubation/residency/report?faces-redirect=true&id=" + id;
    }

    public void removeFile(long evidenceId) {
        try {
            evidence.remove(evidenceId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal);
        }
    }

    public String file() {
        try {
            service.fileReport(id, metrics, note);
            messages.info("residency.report.filed");
            messages.keepForRedirect();
            return "/incubation/residency/report?faces-redirect=true&id=" + id;
        } catch (DomainException refusal) {
            messages.error("reportForm", refusal);
            return null;
        }
    }

    public void saveComment() {
        try {
            service.comment(id, comment);
            messages.info("residency.report.commentSaved");
            refresh();
        } catch (DomainException refusal) {
            messages.error("commentForm", refusal);
        }
    }

    public List<EvidenceRow> getFiles() {
        return files;
    }

    public List<EvidencePurpose> getPurposes() {
        return List.of(EvidencePurpose.values());
    }

    public EvidencePurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(EvidencePurpose purpose) {
        this.purpose = purpose;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReportDetail getReport() {
        return report;
    }

    public ReportMetrics getMetrics() {
        return metrics;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
