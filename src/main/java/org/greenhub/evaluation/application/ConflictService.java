package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.evaluation.domain.conflict.ConflictDeclaration;
import org.greenhub.evaluation.domain.conflict.ConflictRepository;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.evaluation.domain.conflict.ConflictWaiver;
import org.greenhub.evaluation.domain.conflict.Conflicts;
import org.greenhub.evaluation.domain.conflict.JudgeTie;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

/**
 * Conflicts of interest: judges declare their own and list the organisations they have ties with; managers see the
 * conflicts of a round and waive detected ones with a reason. Every change is audited.
 */
@ApplicationScoped
public class ConflictService {

    @Inject
    ConflictRepository store;

    @Inject
    JudgeDeclarationQueries declarable;

    @Inject
    JudgeAssignmentQueries assignmentQueries;

    @Inject
    RoundRepository rounds;

    @Inject
    SubjectRepository subjects;

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    ConflictDetector detector;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * An entry a judge may declare a conflict on. {@code title} is set only where the judge already reads the entry
     * through a published assignment in a round that is not blind; otherwise it is null.
     */
    public record DeclarableEntry(long subjectId, String roundName, String reference, String title)
            implements java.io.Serializable {}

    /** One of the judge's declarations as their page lists it: on an entry by its reference only (it may be blind). */
    public record DeclarationRow(String on, ConflictType type, String reason, Instant declaredAt)
            implements java.io.Serializable {}

    /** One of the judge's ties, the organisation by its legal name. */
    public record TieRow(long id, String organisation, ConflictType type, LocalDate from, LocalDate to, String note)
            implements java.io.Serializable {}

    /**
     * The entries of the rounds the signed-in judge sits on a panel of, so they can declare a conflict before being
     * assigned. Listing them reveals nothing beyond their opaque references: a title is shown only for an entry the
     * round already shows this judge (published assignment, round not blind), since an unassigned or blind entry's
     * title may name the applicant. Entries the judge is conflicted with are left out.
     */
    public List<DeclarableEntry> entriesOnMyPanels() {
        UserAccount judge = currentUser.require(Role.JUDGE);
        List<Object[]> rows = declarable.entriesOnPanelsOf(judge.getId());
        // An entry the judge is already conflicted with is not shown at all: conflicted judges never see the entry.
        Conflicts conflicted = detector.among(
                null,
                List.of(judge.getId()),
                rows.stream()
                        .map(row -> new Conflicts.Subject((Long) row[0], (Long) row[6]))
                        .distinct()
                        .toList());
        return rows.stream()
                .filter(row -> !conflicted.conflicted(judge.getId(), (Long) row[0]))
                .map(row -> {
                    boolean shownByRound = !(Boolean) row[4] && (Long) row[7] > 0;
                    return new DeclarableEntry(
                            (Long) row[0], (String) row[1], (String) row[2], shownByRound ? (String) row[3] : null);
                })
                .toList();
    }

    /**
     * Organisations whose name contains every typed word (any script), for a judge declaring a conflict or a tie.
     * Only names are shown; at most {@code max}, and nothing for an empty search, so it cannot list the directory.
     */
    public List<Choice> organisationsNamed(String text, int max) {
        currentUser.require(Role.JUDGE);
        List<String> words = org.greenhub.platform.text.SearchKey.words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return declarable.organisationsNamed(words, max).stream()
                .map(Choice::organisation)
                .toList();
    }

    /**
     * The signed-in judge declares a conflict with one subject of a round they sit on a panel of; any other subject
     * is "not found", so the form cannot be used to probe subjects (or their references) of other rounds.
     */
    @Transactional
    public ConflictDeclaration declareOnSubject(long subjectId, ConflictType type, String reason) {
        UserAccount judge = currentUser.require(Role.JUDGE);
        EvaluationSubject subject = subjects.find(subjectId).orElse(null);
        boolean onMyPanels = rounds.onPanelOfSubject(judge.getId(), subjectId);
        if (subject == null || !onMyPanels) {
            throw DomainException.notFound();
        }
        return record(ConflictDeclaration.onSubject(judge, subject, type, reason, Instant.now(clock)));
    }

    /**
     * The signed-in judge declares a conflict with an entry they hold a published assignment for, named by that
     * assignment (the API's sheet id). Any other assignment is "not found", as on the page, whether or not it exists.
     */
    @Transactional
    public ConflictDeclaration declareOnAssignment(long assignmentId, ConflictType type, String reason) {
        UserAccount judge = currentUser.require(Role.JUDGE);
        long[] roundAndSubject =
                assignmentQueries.published(assignmentId, judge.getId()).orElseThrow(DomainException::notFound);
        EvaluationSubject subject = subjects.find(roundAndSubject[1]).orElseThrow(DomainException::notFound);
        return record(ConflictDeclaration.onSubject(judge, subject, type, reason, Instant.now(clock)));
    }

    /** The signed-in judge declares a conflict with an organisation: every subject it submits is covered. */
    @Transactional
    public ConflictDeclaration declareOnOrganisation(long organisationId, ConflictType type, String reason) {
        UserAccount judge = currentUser.require(Role.JUDGE);
        Organisation organisation = organisations.find(organisationId).orElseThrow(DomainException::notFound);
        return record(ConflictDeclaration.onOrganisation(judge, organisation, type, reason, Instant.now(clock)));
    }

    private ConflictDeclaration record(ConflictDeclaration declaration) {
        store.addDeclaration(declaration);
        audit.record(
                "CONFLICT_DECLARED", "ConflictDeclaration", declaration.getId(), null, declaration.snapshot(), null);
        return declaration;
    }

    @Transactional
    public List<DeclarationRow> myDeclarations() {
        UserAccount judge = currentUser.require(Role.JUDGE);
        return store.declarationsOf(judge.getId()).stream()
                .map(d -> new DeclarationRow(
                        d.getSubject() != null
                                ? d.getSubject().getReference()
                                : d.getOrganisation().getLegalName(),
                        d.getType(),
                        d.getReason(),
                        d.getDeclaredAt()))
                .toList();
    }

    /** The signed-in judge lists, in their profile, an organisation they have (or had) ties with. */
    @Transactional
    public JudgeTie addTie(long organisationId, ConflictType type, LocalDate from, LocalDate to, String note) {
        UserAccount judge = currentUser.require(Role.JUDGE);
        Organisation organisation = organisations.find(organisationId).orElseThrow(DomainException::notFound);
        JudgeTie tie = new JudgeTie(judge, organisation, type, from, to, note, Instant.now(clock));
        store.addTie(tie);
        audit.record("JUDGE_TIE_ADDED", "JudgeTie", tie.getId(), null, tie.snapshot(), null);
        return tie;
    }

    /** Ends one of the signed-in judge's ties today; it still counts for three more years. */
    @Transactional
    public JudgeTie endTie(long tieId) {
        UserAccount judge = currentUser.require(Role.JUDGE);
        JudgeTie tie = store.findTie(tieId).orElse(null);
        if (tie == null || !tie.getJudge().getId().equals(judge.getId())) {
            throw DomainException.notFound();
        }
        Map<String, Object> before = tie.snapshot();
        tie.end(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        audit.record("JUDGE_TIE_ENDED", "JudgeTie", tie.getId(), before, tie.snapshot(), null);
        return tie;
    }

    @Transactional
    public List<TieRow> myTies() {
        UserAccount judge = currentUser.require(Role.JUDGE);
        return store.tiesOf(judge.getId()).stream()
                .map(t -> new TieRow(
                        t.getId(),
                        t.getOrganisation().getLegalName(),
                        t.getType(),
                        t.getValidFrom(),
                        t.getValidTo(),
                        t.getNote()))
                .toList();
    }

    /**
     * A manager lifts, for this round, a conflict GreenHub detected (affiliation or profile tie). A conflict the judge
     * declared is theirs to keep, and a pair with nothing detected has nothing to waive.
     */
    @Transactional
    public ConflictWaiver waive(long roundId, long judgeId, long subjectId, String reason) {
        UserAccount manager = managerAccess.requireRound(roundId);
        EvaluationRound round = rounds.find(roundId).orElse(null);
        EvaluationSubject subject = subjects.find(subjectId).orElse(null);
        UserAccount judge = accounts.find(judgeId).orElse(null);
        if (round == null || subject == null || judge == null) {
            throw DomainException.notFound();
        }
        Conflicts conflicts = detector.among(
                roundId,
                List.of(judgeId),
                List.of(new Conflicts.Subject(
                        subjectId, subject.getOrganisation().getId())));
        if (conflicts.sources(judgeId, subjectId).isEmpty()) {
            throw DomainException.conflict(null, "evaluation.conflict.nothingToWaive");
        }
        if (!conflicts.waivable(judgeId, subjectId)) {
            throw DomainException.conflict(null, "evaluation.conflict.declaredNotWaivable");
        }
        if (conflicts.waived(judgeId, subjectId)) {
            throw DomainException.conflict(null, "evaluation.conflict.alreadyWaived");
        }
        ConflictWaiver waiver = new ConflictWaiver(round, judge, subject, reason, manager, Instant.now(clock));
        store.addWaiver(waiver);
        try {
            // A second, simultaneous waiver of the same conflict meets the unique key.
            store.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (JudgeScoring.lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.conflict.alreadyWaived");
            }
            throw e;
        }
        audit.record("CONFLICT_WAIVED", "EvaluationRound", roundId, null, waiver.snapshot(), waiver.getReason());
        return waiver;
    }

    /** Every conflict in force between the round's panel judges and its subjects (for the manager's lists). */
    public Conflicts conflictsOf(long roundId) {
        managerAccess.requireRound(roundId);
        rounds.require(roundId);
        return detector.amongPanelsOf(roundId, detector.subjectsOf(roundId));
    }
}
