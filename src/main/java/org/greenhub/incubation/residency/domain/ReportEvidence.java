package org.greenhub.incubation.residency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenhub.platform.domain.CreatedEntity;

/** The link between a report and one stored evidence file, with what the file shows. */
@Entity
@Table(name = "residency_report_file")
public class ReportEvidence extends CreatedEntity {

    /** A report carries at most this many files. */
    public static final int MAX_PER_REPORT = 10;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id")
    private PeriodicReport report;

    @Column(name = "stored_file_id", nullable = false)
    private long storedFileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EvidencePurpose purpose;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    protected ReportEvidence() {}

    public ReportEvidence(
            PeriodicReport report, long storedFileId, EvidencePurpose purpose, Long uploadedBy, Instant now) {
        this.report = report;
        this.storedFileId = storedFileId;
        this.purpose = purpose == null ? EvidencePurpose.GENERAL : purpose;
        this.uploadedBy = uploadedBy;
        setCreatedAt(now);
    }

    public PeriodicReport getReport() {
        return report;
    }

    public long getStoredFileId() {
        return storedFileId;
    }

    public EvidencePurpose getPurpose() {
        return purpose;
    }
}
