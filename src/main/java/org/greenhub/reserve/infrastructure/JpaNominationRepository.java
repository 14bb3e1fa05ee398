package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.greenhub.reserve.domain.NominationRepository;
import org.greenhub.reserve.domain.ReserveNomination;

@ApplicationScoped
public class JpaNominationRepository implements NominationRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReserveNomination> find(long id) {
        return Optional.ofNullable(em.find(ReserveNomination.class, id));
    }

    @Override
    public Set<Long> organisationsNominatedTo(long callId) {
        return new HashSet<>(
                em.createQuery("select n.organisationId from ReserveNomination n where n.callId = :call", Long.class)
                        .setParameter("call", callId)
                        .getResultList());
    }

    @Override
    public void add(ReserveNomination nomination) {
        em.persist(nomination);
        // the caller mails the link with the new id
        em.flush();
    }
}
