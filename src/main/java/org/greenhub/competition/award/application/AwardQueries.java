package org.greenhub.competition.award.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.award.domain.Award;
import org.greenhub.competition.award.domain.AwardChangeKind;
import org.greenhub.competition.award.domain.AwardObjection;
import org.greenhub.competition.award.domain.AwardResult;
import org.greenhub.competition.award.domain.AwardResultStatus;
import org.greenhub.competition.award.domain.AwardStatus;
import org.greenhub.competition.award.domain.ObjectionStatus;
import org.greenhub.competition.domain.AwardTierCode;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.CompetitionStatus;
import org.greenhub.evaluation.application.ExportFile;
import org.greenhub.evaluation.application.ScoreExportService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.Language;

/** What the awards pages read, for the managers of the edition (and, for objections, the objector). */
@ApplicationScoped
public class AwardQueries {

    public record Overview(
            long competitionId,
            String competitionName,
            CompetitionStatus competitionStatus,
            boolean mayPropose,
            ResultState result,
            String zone)
            implements Serializable {}

    public record ResultState(
            long id,
            AwardResultStatus status,
            boolean isFinal,
            String proposedBy,
            Instant proposedAt,
            String approvedBy,
            Instant approvedAt,
            Instant publishedAt,
            Instant noticeEndsAt,
            boolean mayApprove,
            long openObjections,
            long evaluationRoundId)
            implements Serializable {}

    public record AwardLine(
            long id,
            CompetitionGroup group,
            String track,
            AwardTierCode tier,
            int rank,
            BigDecimal score,
            String awardee,
            String title,
            AwardStatus status,
            String verificationCode)
            implements Serializable {}

    public record ObjectionLine(
            long id,
            long awardId,
            String awardee,
            AwardTierCode tier,
            String objectorName,
            Instant filedAt,
            String text,
            ObjectionStatus status,
            String investigation,
            String decisionReason,
            AwardChangeKind outcome,
            List<FileStore.FileSummary> evidence)
            implements Serializable {
        public boolean open() {
            return status.isOpen();
        }
    }

    /** An award as the objection form shows it. */
    public record ObjectionTarget(
            long awardId,
            long competitionId,
            String competitionName,
            String awardee,
            String title,
            AwardTierCode tier,
            CompetitionGroup group,
            String track,
            Instant noticeEndsAt,
            boolean objectionsOpen,
            String zone)
            implements Serializable {}

    @Inject
    AwardReads reads;

    @Inject
    org.greenhub.competition.award.domain.AwardRepository store;

    @Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

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
    AwardService service;

    @Inject
    FileStore files;

    @Inject
    ScoreExportService scoreExports;

    public record ManagedCompetition(
            long id, String name, String edition, CompetitionStatus status, AwardResultStatus resultStatus)
            implements Serializable {}

    /** The editions the signed-in user manages (administrators: all), newest first, with their award result's state. */
    @Transactional
    public List<ManagedCompetition> managedCompetitions(Language language) {
        UserAccount user = currentUser.require();
        boolean admin = user.hasRole(org.greenhub.account.domain.Role.ADMINISTRATOR);
        List<Competition> managed = reads.competitionsFor(admin, user.getId());
        java.util.Map<Long, AwardResultStatus> states =
                reads.resultStates(managed.stream().map(Competition::getId).toList());
        return managed.stream()
                .map(c -> new ManagedCompetition(
                        c.getId(), c.text(language).getName(), c.getEdition(), c.getStatus(), states.get(c.getId())))
                .toList();
    }

    @Transactional
    public Overview overview(long competitionId, Language language) {
        UserAccount user = currentUser.require();
        Competition competition = competition(competitionId);
        requireManager(user, competition);
        AwardResult result = store.resultOf(competitionId).orElse(null);
        ResultState state = null;
        if (result != null) {
            long open = service.openObjections(result.getId());
            state = new ResultState(
                    result.getId(),
                    result.getStatus(),
                    result.isFinalAt(Instant.now(clock), open),
                    name(result.getProposedBy()),
                    result.getProposedAt(),
                    result.getApprovedBy() == null ? null : name(result.getApprovedBy()),
                    result.getApprovedAt(),
                    result.getPublishedAt(),
                    result.getNoticeEndsAt(),
                    result.getStatus() == AwardResultStatus.PROPOSED && result.getProposedBy() != user.getId(),
                    open,
                    result.getEvaluationRoundId());
        }
        return new Overview(
                competitionId,
                competition.text(language).getName(),
                competition.getStatus(),
                result == null && competition.getStatus() == CompetitionStatus.JUDGING,
                state,
                competition.getTimeZone());
    }

    @Transactional
    public List<AwardLine> awards(long resultId, int first, int size) {
        requireManager(resultId);
        return reads.awards(resultId, first, size);
    }

    @Transactional
    public long countAwards(long resultId) {
        requireManager(resultId);
        return reads.countAwards(resultId);
    }

    @Transactional
    public List<ObjectionLine> objections(long resultId) {
        requireManager(resultId);
        List<Object[]> rows = reads.objections(resultId);
        return rows.stream()
                .map(row -> {
                    AwardObjection o = (AwardObjection) row[0];
                    return new ObjectionLine(
                            o.getId(),
                            o.getAwardId(),
                            (String) row[1],
                            (AwardTierCode) row[2],
                            o.getObjectorName(),
                            o.getFiledAt(),
                            o.getText(),
                            o.getStatus(),
                            o.getInvestigation(),
                            o.getDecisionReason(),
                            o.getOutcome(),
                            files.summaries(o.getEvidence()));
                })
                .toList();
    }

    /** The evidence file of an objection, for the edition's managers and the objector. */
    @Transactional
    public FileStore.Download evidence(long objectionId, long fileId) {
        UserAccount user = currentUser.require();
        AwardObjection objection = store.findObjection(objectionId).orElse(null);
        if (objection == null || !objection.getEvidence().contains(fileId)) {
            throw DomainException.notFound();
        }
        if (objection.getFiledBy() != user.getId()) {
            Award award = store.find(objection.getAwardId()).orElseThrow();
            requireManager(award.getResultId());
        }
        return files.open(fileId);
    }

    /** An award open to objections, for anyone signed in; unpublished results are "not found". */
    @Transactional
    public ObjectionTarget objectionTarget(long awardId, Language language) {
        currentUser.require();
        Award award = store.find(awardId).orElse(null);
        AwardResult result =
                award == null ? null : store.findResult(award.getResultId()).orElse(null);
        if (result == null || !result.isPublic()) {
            throw DomainException.notFound();
        }
        Competition competition = competition(result.getCompetitionId());
        return new ObjectionTarget(
                awardId,
                competition.getId(),
                competition.text(language).getName(),
                award.getAwardeeName(),
                award.getEntryTitle(),
                award.getTier(),
                award.getGroup(),
                award.getTrack(),
                result.getNoticeEndsAt(),
                result.isNoticeRunningAt(Instant.now(clock))
                        && award.getStatus().stands(),
                competition.getTimeZone());
    }

    /** Awards as CSV or Excel (managers of the edition). */
    @Transactional
    public ExportFile awardsExport(long resultId, ExportFile.Format format) {
        requireManager(resultId);
        List<AwardLine> lines = awards(resultId, 0, Integer.MAX_VALUE);
        return AwardExport.of(resultId, lines, format);
    }

    /** The final round's score matrix (evaluation's export, after this edition's permission check). */
    @Transactional
    public ExportFile scoreMatrix(long resultId, ExportFile.Format format) {
        AwardResult result = requireManager(resultId);
        return scoreExports.scoreMatrix(result.getEvaluationRoundId(), format);
    }

    private AwardResult requireManager(long resultId) {
        UserAccount user = currentUser.require();
        AwardResult result = store.findResult(resultId).orElse(null);
        if (result == null) {
            throw DomainException.notFound();
        }
        requireManager(user, competition(result.getCompetitionId()));
        return result;
    }

    private String name(long userId) {
        return accounts.find(userId).map(UserAccount::getDisplayName).orElse("");
    }

    private Competition competition(long competitionId) {
        Competition competition = competitions.find(competitionId).orElse(null);
        if (competition == null) {
            throw DomainException.notFound();
        }
        return competition;
    }

    /** Others get "not found", like for an edition that does not exist. */
    private void requireManager(UserAccount user, Competition competition) {
        if (!access.manages(user, competition)) {
            throw DomainException.notFound();
        }
    }
}
