package org.greenhub.alliance.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.alliance.application.AllianceExports;
import org.greenhub.alliance.application.MemberEvaluationService;
import org.greenhub.alliance.application.MemberEvaluationService.EvaluationLine;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.web.DatabasePage;
import org.primefaces.model.StreamedContent;

/** The evaluation tab: the yearly member evaluation computed, marked, adjusted, published and exported. */
@Named("allianceEvaluation")
@ViewScoped
public class AllianceEvaluationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AllianceManageBean manage;

    @Inject
    MemberEvaluationService evaluation;

    @Inject
    AllianceExports exports;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Integer year;
    private DatabasePage<EvaluationLine> evaluationLines;
    private Long editedEvaluation;
    private BigDecimal reports;
    private BigDecimal projects;
    private BigDecimal adjustment;
    private String adjustmentReason;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        evaluationLines = new DatabasePage<>() {
            @Override
            protected List<EvaluationLine> page(int first, int size, String sortField, boolean ascending) {
                return evaluation.year(manage.getAllianceId(), year, first, size);
            }

            @Override
            protected long total() {
                return evaluation.countYear(manage.getAllianceId(), year);
            }

            @Override
            protected Object keyOf(EvaluationLine row) {
                return row.id();
            }
        };
    }

    public void computeEvaluation() {
        try {
            int count = evaluation.evaluate(manage.getAllianceId(), year == null ? 0 : year);
            messages.info("alliance.manage.evaluation.computed", count, String.valueOf(year));
        } catch (DomainException refusal) {
            messages.error("evaluationForm", refusal);
        }
    }

    public void publishEvaluation() {
        try {
            int count = evaluation.publish(manage.getAllianceId(), year);
            messages.info("alliance.manage.evaluation.published", count, String.valueOf(year));
        } catch (DomainException refusal) {
            messages.error("evaluationForm", refusal);
        }
    }

    public void editEvaluation(EvaluationLine line) {
        editedEvaluation = line.id();
        reports = line.reports();
        projects = line.projects();
        adjustment = line.adjustment();
        adjustmentReason = line.adjustmentReason();
    }

    public void saveEvaluation() {
        try {
            evaluation.mark(editedEvaluation, reports, projects);
            evaluation.adjust(editedEvaluation, adjustment == null ? BigDecimal.ZERO : adjustment, adjustmentReason);
            editedEvaluation = null;
            messages.info("alliance.membership.done.saved");
        } catch (DomainException refusal) {
            messages.error("evaluationEditForm", refusal);
        }
    }

    public StreamedContent getEvaluationCsv() {
        return AlliancePages.download(() ->
                exports.evaluations(manage.getAllianceId(), year, AllianceExports.Format.CSV, manage.getLanguage()));
    }

    public StreamedContent getEvaluationExcel() {
        return AlliancePages.download(() ->
                exports.evaluations(manage.getAllianceId(), year, AllianceExports.Format.XLSX, manage.getLanguage()));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DatabasePage<EvaluationLine> getEvaluationLines() {
        return evaluationLines;
    }

    public Long getEditedEvaluation() {
        return editedEvaluation;
    }

    public BigDecimal getReports() {
        return reports;
    }

    public void setReports(BigDecimal reports) {
        this.reports = reports;
    }

    public BigDecimal getProjects() {
        return projects;
    }

    public void setProjects(BigDecimal projects) {
        this.projects = projects;
    }

    public BigDecimal getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(BigDecimal adjustment) {
        this.adjustment = adjustment;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }
}
