package org.greenhub.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.application.AdvancementPreview;
import org.greenhub.evaluation.application.AdvancementService;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.ProgressService;
import org.greenhub.evaluation.application.RoundPageReader;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.evaluation.application.RoundResultsService;
import org.greenhub.evaluation.application.ScoreExportService;
import org.greenhub.evaluation.application.ScoreImportRejected;
import org.greenhub.evaluation.application.ScoreImportService;
import org.greenhub.evaluation.application.SensitivityReport;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.ScopeKey;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.JudgeFlag;
import org.greenhub.evaluation.domain.scoring.JudgeStatistics;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * A round's results for programme managers: the declared rules, the ranking per scope, judge statistics and
 * agreement, the sensitivity report, advancement (preview and confirm), the import of on-site score sheets and the
 * exports. Opened with {@code ?round=id}. Everything kept between requests is plain serializable values.
 */
@Named("roundResults")
@ViewScoped
public class RoundResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoundResultsService resultsService;

    @Inject
    AdvancementService advancement;

    @Inject
    RoundPageReader reader;

    @Inject
    ProgressService progressService;

    @Inject
    ScoreImportService imports;

    @Inject
    ScoreExportService exports;

    @Inject
    FacesMessages messages;

    /** The declared rules, as the page shows them. */
    public record Rules(
            String roundName,
            String method,
            int trim,
            String outlierGap,
            String rule,
            String scope,
            Integer count,
            String threshold,
            List<String> tieBreak,
            int judgesPerEntry,
            String status,
            boolean over)
            implements Serializable {
        public String tieBreakText() {
            return String.join(" → ", tieBreak);
        }
    }

    public record RankingRow(
            String scope,
            String reference,
            String title,
            int rank,
            String score,
            int judges,
            List<String> criteria,
            boolean tied,
            boolean outlier,
            boolean fewerJudges)
            implements Serializable {}

    public record ScopeSection(String scope, List<RankingRow> rows) implements Serializable {}

    public record JudgeRow(String judge, String mean, String sd, boolean noSpread) implements Serializable {}

    public record Place(int rank, String score, String outcome) implements Serializable {}

    public record SensitivityRow(String reference, String scope, List<Place> places, boolean changes)
            implements Serializable {}

    public record PreviewRow(String reference, String title, String scope, int rank, String score, String outcome)
            implements Serializable {}

    public record Tie(String scope, int rank, List<String> entries, int places) implements Serializable {
        public String entriesText() {
            return String.join(", ", entries);
        }
    }

    public record DecisionRow(String reference, String scope, int rank, String score, boolean advanced, String note)
            implements Serializable {}

    public record Problem(int line, String text) implements Serializable {}

    private Long round;
    private Rules rules;
    private List<String> criteria = List.of();
    private List<ScopeSection> sections = List.of();
    /** Every scope's rows one after the other, as the one paged ranking table shows them. */
    private List<RankingRow> rankingRows = List.of();

    private List<JudgeRow> judges = List.of();
    private Double kendallW;
    private int outlierCount;
    private String chartJson;
    private List<AggregationMethod> methods = List.of(AggregationMethod.values());
    private List<SensitivityRow> sensitivity = List.of();
    private List<PreviewRow> preview = List.of();
    private List<Tie> ties = List.of();
    private List<DecisionRow> decisions = List.of();

    private List<String> chosenAtTies = new ArrayList<>();
    private String note;
    private Long nextRoundId;

    private transient UploadedFile upload;
    private List<Problem> importProblems = List.of();
    private List<QuotaRow> quotaRows = List.of();
    private String quotaReason;

    /** How many entries advance from one group or track under "top N with quotas"; edited in place. */
    public static class QuotaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String scope;
        private Integer quota;

        QuotaRow(String scope, Integer quota) {
            this.scope = scope;
            this.quota = quota;
        }

        public String getScope() {
            return scope;
        }

        public Integer getQuota() {
            return quota;
        }

        public void setQuota(Integer quota) {
            this.quota = quota;
        }
    }

    public void load() throws IOException {
        try {
            if (round == null) {
                throw DomainException.notFound();
            }
            fill();
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    private void fill() {
        RoundPageReader.RoundRulesView view = reader.rules(round);
        RoundRules r = view.rules();
        boolean over = view.over();
        // An open round past its closing time takes no more scores: shown as closed, as judges experience it.
        String status = over ? "CLOSED" : view.status().name();
        rules = new Rules(
                r.name(),
                r.method().name(),
                r.trim(),
                number(r.outlierGap()),
                r.advancementRule().name(),
                r.advancementScope().name(),
                r.advancementCount(),
                number(r.advancementThreshold()),
                List.copyOf(r.tieBreak()),
                r.judgesPerEntry(),
                status,
                over);
        Map<String, String> titles = progressService.entryTitles(round);

        // one read of the scores for the rankings, the sensitivity report and the advancement preview
        RoundResultsService.ResultsPage page = resultsService.resultsPage(round);
        RoundResults results = page.results();
        criteria = List.copyOf(results.criteria());
        List<ScopeSection> scopeSections = new ArrayList<>();
        for (RoundResults.ScopeRanking ranking : results.scopes()) {
            List<RankingRow> rows = ranking.entries().stream()
                    .map(e -> new RankingRow(
                            ranking.scope(),
                            e.reference(),
                            titles.get(e.reference()),
                            e.rank(),
                            number(e.score()),
                            e.judges(),
                            criteria.stream()
                                    .map(c -> e.criteria().get(c) == null
                                            ? ""
                                            : number(e.criteria().get(c)))
                                    .toList(),
                            e.tied(),
                            e.flags().contains(RoundResults.EntryFlag.OUTLIER_SCORE),
                            e.flags().contains(RoundResults.EntryFlag.FEWER_JUDGES_THAN_PLANNED)))
                    .toList();
            scopeSections.add(new ScopeSection(ranking.scope(), rows));
        }
        sections = List.copyOf(scopeSections);
        rankingRows =
                sections.stream().flatMap(section -> section.rows().stream()).toList();
        judges = results.judges().stream()
                .map(j -> new JudgeRow(
                        j.judge(), number(j.mean()), number(j.sd()), j.flags().contains(JudgeFlag.NO_SPREAD)))
                .toList();
        kendallW = results.kendallW().isPresent() ? results.kendallW().getAsDouble() : null;
        outlierCount = results.outliers().size();
        chartJson = chart(results.judges());

        SensitivityReport report = page.sensitivity();
        sensitivity = report.lines().stream()
                .map(line -> new SensitivityRow(
                        line.reference(),
                        line.scope(),
                        methods.stream()
                                .map(m -> {
                                    SensitivityReport.Place p = line.places().get(m);
                                    return p == null
                                            ? new Place(0, "", "")
                                            : new Place(
                                                    p.rank(),
                                                    number(p.score()),
                                                    p.outcome().name());
                                })
                                .toList(),
                        line.advancementChanges()))
                .toList();

        AdvancementPreview advancementPreview = advancement.preview(round, results);
        preview = advancementPreview.lines().stream()
                .map(l -> new PreviewRow(
                        l.reference(),
                        titles.get(l.reference()),
                        l.scope(),
                        l.rank(),
                        number(l.score()),
                        l.outcome().name()))
                .toList();
        ties = advancementPreview.tiesNeedingPanelDecision().stream()
                .map(t -> new Tie(t.scope(), t.rank(), List.copyOf(t.entries()), t.places()))
                .toList();
        decisions = advancement.decisionLines(round).stream()
                .map(RoundResultsBean::decision)
                .toList();
        if ("TOP_N_WITH_QUOTAS".equals(rules.rule())) {
            Map<String, Integer> set = advancement.quotas(round);
            quotaRows = sections.stream()
                    .map(ScopeSection::scope)
                    .distinct()
                    .map(scope -> new QuotaRow(scope, set.get(scope)))
                    .toList();
        }
    }

    /** Saves the quotas the manager filled in, then shows the advancement they give. */
    public void saveQuotas() {
        try {
            Map<String, Integer> quotas = new java.util.LinkedHashMap<>();
            for (QuotaRow row : quotaRows) {
                if (row.getQuota() != null) {
                    quotas.put(row.getScope(), row.getQuota());
                }
            }
            advancement.setQuotas(round, quotas, quotaReason);
            quotaReason = null;
            fill();
            messages.info("evaluation.resultsui.quota.saved");
        } catch (DomainException refusal) {
            messages.error("quotaForm", refusal);
        }
    }

    public List<QuotaRow> getQuotaRows() {
        return quotaRows;
    }

    public String getQuotaReason() {
        return quotaReason;
    }

    public void setQuotaReason(String quotaReason) {
        this.quotaReason = quotaReason;
    }

    public boolean isUsesQuotas() {
        return rules != null && "TOP_N_WITH_QUOTAS".equals(rules.rule());
    }

    private static DecisionRow decision(AdvancementService.DecisionLine d) {
        return new DecisionRow(d.reference(), d.scope(), d.rank(), number(d.score()), d.advanced(), d.note());
    }

    /** Chart.js configuration: a bar per judge, the judge's mean total (0-100). */
    private String chart(List<JudgeStatistics> statistics) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (JudgeStatistics judge : statistics) {
            labels.add(judge.judge());
            data.add(judge.mean());
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add(
                                                                "label",
                                                                messages.text("evaluation.resultsui.chart.dataset"))
                                                        .add("data", data)
                                                        .add("backgroundColor", "#1b7f4b"))))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("indexAxis", "y")
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("min", 0)
                                                                .add("max", 100))))
                .build()
                .toString();
    }

    public void openConfirm() {
        chosenAtTies = new ArrayList<>();
        note = null;
        nextRoundId = null;
    }

    public void confirm() {
        try {
            advancement.confirm(round, new LinkedHashSet<>(chosenAtTies), note, nextRoundId);
            messages.info("evaluation.resultsui.advancement.confirmed");
            PrimeFaces.current().executeScript("PF('confirmDialog').hide()");
            fill();
        } catch (DomainException refusal) {
            messages.error("confirmForm", refusal);
        }
    }

    public void importSheets() {
        importProblems = List.of();
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new ScoreImportRejected(
                        List.of(new ScoreImportRejected.Problem(1, "evaluation.import.noScores")));
            }
            ScoreImportService.Summary summary = imports.importSheets(round, upload.getContent());
            messages.info("evaluation.resultsui.import.done", summary.sheets(), summary.values());
            fill();
        } catch (ScoreImportRejected rejected) {
            importProblems = rejected.problems().stream()
                    .map(p -> new Problem(
                            p.line(), messages.text(p.messageKey(), p.args().toArray())))
                    .toList();
            messages.error(null, rejected.messageKey(), rejected.args());
        } catch (DomainException refusal) {
            messages.error(null, refusal);
        } finally {
            upload = null;
        }
    }

    public StreamedContent getScoreMatrixCsv() {
        return download(() -> exports.scoreMatrix(round, ExportFile.Format.CSV));
    }

    public StreamedContent getScoreMatrixExcel() {
        return download(() -> exports.scoreMatrix(round, ExportFile.Format.XLSX));
    }

    public StreamedContent getResultsCsv() {
        return download(() -> exports.results(round, ExportFile.Format.CSV));
    }

    public StreamedContent getResultsExcel() {
        return download(() -> exports.results(round, ExportFile.Format.XLSX));
    }

    private static StreamedContent download(java.util.function.Supplier<ExportFile> export) {
        ExportFile file = export.get();
        byte[] content = file.content();
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    /** The text of a scope value: the whole round, "none", or the group/track itself. */
    public String scopeLabel(String scope) {
        if (ScopeKey.WHOLE_ROUND.equals(scope)) {
            return messages.text("evaluation.resultsui.scope.wholeRound");
        }
        if (ScopeKey.NONE.equals(scope)) {
            return messages.text("evaluation.resultsui.scope.none");
        }
        return scope;
    }

    public List<String> getTieEntries() {
        List<String> all = new ArrayList<>();
        ties.forEach(t -> all.addAll(t.entries()));
        return all;
    }

    public boolean isTiesNeedDecision() {
        return !ties.isEmpty();
    }

    public boolean isConfirmed() {
        return !decisions.isEmpty();
    }

    public boolean isCanConfirm() {
        return decisions.isEmpty()
                && !preview.isEmpty()
                && rules != null
                && rules.over()
                && !"NONE".equals(rules.rule());
    }

    public long getChangingCount() {
        return sensitivity.stream().filter(SensitivityRow::changes).count();
    }

    public boolean isHasResults() {
        return sections.stream().anyMatch(s -> !s.rows().isEmpty());
    }

    public int getImportProblemCount() {
        return importProblems.size();
    }

    public boolean isAnyTie() {
        return sections.stream().flatMap(s -> s.rows().stream()).anyMatch(RankingRow::tied);
    }

    public boolean isPanelDecides(String outcome) {
        return AdvancementSelection.Outcome.PANEL_DECIDES.name().equals(outcome);
    }

    public java.util.Set<String> getTieReferences() {
        return new HashSet<>(getTieEntries());
    }

    public Long getRound() {
        return round;
    }

    public void setRound(Long round) {
        this.round = round;
    }

    public Rules getRules() {
        return rules;
    }

    public List<String> getCriteria() {
        return criteria;
    }

    public List<ScopeSection> getSections() {
        return sections;
    }

    /**
     * The ranking of every scope in one list, in the scopes' order and by rank within each: the page shows it as one
     * table, paged (issue 17: 1,000 entries rendered three times made the page cost 1.6 s of CPU), with the scope as a
     * column when there is more than one.
     */
    public List<RankingRow> getRanking() {
        return rankingRows;
    }

    public boolean isSeveralScopes() {
        return sections.size() > 1;
    }

    public List<JudgeRow> getJudges() {
        return judges;
    }

    public Double getKendallW() {
        return kendallW;
    }

    public String getKendallWText() {
        return kendallW == null ? null : number(kendallW);
    }

    public int getOutlierCount() {
        return outlierCount;
    }

    public String getChartJson() {
        return chartJson;
    }

    public List<AggregationMethod> getMethods() {
        return methods;
    }

    public List<SensitivityRow> getSensitivity() {
        return sensitivity;
    }

    public List<PreviewRow> getPreview() {
        return preview;
    }

    public List<Tie> getTies() {
        return ties;
    }

    public List<DecisionRow> getDecisions() {
        return decisions;
    }

    public List<String> getChosenAtTies() {
        return chosenAtTies;
    }

    public void setChosenAtTies(List<String> chosenAtTies) {
        this.chosenAtTies = chosenAtTies;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Long getNextRoundId() {
        return nextRoundId;
    }

    public void setNextRoundId(Long nextRoundId) {
        this.nextRoundId = nextRoundId;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public List<Problem> getImportProblems() {
        return importProblems;
    }

    /** A figure as people read it: at most four decimals, no trailing zeros, no exponent. */
    static String number(double value) {
        return java.math.BigDecimal.valueOf(value)
                .setScale(4, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String number(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
