package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.evaluation.domain.EvaluationSubject;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.error.DomainException;

import java.time.Clock;
import java.time.Instant;

/**
 * How programmes (competitions, incubator intake) hand a submission to the evaluation engine. Internal API: the
 * calling programme has already checked who may submit, the way {@code OrganisationService.create} trusts its caller,
 * and this joins the caller's transaction so the subject exists exactly when the submission does.
 */
@ApplicationScoped
public class SubjectRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    public EvaluationSubject register(String programmeKey, String reference, String title, long organisationId, String track, String group) {
        Organisation organisation = em.find(Organisation.class, organisationId);
        if (organisation == null) {
            throw DomainException.invalid("organisation", "platform.validation.required");
        }
        EvaluationSubject subject = new EvaluationSubject(programmeKey, reference, title, organisation, track, group, Instant.now(clock));
        long taken = em.createQuery("select count(s) from EvaluationSubject s where s.programmeKey = :programme and s.reference = :reference", Long.class)
                .setParameter("programme", subject.getProgrammeKey()).setParameter("reference", subject.getReference()).getSingleResult();
        if (taken > 0) {
            throw DomainException.conflict("reference", "evaluation.setup.referenceTaken", subject.getReference());
        }
        em.persist(subject);
        return subject;
    }
}
