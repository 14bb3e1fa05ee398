package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRound;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.AdvancementService;
import org.greenhub.evaluation.application.RoundFigures;
import org.greenhub.evaluation.application.RoundSetupService;
import org.greenhub.evaluation.application.SubjectRegistry;
import org.greenhub.evaluation.domain.AdvancementDecision;
import org.greenhub.evaluation.domain.AdvancementRule;
import org.greenhub.evaluation.domain.AdvancementScope;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRules;
import org.greenhub.evaluation.domain.RoundStatus;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.scoring.AggregationMethod;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Messages;

/**
 * An edition's rounds, run by the evaluation engine (programme key "competition:&lt;id&gt;"): a new round gets a
 * rubric with the usual competition criteria and sensible rules (both editable on the engine's round page); eligible
 * entries move into round 1 as evaluation subjects with their documents; advancement confirmed on a round moves the
 * entries on (and out) and keeps their status timeline.
 */
@ApplicationScoped
public class CompetitionRounds {

    /** Default criteria: code and weight (DOMAIN.md: technology and product, business model, market, team, financials). */
    static final Map<String, Integer> DEFAULT_CRITERIA = new java.util.LinkedHashMap<>(Map.of());

    static {
        DEFAULT_CRITERIA.put("technology", 30);
        DEFAULT_CRITERIA.put("business", 25);
        DEFAULT_CRITERIA.put("market", 20);
        DEFAULT_CRITERIA.put("team", 15);
        DEFAULT_CRITERIA.put("green", 10);
    }

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Inject
    org.greenhub.competition.domain.EntryRepository entryStore;

    @Inject
    org.greenhub.evaluation.domain.RoundRepository evaluationRounds;

    @Inject
    org.greenhub.evaluation.domain.AdvancementDecisionRepository evaluationDecisions;

    @Inject
    RoundFigures figures;

    @Inject
    CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    RoundSetupService setup;

    @Inject
    SubjectRegistry registry;

    @Inject
    AdvancementService advancement;

    @Inject
    EntryAttachments attachments;

    @Inject
    CompetitionMails mails;

    @Inject
    AuditTrail audit;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    /** Creates an evaluation round (with the default rubric) and links it as the edition's next round. */
    @Transactional
    public CompetitionRound addRound(
            long competitionId, String name, Instant opensAt, Instant closesAt, int judgesPerEntry) {
        Competition competition = access.managedCompetition(competitionId);
        if (competition.getStatus() == CompetitionStatus.FINAL
                || competition.getStatus() == CompetitionStatus.CANCELLED) {
            throw DomainException.conflict(null, "competition.round.editionClosed");
        }
        if (opensAt == null || closesAt == null) {
            throw DomainException.invalid(
                    opensAt == null ? "roundOpens" : "roundCloses", "platform.validation.required");
        }
        List<RoundSetupService.CriterionDraft> criteria =
                RoundSetupService.CriterionDraft.tenPointScale(DEFAULT_CRITERIA, "competition.criterion.", messages);
        RoundRules rules = new RoundRules(
                name,
                Math.max(1, judgesPerEntry),
                null,
                opensAt,
                closesAt,
                false,
                ScoreVisibility.AFTER_ROUND_CLOSES,
                AggregationMethod.MEAN,
                1,
                null,
                AdvancementRule.TOP_N,
                AdvancementScope.PER_GROUP,
                10,
                null,
                List.of("technology"));
        EvaluationRound round = setup.createRoundWithRubric(competition.programmeKey(), name, criteria, rules);
        CompetitionRound linked = competition.addRound(round.getId(), name);
        competitions.flush();
        audit.record(
                "COMPETITION_ROUND_ADDED",
                "Competition",
                competitionId,
                null,
                Map.of("position", linked.getPosition(), "evaluationRound", round.getId(), "name", linked.getName()),
                null);
        return linked;
    }

    /**
     * Moves eligible entries (all of them when {@code entryIds} is empty) into round 1: each becomes an evaluation
     * subject with its attachments as documents, and is added to the round. Returns how many moved.
     */
    @Transactional
    public int moveIntoFirstRound(long competitionId, Collection<Long> entryIds) {
        Competition competition = access.managedCompetition(competitionId);
        CompetitionRound first = competition
                .round(1)
                .orElseThrow(() -> DomainException.conflict(null, "competition.round.noFirstRound"));
        List<Entry> entries = entryIds == null || entryIds.isEmpty()
                ? entryStore.withOrganisations(competition, EntryStatus.ELIGIBLE)
                : entryStore.withOrganisations(competition, entryIds);
        if (entryIds != null
                && !entryIds.isEmpty()
                && entries.size() != Set.copyOf(entryIds).size()) {
            throw DomainException.notFound();
        }
        if (entries.isEmpty()) {
            throw DomainException.conflict(null, "competition.round.noEligibleEntries");
        }
        UserAccount manager = currentUser.require();
        Instant now = Instant.now(clock);
        List<Long> subjects = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.getStatus() != EntryStatus.ELIGIBLE) {
                throw DomainException.conflict(null, "competition.round.notEligible", entry.reference());
            }
            EvaluationSubject subject = registry.register(
                    competition.programmeKey(),
                    entry.reference(),
                    entry.getProjectTitle(),
                    entry.getOrganisation().getId(),
                    entry.getTrack(),
                    entry.getGroup().name());
            attachments.registerWithSubject(entry, subject);
            entry.enterFirstRound(subject.getId(), now, manager);
            subjects.add(subject.getId());
            mails.entryStep(entry, "inRound", first.getName());
        }
        setup.addSubjects(first.getEvaluationRoundId(), subjects);
        if (competition.getStatus() == CompetitionStatus.PUBLISHED
                && !now.isBefore(competition.getSubmissionClosesAt())) {
            competition.moveTo(CompetitionStatus.JUDGING);
        }
        audit.record(
                "ENTRIES_MOVED_INTO_ROUND",
                "Competition",
                competitionId,
                null,
                Map.of("round", first.getEvaluationRoundId(), "entries", entries.size()),
                null);
        return entries.size();
    }

    /**
     * Applies the advancement of round {@code position}: confirms it by the round's declared rule when no decision
     * exists yet (ties at a cut line must first be decided on the engine's results page), enters advanced entries into
     * the next round, marks the others eliminated and, when the next round is the last, the advanced ones finalists.
     * Returns {advanced, eliminated}.
     */
    @Transactional
    public int[] advance(long competitionId, int position) {
        Competition competition = access.managedCompetition(competitionId);
        CompetitionRound round = competition.round(position).orElseThrow(DomainException::notFound);
        CompetitionRound next = competition.roundAfter(round).orElse(null);
        List<AdvancementDecision> decisions = advancement.decisions(round.getEvaluationRoundId());
        if (decisions.isEmpty()) {
            decisions = advancement.confirm(
                    round.getEvaluationRoundId(), Set.of(), null, next == null ? null : next.getEvaluationRoundId());
        } else if (next != null) {
            setup.addSubjects(
                    next.getEvaluationRoundId(),
                    decisions.stream()
                            .filter(AdvancementDecision::isAdvanced)
                            .map(d -> d.getSubject().getId())
                            .toList());
        }
        Map<Long, Entry> bySubject = entryStore.registered(competition).stream()
                .collect(Collectors.toMap(Entry::getEvaluationSubjectId, Function.identity()));
        boolean nextIsLast = next != null && competition.roundAfter(next).isEmpty();
        UserAccount manager = currentUser.require();
        Instant now = Instant.now(clock);
        int advanced = 0;
        int eliminated = 0;
        for (AdvancementDecision decision : decisions) {
            Entry entry = bySubject.get(decision.getSubject().getId());
            if (entry == null || entry.getStatus() != EntryStatus.IN_ROUND) {
                continue;
            }
            if (decision.isAdvanced()) {
                advanced++;
                if (next != null) {
                    if (nextIsLast) {
                        entry.reachFinal(now, manager);
                    }
                    mails.entryStep(entry, "advanced", next.getName());
                }
            } else {
                eliminated++;
                entry.eliminate(now, manager, round.getName());
                mails.entryStep(entry, "eliminated", round.getName());
            }
        }
        audit.record(
                "COMPETITION_ROUND_ADVANCED",
                "Competition",
                competitionId,
                null,
                Map.of("position", position, "advanced", advanced, "eliminated", eliminated),
                null);
        return new int[] {advanced, eliminated};
    }

    /** The edition's rounds with the engine's status and entry counts, in order. */
    @Transactional
    public List<RoundLine> rounds(long competitionId) {
        Competition competition = access.managedCompetition(competitionId);
        List<RoundLine> lines = new ArrayList<>();
        for (CompetitionRound round : competition.getRounds()) {
            EvaluationRound evaluation =
                    evaluationRounds.find(round.getEvaluationRoundId()).orElseThrow();
            long entries = evaluationRounds.entryCount(round.getEvaluationRoundId());
            long decided = evaluationDecisions.countFor(round.getEvaluationRoundId());
            lines.add(new RoundLine(
                    round.getPosition(),
                    round.getName(),
                    round.getEvaluationRoundId(),
                    evaluation.getStatus().name(),
                    evaluation.getOpensAt(),
                    evaluation.getClosesAt(),
                    entries,
                    decided > 0));
        }
        return lines;
    }

    /**
     * The edition's rounds for its managers with how far judging has got: entries, judges' assignments and submitted
     * sheets, counted for all rounds at once. Each round's id is the engine's (its address under {@code /api/rounds}).
     */
    @Transactional
    public List<RoundProgress> progress(long competitionId) {
        Competition competition = access.managedCompetition(competitionId);
        List<CompetitionRound> linked = competition.getRounds();
        Map<Long, RoundFigures.Figures> counted = figures.of(
                linked.stream().map(CompetitionRound::getEvaluationRoundId).toList());
        List<RoundProgress> lines = new ArrayList<>();
        for (CompetitionRound round : linked) {
            EvaluationRound evaluation =
                    evaluationRounds.find(round.getEvaluationRoundId()).orElseThrow();
            RoundFigures.Figures done = counted.getOrDefault(round.getEvaluationRoundId(), RoundFigures.Figures.NONE);
            lines.add(new RoundProgress(
                    round.getEvaluationRoundId(),
                    round.getPosition(),
                    competition.roundAfter(round).isEmpty(),
                    round.getName(),
                    evaluation.getStatus(),
                    evaluation.getOpensAt(),
                    evaluation.getClosesAt(),
                    done.entries(),
                    done.assignments(),
                    done.submittedSheets(),
                    evaluationDecisions.countFor(round.getEvaluationRoundId()) > 0));
        }
        return lines;
    }

    /** One round of an edition with its judging figures, as the API lists it. */
    public record RoundProgress(
            long id,
            int position,
            boolean finalRound,
            String name,
            RoundStatus status,
            Instant opensAt,
            Instant closesAt,
            long entries,
            long assignments,
            long submittedSheets,
            boolean advancementConfirmed)
            implements java.io.Serializable {}

    /** One round as the competition page lists it. */
    public record RoundLine(
            int position,
            String name,
            long evaluationRoundId,
            String status,
            Instant opensAt,
            Instant closesAt,
            long entries,
            boolean advancementConfirmed)
            implements java.io.Serializable {}
}
