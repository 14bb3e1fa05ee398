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
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.error.DomainException;
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
        return new TaggedEntry(new EntryView(entryId, page), EntityTags.of(entryId, page.version()));
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

    /** Which version of an entry a caller saw: its tag. */
    public record EntryTag(long entryId, long version) {
        public String etag() {
            return EntityTags.of(entryId, version);
        }
    }

    /** The entry's current tag, for {@code If-Match}; "not found" as {@link #entry}. */
    @Transactional
    public EntryTag tag(long entryId) {
        return new EntryTag(entryId, entries.view(entryId).getVersion());
    }

    /**
     * Replaces the entry's answers and, when given, its green metrics (null: they stay as they are), checked as the
     * entry page does.
     */
    @Transactional
    public TaggedEntry describe(EntryTag seen, Entry.Details details, Metrics metrics, Language language) {
        entries.save(seen.entryId(), details, metrics == null ? null : metrics.toGreenMetrics(), seen.version());
        return changed(seen.entryId(), language);
    }

    /** Submits the entry: window open, form complete, required attachments present, as on the entry page. */
    @Transactional
    public TaggedEntry submit(EntryTag seen, Language language) {
        entries.submit(seen.entryId(), seen.version());
        return changed(seen.entryId(), language);
    }

    /** Withdraws the entry, with the applicant's note (optional), as on the entry page. */
    @Transactional
    public TaggedEntry withdraw(EntryTag seen, String note, Language language) {
        if (entries.view(seen.entryId()).getVersion() != seen.version()) {
            throw DomainException.conflict(null, "platform.error.concurrentChange");
        }
        entries.withdraw(seen.entryId(), note);
        return changed(seen.entryId(), language);
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
