package org.greenhub.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.evaluation.domain.scoring.Method;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/**
 * One scoring round of a programme (online preliminary review, semi-final, final; or an incubator's screening).
 * Its rules (rubric, judges per entry, visibility, aggregation, advancement, tie-break) are declared before it
 * opens and fixed after, unless a manager records a reason.
 */
@Entity
@Table(name = "evaluation_round")
public class EvaluationRound extends VersionedEntity {

    @Column(name = "programme_key", nullable = false)
    private String programmeKey;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    private Rubric rubric;

    @Column(name = "judges_per_entry", nullable = false)
    private int judgesPerEntry;

    @Column(name = "max_load_per_judge")
    private Integer maxLoadPerJudge;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(nullable = false)
    private boolean blind;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_visibility", nullable = false)
    private ScoreVisibility scoreVisibility;

    @Enumerated(EnumType.STRING)
    @Column(name = "aggregation_method", nullable = false)
    private AggregationMethod method;

    @Column(name = "trim_count", nullable = false)
    private int trim;

    @Column(name = "outlier_gap", nullable = false)
    private BigDecimal outlierGap;

    @Enumerated(EnumType.STRING)
    @Column(name = "advancement_rule", nullable = false)
    private AdvancementRule advancementRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "advancement_scope", nullable = false)
    private AdvancementScope advancementScope;

    @Column(name = "advancement_count")
    private Integer advancementCount;

    @Column(name = "advancement_threshold")
    private BigDecimal advancementThreshold;

    @Column(name = "tie_break", nullable = false)
    private String tieBreak;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoundStatus status;

    @Column(name = "assignments_published", nullable = false)
    private boolean assignmentsPublished;

    @Column(name = "assignment_seed", nullable = false)
    private long assignmentSeed;

    protected EvaluationRound() {}

    public EvaluationRound(String programmeKey, Rubric rubric, RoundRules rules, Instant now) {
        this.programmeKey = TextRules.name("programmeKey", programmeKey, 80);
        if (rubric == null || rubric.getCriteria().isEmpty()) {
            throw DomainException.invalid("rubric", "evaluation.round.rubricEmpty");
        }
        this.rubric = rubric;
        this.status = RoundStatus.DRAFT;
        setCreatedAt(now);
        this.assignmentSeed = 1;
        apply(rules);
    }

    /**
     * Changes the rules. In a draft round freely; once the round is open or closed only with a reason, which the
     * caller records in the audit trail together with the before and after.
     */
    public void changeRules(RoundRules rules, String reason) {
        if (status != RoundStatus.DRAFT && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "evaluation.round.reasonRequired");
        }
        apply(rules);
    }

    private void apply(RoundRules rules) {
        if (rules == null) {
            throw DomainException.invalid(null, "platform.validation.required");
        }
        this.name = TextRules.name("name", rules.name(), 200);
        if (rules.judgesPerEntry() < 1 || rules.judgesPerEntry() > 50) {
            throw DomainException.invalid("judgesPerEntry", "evaluation.round.judgesPerEntryInvalid");
        }
        if (rules.maxLoadPerJudge() != null && rules.maxLoadPerJudge() < 1) {
            throw DomainException.invalid("maxLoadPerJudge", "evaluation.round.maxLoadInvalid");
        }
        if (rules.opensAt() == null
                || rules.closesAt() == null
                || !rules.opensAt().isBefore(rules.closesAt())) {
            throw DomainException.invalid("closesAt", "evaluation.round.windowInvalid");
        }
        if (rules.scoreVisibility() == null
                || rules.method() == null
                || rules.advancementRule() == null
                || rules.advancementScope() == null) {
            throw DomainException.invalid(null, "platform.validation.required");
        }
        if (rules.trim() < 0) {
            throw DomainException.invalid("trim", "evaluation.round.trimInvalid");
        }
        BigDecimal gap = rules.outlierGap() == null ? BigDecimal.valueOf(25) : rules.outlierGap();
        if (gap.signum() < 0 || gap.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw DomainException.invalid("outlierGap", "evaluation.round.outlierGapInvalid");
        }
        boolean needsCount = rules.advancementRule() == AdvancementRule.TOP_N
                || rules.advancementRule() == AdvancementRule.TOP_N_WITH_QUOTAS;
        if (needsCount && (rules.advancementCount() == null || rules.advancementCount() < 1)) {
            throw DomainException.invalid("advancementCount", "evaluation.round.advancementCountRequired");
        }
        if (rules.advancementRule() == AdvancementRule.THRESHOLD
                && (rules.advancementThreshold() == null
                        || rules.advancementThreshold().signum() < 0
                        || rules.advancementThreshold().compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw DomainException.invalid("advancementThreshold", "evaluation.round.thresholdInvalid");
        }
        List<String> chain = rules.tieBreak() == null
                ? List.of()
                : rules.tieBreak().stream()
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
        for (String code : chain) {
            if (rubric.criterion(code).isEmpty()) {
                throw DomainException.invalid("tieBreak", "evaluation.round.tieBreakUnknown", code);
            }
        }
        this.judgesPerEntry = rules.judgesPerEntry();
        this.maxLoadPerJudge = rules.maxLoadPerJudge();
        this.opensAt = rules.opensAt();
        this.closesAt = rules.closesAt();
        this.blind = rules.blind();
        this.scoreVisibility = rules.scoreVisibility();
        this.method = rules.method();
        this.trim = rules.trim();
        this.outlierGap = gap;
        this.advancementRule = rules.advancementRule();
        this.advancementScope = rules.advancementScope();
        this.advancementCount = rules.advancementCount();
        this.advancementThreshold = rules.advancementThreshold();
        this.tieBreak = String.join(",", chain);
    }

    public void open() {
        if (status != RoundStatus.DRAFT) {
            throw DomainException.conflict(null, "evaluation.round.notDraft");
        }
        status = RoundStatus.OPEN;
    }

    public void close() {
        if (status != RoundStatus.OPEN) {
            throw DomainException.conflict(null, "evaluation.round.notOpen");
        }
        status = RoundStatus.CLOSED;
    }

    /** Judges may submit only while the round is open and inside its window. */
    public boolean acceptsScoresAt(Instant now) {
        return status == RoundStatus.OPEN && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isOverAt(Instant now) {
        return status == RoundStatus.CLOSED || !now.isBefore(closesAt);
    }

    public void publishAssignments() {
        assignmentsPublished = true;
    }

    public void reseed(long seed) {
        this.assignmentSeed = seed;
    }

    public RoundRules rules() {
        return new RoundRules(
                name,
                judgesPerEntry,
                maxLoadPerJudge,
                opensAt,
                closesAt,
                blind,
                scoreVisibility,
                method,
                trim,
                outlierGap,
                advancementRule,
                advancementScope,
                advancementCount,
                advancementThreshold,
                tieBreakChain());
    }

    public List<String> tieBreakChain() {
        return tieBreak == null || tieBreak.isBlank() ? List.of() : Arrays.asList(tieBreak.split(","));
    }

    /** The aggregation as the scoring engine takes it. */
    public Method scoringMethod() {
        return new Method(method, trim, outlierGap.doubleValue());
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        RoundRules r = rules();
        state.put("name", r.name());
        state.put("judgesPerEntry", r.judgesPerEntry());
        state.put("maxLoadPerJudge", r.maxLoadPerJudge());
        state.put("opensAt", r.opensAt());
        state.put("closesAt", r.closesAt());
        state.put("blind", r.blind());
        state.put("scoreVisibility", r.scoreVisibility());
        state.put("method", r.method() + "/trim " + r.trim() + "/gap " + r.outlierGap());
        state.put(
                "advancement",
                r.advancementRule() + " " + r.advancementScope() + " n=" + r.advancementCount() + " t="
                        + r.advancementThreshold());
        state.put("tieBreak", tieBreak);
        state.put("status", status);
        return state;
    }

    public String getProgrammeKey() {
        return programmeKey;
    }

    public String getName() {
        return name;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public int getJudgesPerEntry() {
        return judgesPerEntry;
    }

    public Integer getMaxLoadPerJudge() {
        return maxLoadPerJudge;
    }

    public Instant getOpensAt() {
        return opensAt;
    }

    public Instant getClosesAt() {
        return closesAt;
    }

    public boolean isBlind() {
        return blind;
    }

    public ScoreVisibility getScoreVisibility() {
        return scoreVisibility;
    }

    public AggregationMethod getMethod() {
        return method;
    }

    public int getTrim() {
        return trim;
    }

    public BigDecimal getOutlierGap() {
        return outlierGap;
    }

    public AdvancementRule getAdvancementRule() {
        return advancementRule;
    }

    public AdvancementScope getAdvancementScope() {
        return advancementScope;
    }

    public Integer getAdvancementCount() {
        return advancementCount;
    }

    public BigDecimal getAdvancementThreshold() {
        return advancementThreshold;
    }

    public RoundStatus getStatus() {
        return status;
    }

    public boolean isAssignmentsPublished() {
        return assignmentsPublished;
    }

    public long getAssignmentSeed() {
        return assignmentSeed;
    }
}
