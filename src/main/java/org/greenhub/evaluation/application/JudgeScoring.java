package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.error.DomainException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A judge's scoring use cases for a judge already identified (by {@link ScoringService} from the signed-in
 * account). Every call first asks {@link JudgeAccess}; a judge without access gets "not found", as for a record that
 * does not exist. Each call is one transaction, so a losing concurrent submission fails as a whole.
 */
@ApplicationScoped
public class JudgeScoring {

    @PersistenceContext
    EntityManager em;

    @Inject
    JudgeAccess access;

    @Inject
    Clock clock;

    /** What a judge's call works on, once access is established. */
    private record Scope(EvaluationRound round, EvaluationSubject subject, UserAccount judge) {
    }

    @Transactional
    public JudgeSheet sheet(long judgeId, long roundId, long subjectId) {
        Scope scope = accessible(judgeId, roundId, subjectId);
        return view(scope, findSheet(roundId, subjectId, judgeId).orElse(null));
    }

    @Transactional
    public JudgeSheet saveDraft(long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return saveDraft(judgeId, roundId, subjectId, values, overallComment, null);
    }

    /**
     * Saves a draft made from the sheet as the judge last saw it ({@code seen}; null skips the check). A form left
     * open in another tab or device that saved since is refused instead of silently overwriting the newer draft.
     */
    @Transactional
    public JudgeSheet saveDraft(long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment,
                                SeenSheet seen) {
        return edit(judgeId, roundId, subjectId, seen, (sheet, judge, now) -> sheet.saveDraft(values, overallComment, judge, now));
    }

    @Transactional
    public JudgeSheet submit(long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return submit(judgeId, roundId, subjectId, values, overallComment, null);
    }

    /** Submits what the judge sees; refused like {@link #saveDraft} when the sheet changed elsewhere since. */
    @Transactional
    public JudgeSheet submit(long judgeId, long roundId, long subjectId, Map<String, SheetValue> values, String overallComment,
                             SeenSheet seen) {
        return edit(judgeId, roundId, subjectId, seen, (sheet, judge, now) -> sheet.submit(values, overallComment, judge, now));
    }

    /** One change to a judge's own sheet: access, stale-form check, the sheet created on first save, history stored. */
    private JudgeSheet edit(long judgeId, long roundId, long subjectId, SeenSheet seen, SheetEdit change) {
        Scope scope = accessible(judgeId, roundId, subjectId);
        Instant now = Instant.now(clock);
        Optional<ScoreSheet> existing = findSheet(roundId, subjectId, judgeId);
        requireSeen(existing, seen);
        ScoreSheet sheet = existing.orElseGet(() -> new ScoreSheet(scope.round(), scope.subject(), scope.judge(), now));
        store(sheet, existing.isEmpty(), change.apply(sheet, scope.judge(), now));
        return view(scope, sheet);
    }

    @FunctionalInterface
    private interface SheetEdit {
        List<ScoreChange> apply(ScoreSheet sheet, org.greenhub.account.domain.UserAccount judge, Instant now);
    }

    @Transactional
    public List<ScoreChangeView> history(long judgeId, long roundId, long subjectId) {
        accessible(judgeId, roundId, subjectId);
        return findSheet(roundId, subjectId, judgeId).map(this::historyOf).orElse(List.of());
    }

    /**
     * The other judges' submitted sheets for an entry, scores and comments, only from the moment the round's
     * visibility rule allows ({@link ScoreVisibility#showsOthersToJudge}); before that the answer is "not found", so a
     * judge cannot even learn whether others have scored.
     */
    @Transactional
    public List<OtherJudgeSheet> otherJudgesScores(long judgeId, long roundId, long subjectId) {
        Scope scope = accessible(judgeId, roundId, subjectId);
        boolean ownSubmitted = findSheet(roundId, subjectId, judgeId).map(ScoreSheet::isSubmitted).orElse(false);
        if (!scope.round().getScoreVisibility().showsOthersToJudge(ownSubmitted, scope.round().isOverAt(Instant.now(clock)))) {
            throw DomainException.notFound();
        }
        return em.createQuery("select distinct s from ScoreSheet s join fetch s.judge where s.round.id = :round "
                        + "and s.subject.id = :subject and s.judge.id <> :judge and s.status = :submitted order by s.submittedAt", ScoreSheet.class)
                .setParameter("round", roundId).setParameter("subject", subjectId).setParameter("judge", judgeId)
                .setParameter("submitted", ScoreSheet.Status.SUBMITTED)
                .getResultList().stream()
                .map(s -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    Map<String, String> comments = new LinkedHashMap<>();
                    s.getValues().forEach((code, v) -> {
                        values.put(code, v.getValue());
                        if (v.getComment() != null && !v.getComment().isBlank()) {
                            comments.put(code, v.getComment());
                        }
                    });
                    return new OtherJudgeSheet(s.getJudge().getDisplayName(), values, comments, s.getOverallComment(), s.getSubmittedAt());
                })
                .toList();
    }

    List<ScoreChangeView> historyOf(ScoreSheet sheet) {
        return em.createQuery("select c from ScoreChange c left join fetch c.changedBy where c.sheet = :sheet order by c.id", ScoreChange.class)
                .setParameter("sheet", sheet).getResultList().stream()
                .map(c -> new ScoreChangeView(c.getCriterionCode(), c.getOldValue(), c.getNewValue(), c.getKind(),
                        c.getChangedBy() == null ? null : c.getChangedBy().getEmail(), c.getChangedAt(), c.getReason()))
                .toList();
    }

    /** The version of the sheet a form was showing; null when it showed no sheet yet. */
    public record SeenSheet(Long version) {
    }

    private static void requireSeen(Optional<ScoreSheet> existing, SeenSheet seen) {
        if (seen == null) {
            return;
        }
        Long current = existing.map(ScoreSheet::getVersion).orElse(null);
        if (!java.util.Objects.equals(current, seen.version())) {
            throw DomainException.conflict(null, "evaluation.scoring.changedElsewhere");
        }
    }

    /**
     * Writes the sheet and its history now rather than at commit, so that losing a race (another transaction
     * created or changed the same sheet first) surfaces here and is answered as a conflict, not as a server error.
     */
    private void store(ScoreSheet sheet, boolean isNew, List<ScoreChange> changes) {
        try {
            if (isNew) {
                em.persist(sheet);
            }
            changes.forEach(em::persist);
            em.flush();
        } catch (PersistenceException e) {
            if (lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.scoring.concurrentChange");
            }
            throw e;
        }
    }

    static boolean lostRace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException || t instanceof ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Scope accessible(long judgeId, long roundId, long subjectId) {
        if (!access.mayScore(roundId, subjectId, judgeId)) {
            throw DomainException.notFound();
        }
        EvaluationRound round = em.find(EvaluationRound.class, roundId);
        EvaluationSubject subject = em.find(EvaluationSubject.class, subjectId);
        UserAccount judge = em.find(UserAccount.class, judgeId);
        if (round == null || subject == null || judge == null) {
            throw DomainException.notFound();
        }
        return new Scope(round, subject, judge);
    }

    private Optional<ScoreSheet> findSheet(long roundId, long subjectId, long judgeId) {
        return em.createQuery("select s from ScoreSheet s where s.round.id = :round and s.subject.id = :subject and s.judge.id = :judge",
                        ScoreSheet.class)
                .setParameter("round", roundId).setParameter("subject", subjectId).setParameter("judge", judgeId)
                .getResultStream().findFirst();
    }

    /** The judge's own sheet; a blind round's view carries no title (it may name the applicant). */
    private static JudgeSheet view(Scope scope, ScoreSheet sheet) {
        EvaluationSubject subject = scope.subject();
        String title = scope.round().isBlind() ? null : subject.getTitle();
        if (sheet == null) {
            return new JudgeSheet(scope.round().getId(), subject.getId(), subject.getReference(), title,
                    ScoreSheet.Status.DRAFT, Map.of(), null, null, null);
        }
        return new JudgeSheet(scope.round().getId(), subject.getId(), subject.getReference(), title,
                sheet.getStatus(), sheet.getValues(), sheet.getOverallComment(), sheet.getSubmittedAt(), sheet.getVersion());
    }
}
