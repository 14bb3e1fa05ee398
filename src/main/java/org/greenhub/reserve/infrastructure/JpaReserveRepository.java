package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ReserveRepository;

@ApplicationScoped
public class JpaReserveRepository implements ReserveRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ReserveCall> findCall(long id) {
        return Optional.ofNullable(em.find(ReserveCall.class, id));
    }

    @Override
    public Optional<ReserveProject> findProject(long id) {
        return Optional.ofNullable(em.find(ReserveProject.class, id));
    }

    @Override
    public void add(ReserveCall call) {
        em.persist(call);
        // the caller shows or audits the new id at once
        em.flush();
    }

    @Override
    public void add(ReserveProject project) {
        em.persist(project);
        em.flush();
    }
}
