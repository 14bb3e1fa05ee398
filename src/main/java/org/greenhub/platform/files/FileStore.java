package org.greenhub.platform.files;

import org.greenhub.platform.files.domain.FileKind;
import org.greenhub.platform.files.domain.InspectedFile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.greenhub.platform.audit.CurrentActor;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.domain.StoredFile;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Stores inspected uploads and reads them back. It checks files, not people: the feature that links a file to its
 * record checks that the caller may see that record before calling {@link #open(long)}.
 */
@ApplicationScoped
public class FileStore {

    /** A file ready to stream: send {@link ContentDisposition#attachment(String)} and nosniff with it. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    /** What a page lists about a file, without its content. */
    public record FileSummary(long id, String fileName, FileKind kind, long sizeBytes, String sha256, Instant createdAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentActor actor;

    /** Inspects and stores within the caller's transaction, so a refused record never leaves a file behind. */
    @Transactional
    public StoredFile store(String fileName, byte[] content) {
        InspectedFile inspected = FileInspector.inspect(fileName, content);
        StoredFile file = new StoredFile(inspected, content, sha256(content), actor.actorId().orElse(null), Instant.now(clock));
        em.persist(file);
        return file;
    }

    @Transactional
    public Download open(long id) {
        List<Object[]> found = em.createQuery("select f.fileName, f.kind, f.content from StoredFile f where f.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw DomainException.notFound();
        }
        Object[] row = found.get(0);
        return new Download((String) row[0], ((FileKind) row[1]).contentType(), (byte[]) row[2]);
    }

    @Transactional
    public List<FileSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select new org.greenhub.platform.files.FileStore$FileSummary(f.id, f.fileName, f.kind, f.sizeBytes, "
                        + "f.sha256, f.createdAt) from StoredFile f where f.id in :ids order by f.id", FileSummary.class)
                .setParameter("ids", ids).getResultList();
    }

    /** Removes a file no record links to any more (the caller removed its link in the same transaction). */
    @Transactional
    public void delete(long id) {
        em.createQuery("delete from StoredFile f where f.id = :id").setParameter("id", id).executeUpdate();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
