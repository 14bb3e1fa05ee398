package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.evaluation.domain.ScoreSheet;
import org.greenhub.evaluation.domain.ScoreSheetRepository;
import org.greenhub.evaluation.domain.SheetValue;

/**
 * The read a programme uses to show judges' comments to the applicant of a subject. Only rounds whose
 * score-visibility rule lets applicants read them now ({@code ScoreVisibility.showsCommentsToApplicant}) contribute,
 * and judges are numbered, never named. Whether the programme has released comments at all, and who its applicant
 * is, are the programme's own checks, made before it asks.
 */
@ApplicationScoped
public class SubjectComments {

    /** One judge's comments in one round, signed "Judge n" (numbered over the sheets shown). */
    public record Comment(String round, int judgeNumber, String overall, List<String> criterionComments)
            implements Serializable {}

    @Inject
    ScoreSheetRepository sheetStore;

    @Inject
    Clock clock;

    @Transactional
    public List<Comment> readableByApplicant(long subjectId) {
        Instant now = Instant.now(clock);
        List<ScoreSheet> sheets = sheetStore.submittedFor(subjectId);
        List<Comment> comments = new ArrayList<>();
        Map<Long, Integer> numbers = new HashMap<>();
        for (ScoreSheet sheet : sheets) {
            if (!sheet.getRound()
                    .getScoreVisibility()
                    .showsCommentsToApplicant(sheet.getRound().isOverAt(now))) {
                continue;
            }
            List<String> criterion = sheet.getValues().values().stream()
                    .map(SheetValue::getComment)
                    .filter(c -> c != null && !c.isBlank())
                    .toList();
            if (sheet.getOverallComment() == null && criterion.isEmpty()) {
                continue;
            }
            int number = numbers.computeIfAbsent(sheet.getJudge().getId(), id -> numbers.size() + 1);
            comments.add(new Comment(sheet.getRound().getName(), number, sheet.getOverallComment(), criterion));
        }
        return comments;
    }
}
