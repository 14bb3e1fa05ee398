package org.greenhub.zone.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.TextRules;

/**
 * One version of a zone's annual green development report. A zone administrator starts it and writes its narrative;
 * sending it for review freezes its figures (the data pack and its SHA-256, and the report's own tables); a second
 * administrator of the zone, never the one who sent it, approves it or returns it with a reason (four eyes); an approved
 * version is published and fixed from then on. A correction of a published version is the next version, with its
 * reason; the published one stays as it was.
 */
@Entity
@Table(name = "zone_green_report")
public class GreenReport extends VersionedEntity {

    public static final int MAX_REASON_LENGTH = 2000;
    /** A section is a few pages of prose at most; the PDF lays out every language's sections one after the other. */
    public static final int MAX_SECTION_LENGTH = 20000;

    /** The narrative sections, in the order the report prints them. */
    public static final java.util.List<String> SECTIONS = java.util.List.of("introduction", "progress", "measures");

    @Column(name = "zone_id", nullable = false)
    private long zoneId;

    @Column(nullable = false)
    private int year;

    /** The version of this zone-year's report, from 1. */
    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GreenReportStatus status;

    @Column(name = "correction_reason")
    private String correctionReason;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "introduction_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "introduction_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "introduction_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "introduction_vi"))
    private LocalisedName introduction;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "progress_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "progress_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "progress_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "progress_vi"))
    private LocalisedName progress;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "measures_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "measures_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "measures_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "measures_vi"))
    private LocalisedName measures;

    @Column(name = "started_by", nullable = false)
    private long startedBy;

    @Column(name = "submitted_by")
    private Long submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "reviewed_by")
    private Long reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "published_by")
    private Long publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    /** The calculator's request and answer as published, JSON (docs/zone-accounting.md). */
    @Column(name = "data_pack")
    private String dataPack;

    @Column(name = "data_pack_sha256")
    private String dataPackSha256;

    /** What the report shows beside the accounts (tables by sector, declaration counts), JSON, frozen with the pack. */
    @Column(name = "report_data")
    private String reportData;

    protected GreenReport() {}

    private GreenReport(long zoneId, int year, int number, long startedBy, Instant now) {
        this.zoneId = zoneId;
        this.year = year;
        this.number = number;
        this.startedBy = startedBy;
        this.status = GreenReportStatus.DRAFT;
        setCreatedAt(now);
    }

    /** The first version of a zone-year's report: a past year, or the current one. */
    public static GreenReport start(long zoneId, int year, int currentYear, long by, Instant now) {
        if (year < 2000 || year > currentYear) {
            // a year as text: a number argument would be written with a thousands separator
            throw DomainException.invalid("year", "zone.report.year", String.valueOf(currentYear));
        }
        return new GreenReport(zoneId, year, 1, by, now);
    }

    /** Writes the narrative sections (a draft or a returned version only); each language checked as prose. */
    public void write(GreenReportTexts texts) {
        requireOpen();
        GreenReportTexts t = texts == null ? GreenReportTexts.empty() : texts;
        LocalisedName checkedIntroduction = prose("introduction", t.introduction());
        LocalisedName checkedProgress = prose("progress", t.progress());
        LocalisedName checkedMeasures = prose("measures", t.measures());
        introduction = checkedIntroduction;
        progress = checkedProgress;
        measures = checkedMeasures;
    }

    /** Each language's text checked under its own field ({@code progressTh}); English may wait until it is sent. */
    private static LocalisedName prose(String section, LocalisedName text) {
        if (text == null) {
            return null;
        }
        return LocalisedName.stored(
                TextRules.optionalProse(section + "En", text.exact(Language.ENGLISH), MAX_SECTION_LENGTH),
                TextRules.optionalProse(section + "Zh", text.exact(Language.CHINESE), MAX_SECTION_LENGTH),
                TextRules.optionalProse(section + "Th", text.exact(Language.THAI), MAX_SECTION_LENGTH),
                TextRules.optionalProse(section + "Vi", text.exact(Language.VIETNAMESE), MAX_SECTION_LENGTH));
    }

    /**
     * Sends the report for review with its figures frozen. Every section needs its English and Chinese text (the first
     * missing one is named); the pack is the calculator's request and answer for the year, with its SHA-256.
     */
    public void submit(long by, String dataPack, String dataPackSha256, String reportData, Instant now) {
        requireOpen();
        for (String section : SECTIONS) {
            LocalisedName text = section(section);
            if (text == null || text.exact(Language.ENGLISH) == null) {
                throw DomainException.invalid(section + "En", "zone.report.sectionRequired");
            }
            if (text.exact(Language.CHINESE) == null) {
                throw DomainException.invalid(section + "Zh", "zone.report.sectionRequired");
            }
        }
        this.dataPack = Objects.requireNonNull(dataPack);
        this.dataPackSha256 = Objects.requireNonNull(dataPackSha256);
        this.reportData = Objects.requireNonNull(reportData);
        this.status = GreenReportStatus.IN_REVIEW;
        this.submittedBy = by;
        this.submittedAt = now;
        this.returnReason = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
    }

    /** The second pair of eyes approves: an administrator other than the one who sent it for review. */
    public void approve(long by, Instant now) {
        requireReviewer(by);
        this.status = GreenReportStatus.APPROVED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    /** The second pair of eyes returns it with a reason; its figures are unfrozen and taken again when it is resent. */
    public void returnForCorrection(long by, String reason, Instant now) {
        requireReviewer(by);
        String checked = TextRules.optionalProse("reason", reason, MAX_REASON_LENGTH);
        if (checked == null) {
            throw DomainException.invalid("reason", "zone.report.reasonRequired");
        }
        this.status = GreenReportStatus.RETURNED;
        this.returnReason = checked;
        this.reviewedBy = by;
        this.reviewedAt = now;
        this.dataPack = null;
        this.dataPackSha256 = null;
        this.reportData = null;
    }

    /** Publishes the approved version: its figures and texts are fixed from now on. */
    public void publish(long by, Instant now) {
        if (status != GreenReportStatus.APPROVED) {
            throw DomainException.conflict(null, "zone.report.notApproved");
        }
        this.status = GreenReportStatus.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = now;
    }

    /** A correction of this published version: the next version, its texts copied, with the reason it is corrected. */
    public GreenReport correction(String reason, long by, Instant now) {
        if (status != GreenReportStatus.PUBLISHED) {
            throw DomainException.conflict(null, "zone.report.notPublished");
        }
        String checked = TextRules.optionalProse("reason", reason, MAX_REASON_LENGTH);
        if (checked == null) {
            throw DomainException.invalid("reason", "zone.report.reasonRequired");
        }
        GreenReport next = new GreenReport(zoneId, year, number + 1, by, now);
        next.write(texts());
        next.correctionReason = checked;
        return next;
    }

    private void requireOpen() {
        if (!status.open()) {
            throw DomainException.conflict(null, "zone.report.notOpen");
        }
    }

    private void requireReviewer(long by) {
        if (status != GreenReportStatus.IN_REVIEW) {
            throw DomainException.conflict(null, "zone.report.notInReview");
        }
        if (submittedBy != null && submittedBy == by) {
            throw DomainException.conflict(null, "zone.report.fourEyes");
        }
    }

    /** Whether the figures are frozen (in review, approved, published). */
    public boolean frozen() {
        return dataPack != null;
    }

    /** A narrative section in the four languages, {@code null} when none is written. */
    public LocalisedName section(String key) {
        return texts().section(key);
    }

    public GreenReportTexts texts() {
        return new GreenReportTexts(introduction, progress, measures);
    }

    /** What the audit trail keeps of a step. */
    public Map<String, Object> snapshot() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("zoneId", zoneId);
        s.put("year", year);
        s.put("number", number);
        s.put("status", status);
        s.put("correctionReason", correctionReason);
        s.put("returnReason", returnReason);
        s.put("submittedBy", submittedBy);
        s.put("reviewedBy", reviewedBy);
        s.put("publishedBy", publishedBy);
        s.put("dataPackSha256", dataPackSha256);
        return s;
    }

    public long getZoneId() {
        return zoneId;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public GreenReportStatus getStatus() {
        return status;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public long getStartedBy() {
        return startedBy;
    }

    public Long getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getDataPack() {
        return dataPack;
    }

    public String getDataPackSha256() {
        return dataPackSha256;
    }

    public String getReportData() {
        return reportData;
    }
}
