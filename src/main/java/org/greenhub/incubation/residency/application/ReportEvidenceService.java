package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.incubation.residency.domain.EvidencePurpose;
import org.greenhub.incubation.residency.domain.PeriodicReport;
import org.greenhub.incubation.residency.domain.ReportEvidence;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.files.domain.StoredFile;

/**
 * Evidence files of a report: the start-up attaches them (checked by the shared {@link FileStore}: PDF, PPTX, XLSX,
 * PNG or JPEG, 20 MB at most) and removes them; the residency's readers list and download them.
 */
@ApplicationScoped
public class ReportEvidenceService {

    @Inject
    ResidencyRepository residencies;

    @Inject
    ResidencyReads reads;

    @Inject
    ResidencyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    FileStore files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public record EvidenceRow(long id, String fileName, EvidencePurpose purpose, long sizeBytes, Instant createdAt)
            implements Serializable {}

    /** Attaches one file; a refused file (type, size, name) or a full report stores nothing. */
    @Transactional
    public long attach(long reportId, EvidencePurpose purpose, String fileName, byte[] content) {
        PeriodicReport report = residencies.findReport(reportId).orElseThrow(DomainException::notFound);
        access.requireStartUp(report.getResidency().getId());
        if (purpose == null) {
            throw DomainException.invalid("purpose", "residency.evidence.purposeRequired");
        }
        long count = residencies.countEvidence(report);
        if (count >= ReportEvidence.MAX_PER_REPORT) {
            throw DomainException.invalid("file", "residency.evidence.tooMany", ReportEvidence.MAX_PER_REPORT);
        }
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "residency.evidence.fileRequired");
        }
        StoredFile stored = files.store(fileName, content);
        ReportEvidence evidence = new ReportEvidence(
                report, stored.getId(), purpose, currentUser.require().getId(), Instant.now(clock));
        residencies.addEvidence(evidence);
        residencies.flush();
        audit.record(
                "RESIDENCY_EVIDENCE_ATTACHED",
                "ResidencyReport",
                reportId,
                null,
                Map.of("file", stored.getFileName(), "purpose", purpose),
                null);
        return evidence.getId();
    }

    @Transactional
    public void remove(long evidenceId) {
        ReportEvidence evidence = residencies.findEvidence(evidenceId).orElseThrow(DomainException::notFound);
        access.requireStartUp(evidence.getReport().getResidency().getId());
        long fileId = evidence.getStoredFileId();
        long reportId = evidence.getReport().getId();
        residencies.removeEvidence(evidence);
        residencies.flush();
        files.delete(fileId);
        audit.record("RESIDENCY_EVIDENCE_REMOVED", "ResidencyReport", reportId, Map.of("file", fileId), null, null);
    }

    /** The files of a report, for the residency's managers and start-up. */
    @Transactional
    public List<EvidenceRow> list(long reportId) {
        PeriodicReport report = residencies.findReport(reportId).orElseThrow(DomainException::notFound);
        access.requireReader(report.getResidency().getId());
        return reads.evidenceOf(report);
    }

    /** One file, after checking that the caller may read the residency it belongs to (404 otherwise). */
    @Transactional
    public FileStore.Download download(long evidenceId) {
        // The caller first: an anonymous caller gets 401 whether or not the evidence exists.
        currentUser.require();
        ReportEvidence evidence = residencies.findEvidence(evidenceId).orElseThrow(DomainException::notFound);
        access.requireReader(evidence.getReport().getResidency().getId());
        return files.open(evidence.getStoredFileId());
    }
}
