package org.greenhub.platform.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.greenhub.platform.audit.CurrentActor;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.domain.FileKind;
import org.greenhub.platform.files.domain.InspectedFile;
import org.greenhub.platform.files.domain.StoredFile;

/**
 * Stores inspected uploads and reads them back. It checks files, not people: the feature that links a file to its
 * record checks that the caller may see that record before calling {@link #open(long)}.
 */
@ApplicationScoped
public class FileStore {

    /** A file ready to stream: send {@link ContentDisposition#attachment(String)} and nosniff with it. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** What a page lists about a file, without its content. */
    public record FileSummary(
            long id, String fileName, FileKind kind, long sizeBytes, String sha256, Instant createdAt) {}

    @Inject
    StoredFiles storedFiles;

    @Inject
    Clock clock;

    @Inject
    CurrentActor actor;

    /** Inspects and stores within the caller's transaction, so a refused record never leaves a file behind. */
    @Transactional
    public StoredFile store(String fileName, byte[] content) {
        InspectedFile inspected = FileInspector.inspect(fileName, content);
        StoredFile file = new StoredFile(
                inspected, content, sha256(content), actor.actorId().orElse(null), Instant.now(clock));
        storedFiles.add(file);
        return file;
    }

    @Transactional
    public Download open(long id) {
        return storedFiles.download(id).orElseThrow(DomainException::notFound);
    }

    @Transactional
    public List<FileSummary> summaries(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return storedFiles.summaries(ids);
    }

    /** Removes a file no record links to any more (the caller removed its link in the same transaction). */
    @Transactional
    public void delete(long id) {
        storedFiles.delete(id);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
