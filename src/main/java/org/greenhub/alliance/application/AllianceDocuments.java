package org.greenhub.alliance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.alliance.domain.Alliance;
import org.greenhub.alliance.domain.AllianceDocument;
import org.greenhub.alliance.domain.AllianceDocument.Purpose;
import org.greenhub.alliance.domain.AllianceRepository;
import org.greenhub.alliance.domain.Membership;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;

/**
 * The alliance's documents: charter and agreement template (kept by coordinators, readable by anyone, as applicants
 * read them before applying) and each member's signed agreement (coordinators upload it when recording the
 * signature; the member's own people and the coordinators may read it).
 */
@ApplicationScoped
@Transactional
public class AllianceDocuments {

    @Inject
    AllianceRepository alliances;

    @Inject
    AllianceAccess access;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    MembershipService memberships;

    @Transactional
    public AllianceDocument uploadAllianceDocument(long allianceId, Purpose purpose, String fileName, byte[] content) {
        Alliance alliance = access.coordinated(allianceId);
        if (purpose == Purpose.SIGNED_AGREEMENT) {
            throw DomainException.invalid("purpose", "alliance.document.wrongPurpose");
        }
        StoredFile file = files.store(fileName, content);
        AllianceDocument document = new AllianceDocument(alliance, null, file.getId(), purpose, access.now());
        alliances.addDocument(document);
        audit.record(
                "ALLIANCE_DOCUMENT_UPLOADED",
                "Alliance",
                allianceId,
                null,
                Map.of("purpose", purpose, "file", file.getId()),
                fileName);
        return document;
    }

    /** Records the signed agreement: the upload and the signing date together, or neither. */
    @Transactional
    public AllianceDocument uploadSignedAgreement(
            long membershipId, java.time.LocalDate signedOn, String fileName, byte[] content) {
        Membership membership = access.coordinatedMembership(membershipId);
        memberships.recordAgreementSigned(membershipId, signedOn);
        StoredFile file = files.store(fileName, content);
        AllianceDocument document = new AllianceDocument(
                membership.getAlliance(), membership, file.getId(), Purpose.SIGNED_AGREEMENT, access.now());
        alliances.addDocument(document);
        audit.record(
                "ALLIANCE_DOCUMENT_UPLOADED",
                "Membership",
                membershipId,
                null,
                Map.of("purpose", Purpose.SIGNED_AGREEMENT, "file", file.getId()),
                fileName);
        return document;
    }

    /** Public: the alliance's own documents, newest first. */
    @Transactional
    public List<DocumentRow> allianceDocuments(long allianceId) {
        return rows(alliances.documentsOf(allianceId));
    }

    @Transactional
    public List<DocumentRow> membershipDocuments(long membershipId) {
        access.readableMembership(membershipId);
        return rows(alliances.documentsOfMembership(membershipId));
    }

    private List<DocumentRow> rows(List<AllianceDocument> documents) {
        Map<Long, FileStore.FileSummary> summaries = new java.util.HashMap<>();
        files.summaries(documents.stream()
                        .map(AllianceDocument::getStoredFileId)
                        .toList())
                .forEach(s -> summaries.put(s.id(), s));
        return documents.stream()
                .map(d -> {
                    FileStore.FileSummary s = summaries.get(d.getStoredFileId());
                    return new DocumentRow(
                            d.getId(),
                            d.getPurpose(),
                            s == null ? "" : s.fileName(),
                            s == null ? 0 : s.sizeBytes(),
                            d.getCreatedAt());
                })
                .toList();
    }

    /**
     * Opens a document after checking the caller may read what it belongs to. The alliance's own documents (charter,
     * agreement template) are public. For anything else the answer depends on the caller, never on whether the
     * document exists: 401 for an anonymous caller, 404 for a signed-in one who may not read it.
     */
    @Transactional
    public FileStore.Download open(long documentId) {
        AllianceDocument document = alliances.findDocument(documentId).orElse(null);
        if (document != null && document.getMembership() == null) {
            return files.open(document.getStoredFileId());
        }
        access.user();
        if (document == null) {
            throw DomainException.notFound();
        }
        access.readableMembership(document.getMembership().getId());
        return files.open(document.getStoredFileId());
    }

    public record DocumentRow(long id, Purpose purpose, String fileName, long sizeBytes, Instant uploadedAt)
            implements Serializable {}
}
