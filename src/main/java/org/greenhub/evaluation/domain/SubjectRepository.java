package org.greenhub.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.error.DomainException;

/** What programmes submit to the engine, and their documents. */
public interface SubjectRepository {

    Optional<EvaluationSubject> find(long id);

    default EvaluationSubject require(long id) {
        return find(id).orElseThrow(DomainException::notFound);
    }

    /** A subject known to exist, without loading it (to link a new record to it). */
    EvaluationSubject reference(long id);

    void add(EvaluationSubject subject);

    /** Stores a document of a subject and writes it now, so that its id can be linked at once. */
    void addDocumentNow(SubjectDocument document);

    boolean referenceTaken(String programmeKey, String reference);

    List<EvaluationSubject> findAll(Collection<Long> ids);

    /** The subject's programme key, if the subject exists. */
    Optional<String> programmeKeyOf(long subjectId);
}
