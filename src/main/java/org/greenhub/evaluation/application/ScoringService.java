package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.domain.ScoreChange;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.SheetValue;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Scoring for the signed-in user: judges open, save and submit their own sheets and, when the round allows, read
 * the other judges' scores; programme managers reopen a submitted sheet with a reason and read its history.
 */
@ApplicationScoped
public class ScoringService {

    @Inject
    CurrentUser currentUser;

    @Inject
    ManagerAccess managerAccess;

    @Inject
    JudgeScoring judgeScoring;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    /** The signed-in judge's sheet (empty until the first save); "not found" unless they may score the entry. */
    public JudgeSheet mySheet(long roundId, long subjectId) {
        return judgeScoring.sheet(judge(), roundId, subjectId);
    }

    public JudgeSheet saveDraft(long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return judgeScoring.saveDraft(judge(), roundId, subjectId, values, overallComment);
    }

    public JudgeSheet submit(long roundId, long subjectId, Map<String, SheetValue> values, String overallComment) {
        return judgeScoring.submit(judge(), roundId, subjectId, values, overallComment);
    }

    /** As {@link #saveDraft}, refused when the sheet changed since the form showed version {@code seen}. */
    public JudgeSheet saveDraft(long roundId, long subjectId, Map<String, SheetValue> values, String overallComment,
                                JudgeScoring.SeenSheet seen) {
        return judgeScoring.saveDraft(judge(), roundId, subjectId, values, overallComment, seen);
    }

    /** As {@link #submit}, refused when the sheet changed since the form showed version {@code seen}. */
    public JudgeSheet submit(long roundId, long subjectId, Map<String, SheetValue> values, String overallComment,
                             JudgeScoring.SeenSheet seen) {
        return judgeScoring.submit(judge(), roundId, subjectId, values, overallComment, seen);
    }

    public List<ScoreChangeView> myHistory(long roundId, long subjectId) {
        return judgeScoring.history(judge(), roundId, subjectId);
    }

    public List<OtherJudgeSheet> otherJudgesScores(long roundId, long subjectId) {
        return judgeScoring.otherJudgesScores(judge(), roundId, subjectId);
    }

    /** Sends one submitted sheet back to its judge; the reason is kept in the sheet's history and the audit trail. */
    @Transactional
    public void reopen(long sheetId, String reason) {
        UserAccount manager = managerAccess.requireSheet(sheetId);
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw DomainException.notFound();
        }
        // A sheet reopened when the judge can no longer submit would silently drop out of the results.
        if (!sheet.getRound().acceptsScoresAt(Instant.now(clock))) {
            throw DomainException.conflict(null, "evaluation.scoring.reopenAfterClose");
        }
        Map<String, Object> before = sheet.snapshot();
        ScoreChange change = sheet.reopen(reason, manager, Instant.now(clock));
        em.persist(change);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            if (JudgeScoring.lostRace(e)) {
                throw DomainException.conflict(null, "evaluation.scoring.concurrentChange");
            }
            throw e;
        }
        audit.record("SCORE_SHEET_REOPENED", "ScoreSheet", sheet.getId(), before, sheet.snapshot(), change.getReason());
    }

    /** A sheet's full history, for managers following a round. */
    @Transactional
    public List<ScoreChangeView> history(long sheetId) {
        managerAccess.requireSheet(sheetId);
        ScoreSheet sheet = em.find(ScoreSheet.class, sheetId);
        if (sheet == null) {
            throw DomainException.notFound();
        }
        return judgeScoring.historyOf(sheet);
    }

    private long judge() {
        return currentUser.require().getId();
    }
}
