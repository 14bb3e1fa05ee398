package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.evaluation.domain.SubjectRepository;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.error.DomainException;

/**
 * How programmes (competitions, incubator intake) hand a submission to the evaluation engine. Internal API: the
 * calling programme has already checked who may submit, the way {@code OrganisationService.create} trusts its caller,
 * and this joins the caller's transaction so the subject exists exactly when the submission does.
 */
@ApplicationScoped
public class SubjectRegistry {

    @Inject
    SubjectRepository subjects;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    @Transactional
    public EvaluationSubject register(
            String programmeKey, String reference, String title, long organisationId, String track, String group) {
        Organisation organisation = organisations.find(organisationId).orElse(null);
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        EvaluationSubject subject =
                new EvaluationSubject(programmeKey, reference, title, organisation, track, group, Instant.now(clock));
        if (subjects.referenceTaken(subject.getProgrammeKey(), subject.getReference())) {
            throw DomainException.conflict("reference", "evaluation.setup.referenceTaken", subject.getReference());
        }
        subjects.add(subject);
        return subject;
    }
}
