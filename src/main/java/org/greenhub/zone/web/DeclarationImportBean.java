package org.greenhub.zone.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.zone.application.DeclarationImport;
import org.greenhub.zone.application.DeclarationImportRejected;
import org.greenhub.zone.application.ZoneAccess;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A zone's declaration import: the template in the reader's language (CSV or Excel) and the upload of a filled
 * sheet. A refused sheet lists every line to correct, numbered as the spreadsheet numbers them, with its reason in
 * the reader's language; nothing of it was stored. Another zone answers 404, the page and its actions alike.
 */
@Named("declarationImport")
@ViewScoped
public class DeclarationImportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationImport imports;

    @Inject
    ZoneAccess access;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    /** A line to correct as the page lists it: its number, the column named in the reader's language, why. */
    public record ProblemRow(int line, String column, String reason) implements Serializable {}

    private Long zoneId;
    private ZoneRow zone;
    private transient UploadedFile upload;
    private boolean acceptOnImport;
    private List<ProblemRow> problems = List.of();

    public void load() {
        try {
            if (zoneId == null) {
                throw DomainException.notFound();
            }
            zone = ZoneRow.of(access.view(zoneId), localeSelector.getLocale());
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
        }
    }

    /** A plain (not ajax) post, as file uploads are; the outcome is shown on the same page. */
    public void importSheet() {
        problems = List.of();
        try {
            if (upload == null || upload.getSize() == 0) {
                throw DomainException.invalid("file", "zoneimport.import.choose");
            }
            DeclarationImport.Summary summary =
                    imports.importSheet(zoneId, upload.getFileName(), upload.getContent(), acceptOnImport);
            messages.info("zoneimport.import.done", summary.filed(), summary.accepted());
        } catch (DeclarationImportRejected rejected) {
            problems = rejected.problems().stream()
                    .map(p -> new ProblemRow(
                            p.line(),
                            p.field() == null
                                    ? messages.text("zoneimport.import.wholeLine")
                                    : messages.text(DeclarationImport.columnKey(p.field())),
                            messages.text(p.messageKey(), p.args().toArray())))
                    .toList();
            messages.error("importForm:file", "zoneimport.import.rejected");
        } catch (DomainException refusal) {
            messages.error("importForm:file", refusal.messageKey(), refusal.args());
        } finally {
            upload = null;
        }
    }

    public StreamedContent getTemplateCsv() {
        return download(imports.template(zoneId, false));
    }

    public StreamedContent getTemplateExcel() {
        return download(imports.template(zoneId, true));
    }

    private static StreamedContent download(DeclarationImport.Template template) {
        byte[] content = template.content();
        return DefaultStreamedContent.builder()
                .name(template.fileName())
                .contentType(template.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public Long getZoneId() {
        return zoneId;
    }

    public void setZoneId(Long zoneId) {
        this.zoneId = zoneId;
    }

    public ZoneRow getZone() {
        return zone;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public boolean isAcceptOnImport() {
        return acceptOnImport;
    }

    public void setAcceptOnImport(boolean acceptOnImport) {
        this.acceptOnImport = acceptOnImport;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }
}
