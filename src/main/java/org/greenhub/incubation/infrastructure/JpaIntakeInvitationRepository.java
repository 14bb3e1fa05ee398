package org.greenhub.incubation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.greenhub.incubation.domain.IntakeInvitation;
import org.greenhub.incubation.domain.IntakeInvitationRepository;

@ApplicationScoped
public class JpaIntakeInvitationRepository implements IntakeInvitationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(IntakeInvitation invitation) {
        em.persist(invitation);
    }

    @Override
    public List<Long> organisationIdsInvitedTo(long callId) {
        return em.createQuery("select i.organisationId from IntakeInvitation i where i.callId = :call", Long.class)
                .setParameter("call", callId)
                .getResultList();
    }

    @Override
    public List<IntakeInvitation> of(long callId, long entryId, Collection<Long> organisationIds) {
        return em.createQuery(
                        "select i from IntakeInvitation i where i.callId = :call and i.entryId = :entry and i.organisationId in :orgs",
                        IntakeInvitation.class)
                .setParameter("call", callId)
                .setParameter("entry", entryId)
                .setParameter("orgs", organisationIds)
                .getResultList();
    }
}
