package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.award.domain.Award;
import org.greenhub.competition.award.domain.AwardAllocation;
import org.greenhub.competition.award.domain.AwardChange;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.award.domain.CanonicalResults;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionRound;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryStatus;
import org.greenhub.evaluation.application.RoundResults;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;

/**
 * The awards of a competition edition: proposal from the final ranking and the tiers, four-eyes approval,
 * publication for the notice period, objections and their decisions, finality. Every method checks that the caller
 * manages <em>that</em> edition (or files an objection as a signed-in person), audits, and changes nothing when it
 * refuses.
 */
@ApplicationScoped
public class AwardService {

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final Set<EntryStatus> AWARDABLE =
            EnumSet.of(EntryStatus.IN_ROUND, EntryStatus.FINALIST, EntryStatus.ELIMINATED);
    private final SecureRandom random = new SecureRandom();

    @Inject
    org.greenhub.competition.award.domain.AwardRepository store;

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Inject
    org.greenhub.competition.domain.EntryRepository entryStore;

    @Inject
    org.greenhub.account.domain.UserAccountRepository accounts;

    /** The competition feature's rule for who manages an edition (its managers and administrators). */
    @Inject
    org.greenhub.competition.application.CompetitionAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    FinalRanking finalRanking;

    @Inject
    FileStore files;

    @Inject
    AwardMails mails;

    /** Proposes awards from the last round's ranking and the edition's tiers. One result per edition. */
    @Transactional
    public long propose(long competitionId) {
        UserAccount user = currentUser.require();
        Competition competition = competition(competitionId);
        requireManager(user, competition);
        if (competition.getStatus() != CompetitionStatus.JUDGING) {
            throw DomainException.conflict(null, "award.propose.notJudging");
        }
        if (resultOf(competitionId) != null) {
            throw DomainException.conflict(null, "award.propose.exists");
        }
        if (competition.getAwardTiers().isEmpty()) {
            throw DomainException.conflict(null, "award.propose.noTiers");
        }
        CompetitionRound round = finalRanking.lastRound(competition);
        RoundResults ranking = finalRanking.of(round.getEvaluationRoundId());
        if (ranking.entries().isEmpty()) {
            throw DomainException.conflict(null, "award.propose.noScores");
        }
        Map<Long, Entry> entries = entriesBySubject(competitionId, ranking);
        List<AwardAllocation.Ranked> ranked = ranking.entries().stream()
                .filter(e -> entries.containsKey(e.subjectId()))
                .map(e -> {
                    Entry entry = entries.get(e.subjectId());
                    return new AwardAllocation.Ranked(
                            entry.getId(), entry.getGroup(), entry.getTrack(), e.overallRank(), e.score());
                })
                .toList();
        List<AwardAllocation.Tier> tiers = competition.getAwardTiers().stream()
                .map(t -> new AwardAllocation.Tier(t.getGroup(), t.getTrack(), t.getTier(), t.getCount()))
                .toList();
        List<AwardAllocation.Allocated> allocated = AwardAllocation.allocate(ranked, tiers);
        if (allocated.isEmpty()) {
            throw DomainException.conflict(null, "award.propose.nothingToAward");
        }
        Instant now = Instant.now(clock);
        AwardResult result = new AwardResult(
                competitionId,
                round.getEvaluationRoundId(),
                user.getId(),
                CanonicalResults.sha256(FinalRanking.canonical(ranking)),
                now);
        store.addResultNow(result);
        Map<Long, Entry> byId = entries.values().stream().collect(Collectors.toMap(Entry::getId, Function.identity()));
        for (AwardAllocation.Allocated a : allocated) {
            Entry entry = byId.get(a.entryId());
            store.add(new Award(
                    result.getId(), a, entry.getOrganisation().getLegalName(), entry.getProjectTitle(), newCode()));
        }
        audit.record(
                "AWARDS_PROPOSED",
                "AwardResult",
                result.getId(),
                null,
                result.snapshot(),
                allocated.size() + " awards");
        return result.getId();
    }

    /** A different manager of the same edition approves (four eyes). */
    @Transactional
    public void approve(long resultId) {
        UserAccount user = currentUser.require();
        AwardResult result = managedResult(user, resultId);
        Map<String, Object> before = result.snapshot();
        result.approve(user.getId(), Instant.now(clock));
        audit.record("AWARDS_APPROVED", "AwardResult", resultId, before, result.snapshot(), null);
    }

    /** The approved result goes public, provisional until the notice period ends. */
    @Transactional
    public void publish(long resultId) {
        UserAccount user = currentUser.require();
        AwardResult result = managedResult(user, resultId);
        Competition competition = competition(result.getCompetitionId());
        Map<String, Object> before = result.snapshot();
        result.publish(Instant.now(clock), competition.getNoticePeriodDays());
        if (competition.getStatus() == CompetitionStatus.JUDGING) {
            competition.moveTo(CompetitionStatus.NOTICE);
        }
        audit.record("AWARDS_PUBLISHED", "AwardResult", resultId, before, result.snapshot(), null);
    }

    /** A proposal not yet published may be discarded (for example to propose again after a correction). */
    @Transactional
    public void discard(long resultId) {
        UserAccount user = currentUser.require();
        AwardResult result = managedResult(user, resultId);
        if (result.isPublic()) {
            throw DomainException.conflict("status", "award.result.alreadyPublished");
        }
        audit.record("AWARDS_DISCARDED", "AwardResult", resultId, result.snapshot(), null, null);
        store.removeResult(result);
    }

    /**
     * A signed-in person objects to one award, in real name, with text and one evidence file, while the notice period
     * runs. The file is stored in the same transaction: a refused objection leaves no file behind.
     */
    @Transactional
    public long object(long awardId, String realName, String text, String fileName, byte[] evidence) {
        UserAccount user = currentUser.require();
        Award award = store.find(awardId).orElse(null);
        AwardResult result = award == null
                ? null
                : store.findResultLocked(award.getResultId()).orElse(null);
        if (result == null || !result.isPublic()) {
            throw DomainException.notFound();
        }
        Instant now = Instant.now(clock);
        result.requireObjectionsOpen(now);
        if (!award.getStatus().stands()) {
            throw DomainException.conflict(null, "award.alreadyRevoked");
        }
        if (realName == null || realName.isBlank()) {
            throw DomainException.invalid("realName", "award.objection.realNameRequired");
        }
        AwardObjection.text(text);
        if (evidence == null || evidence.length == 0) {
            throw DomainException.invalid("evidence", "award.objection.evidenceRequired");
        }
        StoredFile file = files.store(fileName, evidence);
        AwardObjection objection =
                new AwardObjection(awardId, user.getId(), realName, text, List.of(file.getId()), now);
        store.addObjectionNow(objection);
        audit.record("AWARD_OBJECTION_FILED", "AwardObjection", objection.getId(), null, objection.snapshot(), null);
        mails.objectionFiled(competition(result.getCompetitionId()), award);
        return objection.getId();
    }

    @Transactional
    public void recordInvestigation(long objectionId, String findings) {
        UserAccount user = currentUser.require();
        AwardObjection objection = managedObjection(user, objectionId);
        Map<String, Object> before = objection.snapshot();
        objection.recordInvestigation(findings, user.getId(), Instant.now(clock));
        audit.record("AWARD_OBJECTION_INVESTIGATED", "AwardObjection", objectionId, before, objection.snapshot(), null);
    }

    @Transactional
    public void dismiss(long objectionId, String reason) {
        UserAccount user = currentUser.require();
        AwardObjection objection = managedObjection(user, objectionId);
        Map<String, Object> before = objection.snapshot();
        Instant now = Instant.now(clock);
        objection.dismiss(reason, user.getId(), now);
        audit.record(
                "AWARD_OBJECTION_DISMISSED",
                "AwardObjection",
                objectionId,
                before,
                objection.snapshot(),
                objection.getDecisionReason());
        tellObjector(objection);
        store.flush();
        finaliseIfDue(resultOfAward(objection.getAwardId()), now, user);
    }

    /** Upholds an objection: the award is revised to {@code newTier} or revoked, and the change is published. */
    @Transactional
    public void uphold(long objectionId, AwardChangeKind outcome, AwardTierCode newTier, String reason) {
        UserAccount user = currentUser.require();
        AwardObjection objection = managedObjection(user, objectionId);
        Award award = store.find(objection.getAwardId()).orElseThrow();
        Map<String, Object> before = objection.snapshot();
        Map<String, Object> awardBefore = award.snapshot();
        Instant now = Instant.now(clock);
        AwardTierCode fromTier = award.getTier();
        if (outcome == AwardChangeKind.REVISED) {
            award.revise(newTier);
        } else if (outcome == AwardChangeKind.REVOKED) {
            award.revoke();
        }
        objection.uphold(outcome, reason, user.getId(), now);
        store.addChange(new AwardChange(
                award.getId(),
                objectionId,
                outcome,
                fromTier,
                outcome == AwardChangeKind.REVISED ? newTier : null,
                objection.getDecisionReason(),
                now,
                user.getId()));
        audit.record(
                "AWARD_OBJECTION_UPHELD",
                "AwardObjection",
                objectionId,
                before,
                objection.snapshot(),
                objection.getDecisionReason());
        audit.record(
                "AWARD_" + outcome.name(),
                "Award",
                award.getId(),
                awardBefore,
                award.snapshot(),
                objection.getDecisionReason());
        tellObjector(objection);
        store.flush();
        finaliseIfDue(store.findResult(award.getResultId()).orElse(null), now, user);
    }

    /**
     * Makes due results final: published, notice period over, no open objection. Runs on every node (see
     * {@link AwardFinaliser}); rows are claimed with SKIP LOCKED so two nodes never finalise the same result.
     */
    @Transactional
    public int finaliseDue() {
        Instant now = Instant.now(clock);
        List<Long> due = store.claimDue(now);
        int done = 0;
        for (Long id : due) {
            if (finaliseIfDue(store.findResult(id).orElse(null), now, null)) {
                done++;
            }
        }
        return done;
    }

    private void tellObjector(AwardObjection objection) {
        UserAccount objector = accounts.find(objection.getFiledBy()).orElse(null);
        Award award = store.find(objection.getAwardId()).orElseThrow();
        mails.objectionDecided(
                objector,
                competition(store.findResult(award.getResultId()).orElseThrow().getCompetitionId()),
                award,
                objection);
    }

    private boolean finaliseIfDue(AwardResult result, Instant now, UserAccount actor) {
        if (result == null || result.getStatus() != AwardResultStatus.PUBLISHED) {
            return false;
        }
        long open = openObjections(result.getId());
        if (!result.isFinalAt(now, open)) {
            return false;
        }
        Map<String, Object> before = result.snapshot();
        result.markFinal(now, open);
        Competition competition = competition(result.getCompetitionId());
        if (competition.getStatus() == CompetitionStatus.NOTICE) {
            competition.moveTo(CompetitionStatus.FINAL);
        }
        Map<Long, AwardTierCode> standing = new HashMap<>();
        for (Award award : store.of(result.getId())) {
            if (award.getStatus().stands()) {
                standing.put(award.getEntryId(), award.getTier());
            }
        }
        List<Entry> finalists = entryStore.inEvaluationRound(competition.getId(), result.getEvaluationRoundId());
        for (Entry entry : finalists) {
            if (AWARDABLE.contains(entry.getStatus())) {
                entry.recordFinalAward(standing.get(entry.getId()), now, actor);
            }
        }
        audit.record("AWARDS_FINAL", "AwardResult", result.getId(), before, result.snapshot(), null);
        return true;
    }

    public long openObjections(long resultId) {
        return store.openObjections(resultId);
    }

    private Map<Long, Entry> entriesBySubject(long competitionId, RoundResults ranking) {
        List<Long> subjectIds = ranking.entries().stream()
                .map(RoundResults.EntryResult::subjectId)
                .toList();
        return entryStore.withOrganisationsBySubject(competitionId, subjectIds).stream()
                .filter(e -> AWARDABLE.contains(e.getStatus()))
                .collect(Collectors.toMap(Entry::getEvaluationSubjectId, Function.identity()));
    }

    private AwardResult resultOf(long competitionId) {
        return store.resultOf(competitionId).orElse(null);
    }

    private AwardResult resultOfAward(long awardId) {
        Award award = store.find(awardId).orElseThrow();
        return store.findResult(award.getResultId()).orElse(null);
    }

    private AwardResult managedResult(UserAccount user, long resultId) {
        AwardResult result = store.findResult(resultId).orElse(null);
        if (result == null) {
            throw DomainException.notFound();
        }
        requireManager(user, competition(result.getCompetitionId()));
        return result;
    }

    private AwardObjection managedObjection(UserAccount user, long objectionId) {
        AwardObjection objection = store.findObjection(objectionId).orElse(null);
        if (objection == null) {
            throw DomainException.notFound();
        }
        managedResult(user, resultOfAward(objection.getAwardId()).getId());
        return objection;
    }

    private Competition competition(long competitionId) {
        Competition competition = competitions.find(competitionId).orElse(null);
        if (competition == null) {
            throw DomainException.notFound();
        }
        return competition;
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Others get "not found", like for an edition that does not exist. */
    private void requireManager(UserAccount user, Competition competition) {
        if (!access.manages(user, competition)) {
            throw DomainException.notFound();
        }
    }
}
