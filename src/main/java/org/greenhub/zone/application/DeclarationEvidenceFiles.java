package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationEvidence;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationStatus;

/**
 * Evidence files of a declaration version (energy bills, an audit report): the enterprise's people attach them,
 * checked by content by the shared {@link FileStore} (PDF, PPTX, XLSX, PNG or JPEG, 20 MB at most); the enterprise and
 * the zone's administrators list and download them. Anyone else, and the zone for a draft, gets "not found".
 */
@ApplicationScoped
public class DeclarationEvidenceFiles {

    @Inject
    DeclarationRepository declarations;

    @Inject
    Declarations access;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A file as the declaration page lists it. */
    public record EvidenceRow(long id, String fileName, long sizeBytes, Instant attachedAt) implements Serializable {}

    /** A file the enterprise attached, as the API answers it: with the type its content was recognised as. */
    public record AttachedFile(long id, String fileName, String contentType, long sizeBytes, Instant attachedAt) {}

    /**
     * Attaches one file to a version the enterprise may still change (not accepted: an accepted version is kept as
     * the zone accepted it). A refused file (type, size, name) stores nothing.
     */
    @Transactional
    public long attach(long declarationId, String fileName, byte[] content) {
        return attachFile(declarationId, fileName, content).id();
    }

    /**
     * {@link #attach} with the same checks, answering the file as the API shows it: the enterprise's scripts send
     * evidence this way, and the zone's administrators no more than on the page.
     */
    @Transactional
    public AttachedFile attachFile(long declarationId, String fileName, byte[] content) {
        UserAccount user = currentUser.require();
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        if (access.readsAsReviewer(user, declaration)) {
            // the zone reads the evidence; only the enterprise files it
            throw DomainException.notFound();
        }
        if (declaration.getStatus() == DeclarationStatus.ACCEPTED) {
            throw DomainException.conflict(null, "zone.declaration.notOpen");
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "zone.evidence.fileRequired");
        }
        if (declarations.evidence(declarationId).size() >= DeclarationEvidence.MAX_PER_DECLARATION) {
            throw DomainException.invalid("file", "zone.evidence.tooMany", DeclarationEvidence.MAX_PER_DECLARATION);
        }
        StoredFile stored = files.store(fileName, content);
        DeclarationEvidence evidence =
                new DeclarationEvidence(declarationId, stored.getId(), user.getId(), Instant.now(clock));
        declarations.addEvidence(evidence);
        audit.record(
                "ZONE_DECLARATION_EVIDENCE_ATTACHED",
                "Declaration",
                declarationId,
                null,
                Map.of("file", stored.getFileName()),
                null);
        return new AttachedFile(
                evidence.getId(),
                stored.getFileName(),
                stored.getContentType(),
                stored.getSizeBytes(),
                evidence.getCreatedAt());
    }

    /** One page of a version's files as the API lists them, and how many it has in all. */
    public record AttachedPage(List<AttachedFile> rows, long total) {}

    /**
     * One page of the files of a version of the caller's own organisation, oldest first, as the enterprise's API lists
     * them (the zone's administrators read them on the zone's pages: 404 here, as for anyone else).
     */
    @Transactional
    public AttachedPage attachedPage(long declarationId, int first, int size) {
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        if (access.readsAsReviewer(currentUser.require(), declaration)) {
            throw DomainException.notFound();
        }
        List<DeclarationEvidence> links = declarations.evidence(declarationId, first, size);
        Map<Long, FileStore.FileSummary> summaries = new java.util.HashMap<>();
        files.summaries(links.stream().map(DeclarationEvidence::getStoredFileId).toList())
                .forEach(f -> summaries.put(f.id(), f));
        List<AttachedFile> rows = links.stream()
                .map(l -> {
                    FileStore.FileSummary file = summaries.get(l.getStoredFileId());
                    return new AttachedFile(
                            l.getId(), file.fileName(), file.kind().contentType(), file.sizeBytes(), l.getCreatedAt());
                })
                .toList();
        return new AttachedPage(rows, declarations.evidenceCount(declarationId));
    }

    /** A version's files, for its enterprise and its zone's administrators. */
    @Transactional
    public List<EvidenceRow> list(long declarationId) {
        Declaration declaration = declarations.find(declarationId).orElseThrow(DomainException::notFound);
        access.readsAsReviewer(currentUser.require(), declaration);
        List<DeclarationEvidence> links = declarations.evidence(declarationId);
        Map<Long, Long> linkByFile = new java.util.HashMap<>();
        links.forEach(l -> linkByFile.put(l.getStoredFileId(), l.getId()));
        return files
                .summaries(
                        links.stream().map(DeclarationEvidence::getStoredFileId).toList())
                .stream()
                .map(f -> new EvidenceRow(linkByFile.get(f.id()), f.fileName(), f.sizeBytes(), f.createdAt()))
                .toList();
    }

    /** One file, after checking that the caller may read its declaration (404 otherwise). */
    @Transactional
    public FileStore.Download download(long evidenceId) {
        // the caller first: an anonymous caller gets 401 whether or not the file exists
        UserAccount user = currentUser.require();
        DeclarationEvidence evidence = declarations.findEvidence(evidenceId).orElseThrow(DomainException::notFound);
        Declaration declaration = declarations.find(evidence.getDeclarationId()).orElseThrow(DomainException::notFound);
        access.readsAsReviewer(user, declaration);
        return files.open(evidence.getStoredFileId());
    }
}
