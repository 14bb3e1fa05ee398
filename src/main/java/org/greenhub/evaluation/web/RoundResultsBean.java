package org.greenhub.evaluation.web;

import jakarta.faces.context.FacesContext;
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
import org.greenhub.evaluation.application.ResultsPageReader;
import org.greenhub.evaluation.application.ResultsSnapshot;
import org.greenhub.evaluation.application.RoundPageReader;
import org.greenhub.evaluation.application.RoundResults;
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
 * exports. Opened with {@code ?round=id}.
 * <p>
 * The view keeps only what says what it shows: the round, and the manager's inputs (quotas, the confirmation's
 * choices); each table's page is in its component's state. Every request reads the round's rules and results again
 * through {@link ResultsPageReader}, which shares the computed results between views and managers until the scores
 * change (issue 17: keeping every row of every table in each view ran a server of 512 MB out of memory at ten
 * managers), and builds the tables' rows once per computed results ({@link Tables}).
 */
@Named("roundResults")
@ViewScoped
public class RoundResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResultsPageReader resultsReader;

    @Inject
    AdvancementService advancement;

    @Inject
    RoundPageReader reader;

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
    private final List<AggregationMethod> methods = List.of(AggregationMethod.values());

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

    /**
     * The tables' rows of one computed results, in no language (texts are looked up when rendering): made once per
     * {@link ResultsSnapshot} and shared with it, so paging, re-rendering and other managers' views build nothing.
     */
    record Tables(
            List<String> criteria,
            List<RankingRow> ranking,
            int scopes,
            List<JudgeRow> judges,
            Double kendallW,
            int outlierCount,
            List<SensitivityRow> sensitivity,
            List<PreviewRow> preview,
            List<Tie> ties) {

        static Tables of(ResultsSnapshot snapshot) {
            RoundResults results = snapshot.results();
            Map<String, String> titles = snapshot.titles();
            List<String> criteria = List.copyOf(results.criteria());
            List<RankingRow> ranking = new ArrayList<>();
            for (RoundResults.ScopeRanking inScope : results.scopes()) {
                for (RoundResults.EntryResult e : inScope.entries()) {
                    ranking.add(new RankingRow(
                            inScope.scope(),
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
                            e.flags().contains(RoundResults.EntryFlag.FEWER_JUDGES_THAN_PLANNED)));
                }
            }
            List<JudgeRow> judges = results.judges().stream()
                    .map(j -> new JudgeRow(
                            j.judge(),
                            number(j.mean()),
                            number(j.sd()),
                            j.flags().contains(JudgeFlag.NO_SPREAD)))
                    .toList();
            List<AggregationMethod> methods = List.of(AggregationMethod.values());
            List<SensitivityRow> sensitivity = snapshot.sensitivity().lines().stream()
                    .map(line -> new SensitivityRow(
                            line.reference(),
                            line.scope(),
                            methods.stream()
                                    .map(m -> {
                                        SensitivityReport.Place p =
                                                line.places().get(m);
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
            AdvancementPreview advancementPreview = snapshot.preview();
            List<PreviewRow> preview = advancementPreview.lines().stream()
                    .map(l -> new PreviewRow(
                            l.reference(),
                            titles.get(l.reference()),
                            l.scope(),
                            l.rank(),
                            number(l.score()),
                            l.outcome().name()))
                    .toList();
            List<Tie> ties = advancementPreview.tiesNeedingPanelDecision().stream()
                    .map(t -> new Tie(t.scope(), t.rank(), List.copyOf(t.entries()), t.places()))
                    .toList();
            return new Tables(
                    criteria,
                    List.copyOf(ranking),
                    results.scopes().size(),
                    judges,
                    results.kendallW().isPresent() ? results.kendallW().getAsDouble() : null,
                    results.outliers().size(),
                    sensitivity,
                    preview,
                    ties);
        }
    }

    /** What one request shows, each part read when the request first needs it; never kept in the view. */
    private static final class Shown {
        Rules rules;
        ResultsSnapshot snapshot;
        Tables tables;
        List<DecisionRow> decisions;
        String chartJson;
    }

    public void load() throws IOException {
        try {
            if (round == null) {
                throw DomainException.notFound();
            }
            // the access check and the reads, here where a refusal can still answer 404
            tables();
            quotaRows = quotaRows();
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(refusal);
        }
    }

    private Shown shown() {
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (Shown) request.computeIfAbsent(Shown.class.getName() + "#" + round, key -> new Shown());
    }

    /** Forgets what this request read: after a change the page shows the round as it is now. */
    private void reread() {
        FacesContext.getCurrentInstance().getAttributes().remove(Shown.class.getName() + "#" + round);
    }

    private Rules rules() {
        Shown shown = shown();
        if (shown.rules == null) {
            RoundPageReader.RoundRulesView view = reader.rules(round);
            RoundRules r = view.rules();
            boolean over = view.over();
            // An open round past its closing time takes no more scores: shown as closed, as judges experience it.
            String status = over ? "CLOSED" : view.status().name();
            shown.rules = new Rules(
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
        }
        return shown.rules;
    }

    private ResultsSnapshot snapshot() {
        Shown shown = shown();
        if (shown.snapshot == null) {
            // Shared results, not LazyDataModels over results ranked per request: paging then ranks and builds nothing.
            shown.snapshot = resultsReader.read(round);
        }
        return shown.snapshot;
    }

    private Tables tables() {
        Shown shown = shown();
        if (shown.tables == null) {
            shown.tables = snapshot().shaped(Tables.class, Tables::of);
        }
        return shown.tables;
    }

    private List<DecisionRow> decisions() {
        Shown shown = shown();
        if (shown.decisions == null) {
            shown.decisions = advancement.decisionLines(round).stream()
                    .map(RoundResultsBean::decision)
                    .toList();
        }
        return shown.decisions;
    }

    /** The quota fields of a TOP_N_WITH_QUOTAS round, one per scope of the ranking, filled with the quotas set. */
    private List<QuotaRow> quotaRows() {
        if (!"TOP_N_WITH_QUOTAS".equals(rules().rule())) {
            return List.of();
        }
        Map<String, Integer> set = advancement.quotas(round);
        return tables().ranking().stream()
                .map(RankingRow::scope)
                .distinct()
                .map(scope -> new QuotaRow(scope, set.get(scope)))
                .toList();
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
            reread();
            quotaRows = quotaRows();
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
        return "TOP_N_WITH_QUOTAS".equals(rules().rule());
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
            reread();
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
            reread();
            quotaRows = quotaRows();
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
        tables().ties().forEach(t -> all.addAll(t.entries()));
        return all;
    }

    public boolean isTiesNeedDecision() {
        return !tables().ties().isEmpty();
    }

    public boolean isConfirmed() {
        return !decisions().isEmpty();
    }

    public boolean isCanConfirm() {
        return decisions().isEmpty()
                && !tables().preview().isEmpty()
                && rules().over()
                && !"NONE".equals(rules().rule());
    }

    public long getChangingCount() {
        return tables().sensitivity().stream().filter(SensitivityRow::changes).count();
    }

    public boolean isHasResults() {
        return !tables().ranking().isEmpty();
    }

    public int getImportProblemCount() {
        return importProblems.size();
    }

    public boolean isAnyTie() {
        return tables().ranking().stream().anyMatch(RankingRow::tied);
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
        return rules();
    }

    public List<String> getCriteria() {
        return tables().criteria();
    }

    /**
     * The ranking of every scope in one list, in the scopes' order and by rank within each: the page shows it as one
     * table, paged (issue 17: 1,000 entries rendered three times made the page cost 1.6 s of CPU), with the scope as a
     * column when there is more than one.
     */
    public List<RankingRow> getRanking() {
        return tables().ranking();
    }

    public boolean isSeveralScopes() {
        return tables().scopes() > 1;
    }

    public List<JudgeRow> getJudges() {
        return tables().judges();
    }

    public Double getKendallW() {
        return tables().kendallW();
    }

    public String getKendallWText() {
        Double kendallW = tables().kendallW();
        return kendallW == null ? null : number(kendallW);
    }

    public int getOutlierCount() {
        return tables().outlierCount();
    }

    /** Built per request: its label is in the manager's language. */
    public String getChartJson() {
        Shown shown = shown();
        if (shown.chartJson == null) {
            shown.chartJson = chart(snapshot().results().judges());
        }
        return shown.chartJson;
    }

    public List<AggregationMethod> getMethods() {
        return methods;
    }

    public List<SensitivityRow> getSensitivity() {
        return tables().sensitivity();
    }

    public List<PreviewRow> getPreview() {
        return tables().preview();
    }

    public List<Tie> getTies() {
        return tables().ties();
    }

    public List<DecisionRow> getDecisions() {
        return decisions();
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
