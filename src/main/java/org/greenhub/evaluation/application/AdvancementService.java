package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.AdvancementDecision;
import org.greenhub.evaluation.domain.AdvancementDecisionRepository;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementSelection;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.RoundEntry;
import org.greenhub.evaluation.domain.RoundQuota;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * Advancement by the round's declared rule: preview, then confirm. Confirming stores one decision per ranked
 * entry; ties at a cut line are decided by the panel, whose choice and note are recorded with the decisions and in
 * the audit trail. Advanced subjects can be entered into the next round in the same step.
 */
@ApplicationScoped
public class AdvancementService {

    private static final int MAX_NOTE = 2000;

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    SubmittedScores submittedScores;

    @Inject
    RoundResultsService results;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    RoundRepository rounds;

    @Inject
    SubjectRepository subjects;

    @Inject
    AdvancementDecisionRepository decisionStore;

    @Transactional
    public AdvancementPreview preview(long roundId) {
        managerAccess.requireRound(roundId);
        return previewOf(round(roundId));
    }

    /** The same from results already computed for the round ({@link RoundResultsService#resultsPage}). */
    @Transactional
    public AdvancementPreview preview(long roundId, RoundResults ranking) {
        managerAccess.requireRound(roundId);
        return previewOf(round(roundId), ranking);
    }

    /**
     * Sets how many entries advance from each scope value under TOP_N_WITH_QUOTAS, all or none. Quotas are part of
     * the declared rules: once the round has opened a reason is required (audited with before and after), and after
     * advancement is confirmed they cannot change.
     */
    @Transactional
    public void setQuotas(long roundId, Map<String, Integer> quotas, String reason) {
        managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        if (round.getAdvancementRule() != AdvancementRule.TOP_N_WITH_QUOTAS) {
            throw DomainException.conflict("quota", "evaluation.advancement.quotasNotUsed");
        }
        if (!decisions(roundId).isEmpty()) {
            throw DomainException.conflict(null, "evaluation.advancement.alreadyConfirmed");
        }
        if (round.getStatus() != org.greenhub.evaluation.domain.RoundStatus.DRAFT
                && (reason == null || reason.isBlank())) {
            throw DomainException.invalid("reason", "evaluation.round.reasonRequired");
        }
        Map<String, Integer> before = new java.util.TreeMap<>();
        Map<String, Integer> after = new java.util.TreeMap<>();
        quotas.forEach((scopeValue, quota) -> {
            RoundQuota existing = rounds.findQuota(roundId, scopeValue).orElse(null);
            if (existing == null) {
                rounds.addQuota(new RoundQuota(roundId, scopeValue, quota));
            } else {
                before.put(scopeValue, existing.getQuota());
                existing.change(quota);
            }
            after.put(scopeValue, quota);
        });
        audit.record("ROUND_QUOTA_SET", "EvaluationRound", roundId, before, after, reason);
    }

    /** The quotas set for a round, by scope value. */
    @Transactional
    public Map<String, Integer> quotas(long roundId) {
        managerAccess.requireRound(roundId);
        round(roundId);
        Map<String, Integer> quotas = new java.util.TreeMap<>();
        rounds.quotas(roundId).forEach(q -> quotas.put(q.getScopeValue(), q.getQuota()));
        return quotas;
    }

    /**
     * Confirms the preview. {@code chosenAtTies} names (by reference) the entries the panel lets through at each
     * tie at a cut line, exactly as many as that tie has places; {@code note} records why, and is required then.
     */
    @Transactional
    public List<AdvancementDecision> confirm(long roundId, Set<String> chosenAtTies, String note, Long nextRoundId) {
        UserAccount manager = managerAccess.requireRound(roundId);
        EvaluationRound round = round(roundId);
        Instant now = Instant.now(clock);
        if (!round.isOverAt(now)) {
            throw DomainException.conflict(null, "evaluation.advancement.roundNotOver");
        }
        if (decisionStore.countFor(roundId) > 0) {
            throw DomainException.conflict(null, "evaluation.advancement.alreadyConfirmed");
        }
        AdvancementPreview preview = previewOf(round);
        if (preview.lines().isEmpty()) {
            throw DomainException.conflict(null, "evaluation.advancement.nothingToDecide");
        }
        Set<String> chosen = chosenAtTies == null ? Set.of() : chosenAtTies;
        String panelNote = note == null || note.isBlank() ? null : note.strip();
        Set<String> atTies = new HashSet<>();
        for (AdvancementSelection.TieAtCut tie : preview.tiesNeedingPanelDecision()) {
            atTies.addAll(tie.entries());
            long picked = tie.entries().stream().filter(chosen::contains).count();
            if (picked != tie.places()) {
                throw DomainException.invalid(
                        "chosen",
                        "evaluation.advancement.tieChoiceCount",
                        tie.scope(),
                        tie.rank(),
                        String.join(", ", tie.entries()),
                        tie.places());
            }
        }
        for (String reference : chosen) {
            if (!atTies.contains(reference)) {
                throw DomainException.invalid("chosen", "evaluation.advancement.notAtTie", reference);
            }
        }
        if (!atTies.isEmpty() && panelNote == null) {
            throw DomainException.invalid("note", "evaluation.advancement.noteRequired");
        }
        if (panelNote != null && panelNote.length() > MAX_NOTE) {
            throw DomainException.invalid("note", "evaluation.advancement.noteTooLong", MAX_NOTE);
        }
        EvaluationRound nextRound = nextRoundId == null ? null : nextRound(round, nextRoundId);

        List<AdvancementDecision> decisions = preview.lines().stream()
                .map(line -> {
                    boolean advanced = line.outcome() == AdvancementSelection.Outcome.ADVANCES
                            || (line.outcome() == AdvancementSelection.Outcome.PANEL_DECIDES
                                    && chosen.contains(line.reference()));
                    return new AdvancementDecision(
                            round,
                            subjects.reference(line.subjectId()),
                            line.scope(),
                            advanced,
                            line.rank(),
                            BigDecimal.valueOf(line.score()).setScale(4, RoundingMode.HALF_UP),
                            manager,
                            now,
                            atTies.contains(line.reference()) ? panelNote : null);
                })
                .toList();
        try {
            decisionStore.addAllNow(decisions);
        } catch (PersistenceException e) {
            if (JudgeScoring.lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.advancement.alreadyConfirmed");
            }
            throw e;
        }
        int entered = nextRound == null ? 0 : enter(nextRound, decisions, now);

        Map<String, Object> after = new LinkedHashMap<>();
        after.put(
                "advanced",
                decisions.stream().filter(AdvancementDecision::isAdvanced).count());
        after.put("notAdvanced", decisions.stream().filter(d -> !d.isAdvanced()).count());
        after.put("decidedByPanel", String.join(", ", atTies.stream().sorted().toList()));
        after.put("chosenByPanel", String.join(", ", chosen.stream().sorted().toList()));
        if (nextRound != null) {
            after.put("nextRound", nextRound.getId());
            after.put("entered", entered);
        }
        audit.record("ADVANCEMENT_CONFIRMED", "EvaluationRound", roundId, null, after, panelNote);
        return decisions;
    }

    @Transactional
    public List<AdvancementDecision> decisions(long roundId) {
        managerAccess.requireRound(roundId);
        return decisionStore.ofRound(roundId);
    }

    /** A confirmed decision as the results page lists it, the entry by its reference. */
    public record DecisionLine(
            String reference, String scope, int rank, BigDecimal score, boolean advanced, String note) {}

    @Transactional
    public List<DecisionLine> decisionLines(long roundId) {
        return decisions(roundId).stream()
                .map(d -> new DecisionLine(
                        d.getSubject().getReference(),
                        d.getScopeValue(),
                        d.getRank(),
                        d.getScore(),
                        d.isAdvanced(),
                        d.getNote()))
                .toList();
    }

    private AdvancementPreview previewOf(EvaluationRound round) {
        return previewOf(round, results.compute(round, submittedScores.of(round.getId()), round.scoringMethod()));
    }

    private AdvancementPreview previewOf(EvaluationRound round, RoundResults ranking) {
        return previewOf(round, ranking, results.quotas(round.getId()));
    }

    /** The preview from results and quotas already read, without a permission check: for {@link ResultsPageReader}. */
    public AdvancementPreview previewOf(EvaluationRound round, RoundResults ranking, Map<String, Integer> quotas) {
        if (ranking.roundId() != round.getId()) {
            throw new IllegalArgumentException("results of another round");
        }
        AdvancementSelection.Result selected =
                AdvancementSelection.of(round, quotas).apply(RoundResultsService.lines(ranking));
        List<AdvancementPreview.Line> lines = ranking.entries().stream()
                .map(e -> new AdvancementPreview.Line(
                        e.subjectId(), e.reference(), e.scope(), e.rank(), e.score(), selected.of(e.reference())))
                .toList();
        return new AdvancementPreview(
                round.getId(), round.getAdvancementRule(), round.getAdvancementScope(), lines, selected.ties());
    }

    private EvaluationRound nextRound(EvaluationRound round, long nextRoundId) {
        EvaluationRound next = rounds.require(nextRoundId);
        if (next.getId().equals(round.getId()) || !next.getProgrammeKey().equals(round.getProgrammeKey())) {
            throw DomainException.invalid("nextRound", "evaluation.advancement.nextRoundInvalid");
        }
        return next;
    }

    /** Adds the advanced subjects to the next round; those already in it stay as they are. */
    private int enter(EvaluationRound next, List<AdvancementDecision> decisions, Instant now) {
        Set<Long> present = rounds.subjectIdsIn(next.getId());
        int entered = 0;
        for (AdvancementDecision decision : decisions) {
            if (decision.isAdvanced() && present.add(decision.getSubject().getId())) {
                rounds.addEntry(new RoundEntry(next, decision.getSubject(), now));
                entered++;
            }
        }
        return entered;
    }

    private EvaluationRound round(long roundId) {
        return rounds.require(roundId);
    }
}
