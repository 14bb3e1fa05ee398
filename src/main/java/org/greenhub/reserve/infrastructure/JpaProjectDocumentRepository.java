package org.greenhub.reserve.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import org.greenhub.reserve.domain.ProjectDocument;
import org.greenhub.reserve.domain.ProjectDocumentRepository;

@ApplicationScoped
public class JpaProjectDocumentRepository implements ProjectDocumentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<ProjectDocument> of(long projectId) {
        return em
                .createQuery("select d from ProjectDocument d where d.projectId = :project", ProjectDocument.class)
                .setParameter("project", projectId)
                .getResultList()
                .stream()
                .sorted(Comparator.comparing(ProjectDocument::getKind))
                .toList();
    }

    @Override
    public void add(ProjectDocument document) {
        em.persist(document);
        // the replaced file's row was removed in this transaction: the unique (project, kind) is checked now
        em.flush();
    }

    @Override
    public void remove(ProjectDocument document) {
        em.remove(document);
        // before the new row of the same kind is inserted
        em.flush();
    }
}
