package org.greenhub.platform.files.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.greenhub.platform.files.FileStore.Download;
import org.greenhub.platform.files.FileStore.FileSummary;
import org.greenhub.platform.files.StoredFiles;
import org.greenhub.platform.files.domain.FileKind;
import org.greenhub.platform.files.domain.StoredFile;

@ApplicationScoped
public class JpaStoredFiles implements StoredFiles {

    @PersistenceContext
    EntityManager em;

    @Override
    public void add(StoredFile file) {
        em.persist(file);
    }

    @Override
    public Optional<Download> download(long id) {
        List<Object[]> found = em.createQuery(
                        "select f.fileName, f.kind, f.content from StoredFile f where f.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get(0);
        return Optional.of(new Download((String) row[0], ((FileKind) row[1]).contentType(), (byte[]) row[2]));
    }

    @Override
    public List<FileSummary> summaries(List<Long> ids) {
        return em.createQuery(
                        "select new org.greenhub.platform.files.FileStore$FileSummary(f.id, f.fileName, f.kind, f.sizeBytes, "
                                + "f.sha256, f.createdAt) from StoredFile f where f.id in :ids order by f.id",
                        FileSummary.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    @Override
    public void delete(long id) {
        em.createQuery("delete from StoredFile f where f.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }
}
