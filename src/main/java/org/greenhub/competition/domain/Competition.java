package org.greenhub.competition.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.TextRules;

/**
 * One edition of a competition series ("Green Innovation Cup 2026"). The series key ties editions together, so
 * "an earlier prize in this series" and "awards per organisation over editions" are answerable by query.
 * Names and descriptions exist per interface language (English required). Tracks are green focus area codes
 * ({@code GreenFocusArea} names). The submission window is stored as instants and shown in its own time zone.
 */
@Entity
@Table(name = "competition")
public class Competition extends VersionedEntity {

    public static final String PROGRAMME_PREFIX = "competition:";
    public static final int DEFAULT_NOTICE_DAYS = 7;
    public static final int DEFAULT_MAX_AWARDS = 2;
    private static final Pattern SERIES_KEY = Pattern.compile("^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$");

    @Column(name = "series_key", nullable = false)
    private String seriesKey;

    // the series is named in every language like the edition (V644 added the translations); English is set at creation
    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "series_name", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "series_name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "series_name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "series_name_vi"))
    private LocalisedName seriesName;

    @Column(nullable = false)
    private String edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id")
    private Organisation organiser;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competition_text", joinColumns = @JoinColumn(name = "competition_id"))
    @MapKeyColumn(name = "language")
    private Map<String, LocalisedText> texts = new HashMap<>();

    @ManyToMany
    @JoinTable(
            name = "competition_manager",
            joinColumns = @JoinColumn(name = "competition_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> managers = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competition_track", joinColumns = @JoinColumn(name = "competition_id"))
    @Column(name = "focus_area")
    private Set<String> tracks = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "competition_required_attachment", joinColumns = @JoinColumn(name = "competition_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private Set<AttachmentKind> requiredAttachments = EnumSet.noneOf(AttachmentKind.class);

    @Column(name = "startup_founded_on_or_after", nullable = false)
    private LocalDate startupFoundedOnOrAfter;

    @Column(name = "submission_opens_at", nullable = false)
    private Instant submissionOpensAt;

    @Column(name = "submission_closes_at", nullable = false)
    private Instant submissionClosesAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    /** Previous year's revenue cap in yuan; null: no cap. */
    @Column(name = "revenue_cap_yuan")
    private BigDecimal revenueCapYuan;

    /** At most this many awards per organisation over the series' editions; null: no limit. */
    @Column(name = "max_awards_per_organisation")
    private Integer maxAwardsPerOrganisation;

    @Column(name = "notice_period_days", nullable = false)
    private int noticePeriodDays = DEFAULT_NOTICE_DAYS;

    /** Judges' comments (never their names) are shown to applicants once released. */
    @Column(name = "comments_released", nullable = false)
    private boolean commentsReleased;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompetitionStatus status = CompetitionStatus.DRAFT;

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetitionRound> rounds = new ArrayList<>();

    @OneToMany(mappedBy = "competition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("rankOrder")
    private List<AwardTier> awardTiers = new ArrayList<>();

    protected Competition() {}

    public Competition(
            String seriesKey,
            String seriesName,
            String edition,
            Organisation organiser,
            LocalDate startupFoundedOnOrAfter,
            Instant opensAt,
            Instant closesAt,
            String timeZone,
            Instant now) {
        this.seriesKey = seriesKey(seriesKey);
        this.seriesName = LocalisedName.english("seriesName", 200, seriesName);
        this.edition = TextRules.name("edition", edition, 40);
        if (organiser == null) {
            throw DomainException.invalid("organiser", "platform.validation.required");
        }
        this.organiser = organiser;
        groups(startupFoundedOnOrAfter);
        window(opensAt, closesAt, timeZone);
        this.maxAwardsPerOrganisation = DEFAULT_MAX_AWARDS;
        setCreatedAt(now);
    }

    static String seriesKey(String value) {
        String key = value == null ? "" : value.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SERIES_KEY.matcher(key).matches()) {
            throw DomainException.invalid("seriesKey", "competition.seriesKey.invalid");
        }
        return key;
    }

    /** Sets the name and description in one language; a blank name removes that language (English stays). */
    public void describe(Language language, String name, String description) {
        String trimmedName = TextRules.optionalName("name", name, 200);
        String trimmedDescription = description == null || description.isBlank() ? null : description.strip();
        if (trimmedDescription != null && trimmedDescription.length() > 10_000) {
            throw DomainException.invalid("description", "platform.validation.tooLong", 10_000);
        }
        if (trimmedName == null) {
            if (language == Language.ENGLISH) {
                throw DomainException.invalid("name", "competition.name.englishRequired");
            }
            texts.remove(language.tag());
            return;
        }
        texts.put(language.tag(), new LocalisedText(trimmedName, trimmedDescription));
    }

    /** The text in the language asked for, else English, else any. */
    public LocalisedText text(Language language) {
        LocalisedText text = texts.get(language.tag());
        if (text == null) {
            text = texts.get(Language.ENGLISH.tag());
        }
        if (text == null && !texts.isEmpty()) {
            text = texts.values().iterator().next();
        }
        return text == null ? new LocalisedText(seriesName.english() + " " + edition, null) : text;
    }

    public Optional<LocalisedText> exactText(Language language) {
        return Optional.ofNullable(texts.get(language.tag()));
    }

    public void groups(LocalDate startupFoundedOnOrAfter) {
        if (startupFoundedOnOrAfter == null) {
            throw DomainException.invalid("startupFoundedOnOrAfter", "platform.validation.required");
        }
        this.startupFoundedOnOrAfter = startupFoundedOnOrAfter;
    }

    /** The group an organisation founded on this date belongs to (null date: growth, it cannot prove it is new). */
    public CompetitionGroup groupFor(LocalDate foundingDate) {
        return foundingDate != null && !foundingDate.isBefore(startupFoundedOnOrAfter)
                ? CompetitionGroup.START_UP
                : CompetitionGroup.GROWTH;
    }

    public void window(Instant opensAt, Instant closesAt, String zone) {
        if (opensAt == null) {
            throw DomainException.invalid("submissionOpensAt", "platform.validation.required");
        }
        if (closesAt == null) {
            throw DomainException.invalid("submissionClosesAt", "platform.validation.required");
        }
        if (!closesAt.isAfter(opensAt)) {
            throw DomainException.invalid("submissionClosesAt", "competition.window.closesBeforeOpens");
        }
        try {
            this.timeZone = ZoneId.of(zone == null ? "" : zone.strip()).getId();
        } catch (DateTimeException e) {
            throw DomainException.invalid("timeZone", "competition.window.zoneInvalid");
        }
        this.submissionOpensAt = opensAt;
        this.submissionClosesAt = closesAt;
    }

    /** Open for submission at this instant: published, at or after opening, at or before the deadline (inclusive). */
    public boolean acceptsSubmissionsAt(Instant now) {
        return status == CompetitionStatus.PUBLISHED
                && !now.isBefore(submissionOpensAt)
                && !now.isAfter(submissionClosesAt);
    }

    public void rules(BigDecimal revenueCapYuan, Integer maxAwardsPerOrganisation, int noticePeriodDays) {
        if (revenueCapYuan != null && revenueCapYuan.signum() <= 0) {
            throw DomainException.invalid("revenueCap", "competition.rules.revenueCapPositive");
        }
        if (maxAwardsPerOrganisation != null && (maxAwardsPerOrganisation < 1 || maxAwardsPerOrganisation > 20)) {
            throw DomainException.invalid("maxAwards", "competition.rules.maxAwardsRange", 1, 20);
        }
        if (noticePeriodDays < 1 || noticePeriodDays > 60) {
            throw DomainException.invalid("noticePeriodDays", "competition.rules.noticeRange", 1, 60);
        }
        this.revenueCapYuan = revenueCapYuan;
        this.maxAwardsPerOrganisation = maxAwardsPerOrganisation;
        this.noticePeriodDays = noticePeriodDays;
    }

    /** Replaces the tracks (green focus area codes). At least one. */
    public void tracks(Collection<String> focusAreas) {
        if (focusAreas == null || focusAreas.isEmpty()) {
            throw DomainException.invalid("tracks", "competition.tracks.required");
        }
        tracks.clear();
        focusAreas.forEach(t -> tracks.add(TextRules.name("tracks", t, 60)));
    }

    public void requiredAttachments(Collection<AttachmentKind> kinds) {
        requiredAttachments.clear();
        if (kinds != null) {
            requiredAttachments.addAll(kinds);
        }
    }

    public boolean addManager(UserAccount manager) {
        return managers.add(manager);
    }

    public boolean removeManager(UserAccount manager) {
        if (managers.size() == 1 && managers.contains(manager)) {
            throw DomainException.conflict("manager", "competition.managers.lastOne");
        }
        return managers.remove(manager);
    }

    public boolean isManagedBy(long userId) {
        return managers.stream().anyMatch(m -> m.getId() == userId);
    }

    public CompetitionRound addRound(long evaluationRoundId, String name) {
        if (rounds.stream().anyMatch(r -> r.getEvaluationRoundId() == evaluationRoundId)) {
            throw DomainException.conflict("round", "competition.round.alreadyLinked");
        }
        CompetitionRound round = new CompetitionRound(this, rounds.size() + 1, evaluationRoundId, name);
        rounds.add(round);
        return round;
    }

    public Optional<CompetitionRound> round(int position) {
        return rounds.stream().filter(r -> r.getPosition() == position).findFirst();
    }

    public Optional<CompetitionRound> roundAfter(CompetitionRound round) {
        return round(round.getPosition() + 1);
    }

    public AwardTier addAwardTier(CompetitionGroup group, String track, AwardTierCode tier, int count) {
        if (track != null && !tracks.contains(track)) {
            throw DomainException.invalid("track", "competition.tier.unknownTrack");
        }
        boolean taken = awardTiers.stream()
                .anyMatch(t ->
                        t.getGroup() == group && java.util.Objects.equals(t.getTrack(), track) && t.getTier() == tier);
        if (taken) {
            throw DomainException.conflict("tier", "competition.tier.duplicate");
        }
        AwardTier awardTier = new AwardTier(this, group, track, tier, count, awardTiers.size() + 1);
        awardTiers.add(awardTier);
        return awardTier;
    }

    public void removeAwardTier(long tierId) {
        awardTiers.removeIf(t -> t.getId() != null && t.getId() == tierId);
    }

    /** Moves the edition on. Allowed: DRAFT→PUBLISHED→JUDGING→NOTICE→FINAL, NOTICE→JUDGING, anything but FINAL→CANCELLED. */
    public void moveTo(CompetitionStatus next) {
        boolean allowed = switch (next) {
            case PUBLISHED -> status == CompetitionStatus.DRAFT;
            case JUDGING -> status == CompetitionStatus.PUBLISHED || status == CompetitionStatus.NOTICE;
            case NOTICE -> status == CompetitionStatus.JUDGING;
            case FINAL -> status == CompetitionStatus.NOTICE;
            case CANCELLED -> status != CompetitionStatus.FINAL && status != CompetitionStatus.CANCELLED;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw DomainException.conflict("status", "competition.status.notAllowed", status.name(), next.name());
        }
        if (next == CompetitionStatus.PUBLISHED && tracks.isEmpty()) {
            throw DomainException.invalid("tracks", "competition.tracks.required");
        }
        this.status = next;
    }

    public void releaseComments(boolean released) {
        this.commentsReleased = released;
    }

    public String programmeKey() {
        return PROGRAMME_PREFIX + getId();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("series", seriesKey);
        state.put("edition", edition);
        state.put("organiser", organiser.getId());
        state.put("status", status);
        state.put("tracks", new TreeSet<>(tracks));
        state.put("startupFoundedOnOrAfter", startupFoundedOnOrAfter);
        state.put("window", submissionOpensAt + ".." + submissionClosesAt + " " + timeZone);
        state.put("requiredAttachments", new TreeSet<>(requiredAttachments));
        state.put("revenueCap", revenueCapYuan);
        state.put("maxAwards", maxAwardsPerOrganisation);
        state.put("noticeDays", noticePeriodDays);
        state.put("names", new TreeSet<>(texts.keySet()));
        return state;
    }

    public String getSeriesKey() {
        return seriesKey;
    }
    /** The series' English name, fixed at creation (the series key's label); readers get {@link #getSeriesNames()}. */
    public String getSeriesName() {
        return seriesName.english();
    }

    public LocalisedName getSeriesNames() {
        return seriesName;
    }

    /** Sets the series name's translations; the English name stays as created. */
    public void translateSeries(LocalisedInput names) {
        if (names != null) {
            this.seriesName = LocalisedName.name(
                    "seriesName", 200, seriesName.english(), names.getZh(), names.getTh(), names.getVi());
        }
    }

    public String getEdition() {
        return edition;
    }

    public Organisation getOrganiser() {
        return organiser;
    }

    public Map<String, LocalisedText> getTexts() {
        return Collections.unmodifiableMap(texts);
    }

    public Set<UserAccount> getManagers() {
        return Collections.unmodifiableSet(managers);
    }

    public Set<String> getTracks() {
        return Collections.unmodifiableSet(tracks);
    }

    public Set<AttachmentKind> getRequiredAttachments() {
        return Collections.unmodifiableSet(requiredAttachments);
    }

    public LocalDate getStartupFoundedOnOrAfter() {
        return startupFoundedOnOrAfter;
    }

    public Instant getSubmissionOpensAt() {
        return submissionOpensAt;
    }

    public Instant getSubmissionClosesAt() {
        return submissionClosesAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public BigDecimal getRevenueCapYuan() {
        return revenueCapYuan;
    }

    public Integer getMaxAwardsPerOrganisation() {
        return maxAwardsPerOrganisation;
    }

    public int getNoticePeriodDays() {
        return noticePeriodDays;
    }

    public boolean isCommentsReleased() {
        return commentsReleased;
    }

    public CompetitionStatus getStatus() {
        return status;
    }

    public List<CompetitionRound> getRounds() {
        return Collections.unmodifiableList(rounds);
    }

    public List<AwardTier> getAwardTiers() {
        return Collections.unmodifiableList(awardTiers);
    }
}
