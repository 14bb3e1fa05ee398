package org.greenhub.evaluation.application;

import java.util.List;
import java.util.Optional;

/** A subject's documents as downloads and the scoring page read them (the content only when sent). */
public interface DocumentQueries {

    record Stored(long subjectId, String fileName, String contentType, String reference) {}

    record Listed(long id, String label, String fileName, String contentType, long sizeBytes) {}

    record JudgeRound(long roundId, boolean blind) {}

    Optional<Stored> describe(long documentId);

    byte[] content(long documentId);

    /** The subject's documents, oldest first. */
    List<Listed> of(long subjectId);

    /** The rounds in which the judge holds a published assignment for the subject. */
    List<JudgeRound> publishedRounds(long subjectId, long judgeId);
}
