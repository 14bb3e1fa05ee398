package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.evaluation.domain.CriterionText;
import org.greenhub.evaluation.domain.EvaluationRound;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.RoundRepository;
import org.greenhub.evaluation.domain.RubricCriterion;
import org.greenhub.evaluation.domain.ScoreVisibility;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * What the scoring form shows about an entry besides the judge's own sheet: the round's window and rules, the
 * criteria in the judge's language, the entry's documents, what its programme shows judges ({@link SubjectDetails}),
 * and its title and organisation unless the round is blind. This is a judge's one view of an entry.
 * "Not found" unless the signed-in judge may score the entry ({@link JudgeAccess}), as for an entry that does not exist.
 */
@ApplicationScoped
public class JudgeEntryQuery {

    public record Criterion(
            String code,
            String name,
            String guidance,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            BigDecimal commentRequiredBelow)
            implements Serializable {}

    /**
     * A document as listed to a judge, labelled in the judge's language; in a blind round the file name (which may
     * name the applicant) is left out.
     */
    public record Document(long id, String label, String fileName, String contentType, long sizeBytes)
            implements Serializable {
        /** The size in kilobytes, rounded up. */
        public long kilobytes() {
            return (sizeBytes + 1023) / 1024;
        }

        /** Shown in the page (a PDF in a frame, an image as an image); anything else is only downloaded. */
        public boolean previewable() {
            return DocumentDownloads.previewable(contentType);
        }

        public boolean image() {
            return previewable() && contentType.startsWith("image/");
        }
    }

    /**
     * The entry as the judge reads it. {@code zone} is the round's (its programme's) IANA zone, in which every time of
     * the round is shown; {@code trackGroup} is the track and group named in the judge's language (null for neither).
     */
    public record Entry(
            long roundId,
            String roundName,
            boolean blind,
            Instant opensAt,
            Instant closesAt,
            String zone,
            boolean acceptsScores,
            boolean over,
            ScoreVisibility scoreVisibility,
            long subjectId,
            String reference,
            String title,
            String organisation,
            String trackGroup,
            List<Criterion> criteria,
            List<Document> documents,
            List<SubjectDetails.Detail> details)
            implements Serializable {}

    @Inject
    RoundRepository rounds;

    @Inject
    SubjectRepository subjects;

    @Inject
    DocumentQueries documentQueries;

    @Inject
    CurrentUser currentUser;

    @Inject
    JudgeAccess access;

    @Inject
    Clock clock;

    @Inject
    ProgrammeDetails programmes;

    @Transactional
    public Entry entry(long roundId, long subjectId, Language language) {
        long judgeId = currentUser.require().getId();
        if (!access.mayScore(roundId, subjectId, judgeId)) {
            throw DomainException.notFound();
        }
        EvaluationRound round = rounds.find(roundId).orElse(null);
        EvaluationSubject subject = subjects.find(subjectId).orElse(null);
        if (round == null || subject == null) {
            throw DomainException.notFound();
        }
        return entryOf(round, subject, language);
    }

    /** The entry as the judge reads it, once the caller has established that the judge may score it. */
    Entry entryOf(EvaluationRound round, EvaluationSubject subject, Language language) {
        long roundId = round.getId();
        long subjectId = subject.getId();
        boolean blind = round.isBlind();
        List<Criterion> criteria = round.getRubric().getCriteria().stream()
                .map(c -> criterion(c, language))
                .toList();
        SubjectDetails programme = programmes.of(subject.getProgrammeKey());
        List<DocumentQueries.Listed> stored = documentQueries.of(subjectId);
        Map<Long, String> storedLabels = new java.util.LinkedHashMap<>();
        stored.forEach(r -> storedLabels.put(r.id(), r.label()));
        Map<Long, String> labels = programme.documentLabels(subjectId, storedLabels, language);
        List<Document> documents = stored.stream()
                .map(r -> new Document(
                        r.id(),
                        labels.getOrDefault(r.id(), r.label()),
                        blind ? null : r.fileName(),
                        r.contentType(),
                        r.sizeBytes()))
                .toList();
        Instant now = Instant.now(clock);
        return new Entry(
                roundId,
                round.getName(),
                blind,
                round.getOpensAt(),
                round.getClosesAt(),
                programme.zone(round.getProgrammeKey()),
                round.acceptsScoresAt(now),
                round.isOverAt(now),
                round.getScoreVisibility(),
                subjectId,
                subject.getReference(),
                blind ? null : subject.getTitle(),
                blind ? null : subject.getOrganisation().getLegalName(),
                programmes.trackAndGroup(
                        subject.getProgrammeKey(), subject.getTrack(), subject.getGroupName(), language),
                criteria,
                documents,
                List.copyOf(programme.forJudge(subject.getId(), blind, language)));
    }

    private static Criterion criterion(RubricCriterion c, Language language) {
        CriterionText text = c.text(language);
        return new Criterion(
                c.getCode(),
                text.getName(),
                text.getGuidance(),
                c.getMinValue(),
                c.getMaxValue(),
                c.getStep(),
                c.getCommentRequiredBelow());
    }
}
