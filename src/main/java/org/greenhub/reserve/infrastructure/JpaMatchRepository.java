package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.reserve.domain.Match;
import org.greenhub.reserve.domain.MatchMessage;
import org.greenhub.reserve.domain.MatchRepository;

@ApplicationScoped
public class JpaMatchRepository implements MatchRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Match> find(long id) {
        return Optional.ofNullable(em.find(Match.class, id));
    }

    @Override
    public boolean exists(long projectId, long funderOrganisationId) {
        return !em.createQuery(
                        "select m.id from Match m where m.projectId = :p and m.funderOrganisationId = :o", Long.class)
                .setParameter("p", projectId)
                .setParameter("o", funderOrganisationId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public void add(Match match) {
        em.persist(match);
        // the first message needs the id, and a race between two colleagues surfaces here as a conflict
        em.flush();
    }

    @Override
    public void add(MatchMessage message) {
        em.persist(message);
    }
}
