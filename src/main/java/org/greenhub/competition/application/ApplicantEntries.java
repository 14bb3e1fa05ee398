package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.competition.domain.EntryRepository;
import org.greenhub.organisation.domain.green.GreenIndustryCategory;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.concurrency.IfMatch;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.i18n.Language;

/**
 * An applicant's entries as the API offers them, each call one transaction through the entry page's own use cases
 * ({@link EntryService}, {@link EntryAttachments}): whoever may not act for the entry's organisation gets "not found",
 * and a change made from an older version than the one stored is refused. Answers the entry page's view with its tag
 * ({@code ETag}: id and JPA version).
 */
@ApplicationScoped
public class ApplicantEntries {

    @Inject
    EntryService entries;

    @Inject
    EntryAttachments attachments;

    @Inject
    EntryRepository repository;

    @Inject
    CompetitionAccess access;

    /** An entry by its id, as its page shows it. */
    public record EntryView(long id, EntryService.EntryPage page) {}

    /** An entry and the tag of the version it shows. */
    public record TaggedEntry(EntryView entry, String etag) {}

    /** Creates a draft entry in an edition open for submissions, for an organisation the caller acts for. */
    @Transactional
    public TaggedEntry create(
            long competitionId,
            long organisationId,
            String projectTitle,
            CompetitionGroup group,
            String track,
            Language language) {
        long id = entries.createEntry(competitionId, organisationId, projectTitle, group, track);
        return entry(id, language);
    }

    /** The entry for anyone who may read its page (its organisation's people, its edition's managers). */
    @Transactional
    public TaggedEntry entry(long entryId, Language language) {
        EntryService.EntryPage page = entries.page(entryId, language);
        return new TaggedEntry(new EntryView(entryId, page), VersionTag.of(entryId, page.version()));
    }

    /** The entry's green metrics as a caller sends them, in the units of {@link GreenMetrics}. */
    public record Metrics(
            Integer baselineYear,
            BigDecimal baselineEnergyUseMwh,
            BigDecimal energySavedMwhPerYear,
            BigDecimal emissionsAvoidedTco2ePerYear,
            BigDecimal energyIntensityTcePer10kYuan,
            BigDecimal waterReusedM3PerYear,
            BigDecimal wasteRecycledTonnesPerYear,
            boolean cleanerProductionAudit,
            GreenIndustryCategory category,
            String methodNote) {

        GreenMetrics toGreenMetrics() {
            GreenMetrics metrics = new GreenMetrics();
            metrics.setBaselineYear(baselineYear);
            metrics.setBaselineEnergyUseMwh(baselineEnergyUseMwh);
            metrics.setEnergySavedMwhPerYear(energySavedMwhPerYear);
            metrics.setEmissionsAvoidedTco2ePerYear(emissionsAvoidedTco2ePerYear);
            metrics.setEnergyIntensityTcePer10kYuan(energyIntensityTcePer10kYuan);
            metrics.setWaterReusedM3PerYear(waterReusedM3PerYear);
            metrics.setWasteRecycledTonnesPerYear(wasteRecycledTonnesPerYear);
            metrics.setCleanerProductionAudit(cleanerProductionAudit);
            metrics.setCategory(category);
            metrics.setMethodNote(methodNote);
            return metrics;
        }
    }

    /**
     * The entry's current version, refused unless the caller's {@code If-Match} names it: read in the transaction of
     * the change that follows, so that a change committed after the caller's request began is answered 412, not
     * overwritten; "not found" (before any precondition) for whoever may not act for the entry, as {@link #entry}.
     */
    private long matchedVersion(long entryId, IfMatch seen) {
        // The applicant's own rule (acts for the entrant), not the wider reading rule of managers and advisers: they
        // may read the entry but not change it, so they hear "not found" before any 428 or 412.
        long version = access.ownEntry(entryId).getVersion();
        seen.require(VersionTag.of(entryId, version));
        return version;
    }

    /**
     * Replaces the entry's answers and, when given, its green metrics (null: they stay as they are), checked as the
     * entry page does, when {@code seen} names the entry's current version.
     */
    @Transactional
    public TaggedEntry describe(long entryId, IfMatch seen, Entry.Details details, Metrics metrics, Language language) {
        long version = matchedVersion(entryId, seen);
        entries.save(entryId, details, metrics == null ? null : metrics.toGreenMetrics(), version);
        return changed(entryId, language);
    }

    /** Submits the entry: window open, form complete, required attachments present, as on the entry page. */
    @Transactional
    public TaggedEntry submit(long entryId, IfMatch seen, Language language) {
        entries.submit(entryId, matchedVersion(entryId, seen));
        return changed(entryId, language);
    }

    /** Withdraws the entry, with the applicant's note (optional), as on the entry page. */
    @Transactional
    public TaggedEntry withdraw(long entryId, IfMatch seen, String note, Language language) {
        matchedVersion(entryId, seen);
        entries.withdraw(entryId, note);
        return changed(entryId, language);
    }

    /** Attaches a file, its content checked as the entry page's upload checks it ({@link EntryAttachments}). */
    @Transactional
    public EntryAttachments.AttachmentView attach(long entryId, AttachmentKind kind, String fileName, byte[] content) {
        return attachments.upload(entryId, kind, fileName, content);
    }

    /** The entry after a change, written first so that its tag is the new version's. */
    private TaggedEntry changed(long entryId, Language language) {
        repository.flush();
        return entry(entryId, language);
    }
}
