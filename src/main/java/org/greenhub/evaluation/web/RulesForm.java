package org.greenhub.evaluation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;

/**
 * The rules of a round as the managers’ forms edit them (the new-round wizard and the round page share it). Times are
 * typed as wall-clock times in a chosen zone, because judges and managers think in their local time, and stored as
 * instants. The domain validates; this only carries values.
 */
public class RulesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The zones GreenHub’s programmes run in; UTC for anyone else. */
    public static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "UTC");

    private String name;
    private Integer judgesPerEntry = 3;
    private Integer maxLoadPerJudge;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private String zone = ZONES.get(0);
    private boolean blind = true;
    private ScoreVisibility scoreVisibility = ScoreVisibility.AFTER_ROUND_CLOSES;
    private AggregationMethod method = AggregationMethod.MEAN;
    private Integer trim = 1;
    private BigDecimal outlierGap = BigDecimal.valueOf(25);
    private AdvancementRule advancementRule = AdvancementRule.TOP_N;
    private AdvancementScope advancementScope = AdvancementScope.WHOLE_ROUND;
    private Integer advancementCount = 10;
    private BigDecimal advancementThreshold;
    private List<String> tieBreak = new ArrayList<>();
    private String tieBreakToAdd;

    /** A new round's form: opens a week after {@code today} at 09:00 and closes two weeks later at 18:00. */
    public static RulesForm startingAfter(LocalDate today) {
        RulesForm form = new RulesForm();
        form.opensAt = today.plusDays(7).atTime(LocalTime.of(9, 0));
        form.closesAt = today.plusDays(21).atTime(LocalTime.of(18, 0));
        return form;
    }

    public static RulesForm of(RoundRules rules, String zone) {
        RulesForm form = new RulesForm();
        ZoneId zoneId = ZoneId.of(zone);
        form.zone = zone;
        form.name = rules.name();
        form.judgesPerEntry = rules.judgesPerEntry();
        form.maxLoadPerJudge = rules.maxLoadPerJudge();
        form.opensAt = LocalDateTime.ofInstant(rules.opensAt(), zoneId);
        form.closesAt = LocalDateTime.ofInstant(rules.closesAt(), zoneId);
        form.blind = rules.blind();
        form.scoreVisibility = rules.scoreVisibility();
        form.method = rules.method();
        form.trim = rules.trim();
        form.outlierGap = rules.outlierGap();
        form.advancementRule = rules.advancementRule();
        form.advancementScope = rules.advancementScope();
        form.advancementCount = rules.advancementCount();
        form.advancementThreshold = rules.advancementThreshold();
        form.tieBreak = new ArrayList<>(rules.tieBreak());
        return form;
    }

    public RoundRules toRules() {
        ZoneId zoneId = ZoneId.of(ZONES.contains(zone) ? zone : "UTC");
        return new RoundRules(
                name,
                judgesPerEntry == null ? 0 : judgesPerEntry,
                maxLoadPerJudge,
                opensAt == null ? null : opensAt.atZone(zoneId).toInstant(),
                closesAt == null ? null : closesAt.atZone(zoneId).toInstant(),
                blind,
                scoreVisibility,
                method,
                trim == null ? 0 : trim,
                outlierGap,
                advancementRule,
                advancementScope,
                advancementCountApplies() ? advancementCount : null,
                advancementRule == AdvancementRule.THRESHOLD ? advancementThreshold : null,
                List.copyOf(tieBreak));
    }

    /** Adds the picked criterion code at the end of the tie-break chain: the order of picking is the order of use. */
    public void addTieBreak() {
        if (tieBreakToAdd != null && !tieBreakToAdd.isBlank() && !tieBreak.contains(tieBreakToAdd)) {
            tieBreak.add(tieBreakToAdd);
        }
        tieBreakToAdd = null;
    }

    public void removeTieBreak(String code) {
        tieBreak.remove(code);
    }

    /** Codes not yet in the chain, out of those the rubric has. */
    public List<String> remainingCodes(List<String> rubricCodes) {
        return rubricCodes.stream()
                .filter(c -> c != null && !c.isBlank() && !tieBreak.contains(c))
                .distinct()
                .toList();
    }

    public boolean advancementCountApplies() {
        return advancementRule == AdvancementRule.TOP_N || advancementRule == AdvancementRule.TOP_N_WITH_QUOTAS;
    }

    public boolean thresholdApplies() {
        return advancementRule == AdvancementRule.THRESHOLD;
    }

    public boolean trimApplies() {
        return method == AggregationMethod.TRIMMED_MEAN;
    }

    public List<String> getZones() {
        return ZONES;
    }

    public List<ScoreVisibility> getScoreVisibilities() {
        return List.of(ScoreVisibility.values());
    }

    public List<AggregationMethod> getMethods() {
        return List.of(AggregationMethod.values());
    }

    public List<AdvancementRule> getAdvancementRules() {
        return List.of(AdvancementRule.values());
    }

    public List<AdvancementScope> getAdvancementScopes() {
        return List.of(AdvancementScope.values());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getJudgesPerEntry() {
        return judgesPerEntry;
    }

    public void setJudgesPerEntry(Integer judgesPerEntry) {
        this.judgesPerEntry = judgesPerEntry;
    }

    public Integer getMaxLoadPerJudge() {
        return maxLoadPerJudge;
    }

    public void setMaxLoadPerJudge(Integer maxLoadPerJudge) {
        this.maxLoadPerJudge = maxLoadPerJudge;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime opensAt) {
        this.opensAt = opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime closesAt) {
        this.closesAt = closesAt;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public boolean isBlind() {
        return blind;
    }

    public void setBlind(boolean blind) {
        this.blind = blind;
    }

    public ScoreVisibility getScoreVisibility() {
        return scoreVisibility;
    }

    public void setScoreVisibility(ScoreVisibility scoreVisibility) {
        this.scoreVisibility = scoreVisibility;
    }

    public AggregationMethod getMethod() {
        return method;
    }

    public void setMethod(AggregationMethod method) {
        this.method = method;
    }

    public Integer getTrim() {
        return trim;
    }

    public void setTrim(Integer trim) {
        this.trim = trim;
    }

    public BigDecimal getOutlierGap() {
        return outlierGap;
    }

    public void setOutlierGap(BigDecimal outlierGap) {
        this.outlierGap = outlierGap;
    }

    public AdvancementRule getAdvancementRule() {
        return advancementRule;
    }

    public void setAdvancementRule(AdvancementRule advancementRule) {
        this.advancementRule = advancementRule;
    }

    public AdvancementScope getAdvancementScope() {
        return advancementScope;
    }

    public void setAdvancementScope(AdvancementScope advancementScope) {
        this.advancementScope = advancementScope;
    }

    public Integer getAdvancementCount() {
        return advancementCount;
    }

    public void setAdvancementCount(Integer advancementCount) {
        this.advancementCount = advancementCount;
    }

    public BigDecimal getAdvancementThreshold() {
        return advancementThreshold;
    }

    public void setAdvancementThreshold(BigDecimal advancementThreshold) {
        this.advancementThreshold = advancementThreshold;
    }

    public List<String> getTieBreak() {
        return tieBreak;
    }

    public String getTieBreakToAdd() {
        return tieBreakToAdd;
    }

    public void setTieBreakToAdd(String tieBreakToAdd) {
        this.tieBreakToAdd = tieBreakToAdd;
    }
}
