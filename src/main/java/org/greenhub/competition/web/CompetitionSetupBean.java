package org.greenhub.competition.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.greenhub.competition.application.CompetitionService;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.LocalisedText;
import org.greenhub.evaluation.application.Choice;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedInput;

/**
 * Creating an edition or changing its settings: names and descriptions in every interface language, organiser,
 * tracks (green focus areas), the start-up group's founding date, the submission window in its time zone, required
 * attachments, eligibility thresholds and the notice period.
 */
@Named("competitionSetup")
@ViewScoped
public class CompetitionSetupBean implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Bangkok", "Asia/Ho_Chi_Minh", "UTC");

    /** The name and description of one language, as the form edits them. */
    public static class TextRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Language language;
        private String name;
        private String description;

        TextRow(Language language) {
            this.language = language;
        }

        public Language getLanguage() {
            return language;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }
    }

    @Inject
    CompetitionService competitions;

    @Inject
    FacesMessages messages;

    @Inject
    Clock clock;

    private Long id;
    private long version;
    private String seriesKey;
    private LocalisedInput seriesName = new LocalisedInput();
    private String edition;
    private Choice organiser;
    private final List<TextRow> texts = new ArrayList<>();
    private LocalDate startupDate;
    private LocalDateTime opensAt;
    private LocalDateTime closesAt;
    private String timeZone = ZONES.get(0);
    private BigDecimal revenueCap = new BigDecimal("200000000");
    private Integer maxAwards = CompetitionService.DEFAULT_MAX_AWARDS;
    private int noticeDays = CompetitionService.DEFAULT_NOTICE_DAYS;
    private List<String> tracks = new ArrayList<>(
            List.of(GreenFocusArea.values()).stream().map(Enum::name).toList());
    private List<String> requiredAttachments = new ArrayList<>(List.of(AttachmentKind.BUSINESS_PLAN.name()));

    public CompetitionSetupBean() {
        for (Language language : Language.values()) {
            texts.add(new TextRow(language));
        }
    }

    /** A new edition's suggested dates, counted from the application clock's today. */
    @PostConstruct
    void suggestDates() {
        LocalDate today = LocalDate.now(clock);
        startupDate = today.minusYears(1).withDayOfYear(1);
        opensAt = today.atTime(9, 0);
        closesAt = today.plusMonths(1).atTime(23, 59, 59);
    }

    public void load() {
        if (id == null) {
            return;
        }
        try {
            CompetitionService.Edition c =
                    competitions.managedEdition(id, Language.ENGLISH).edition();
            version = c.version();
            seriesKey = c.seriesKey();
            seriesName = LocalisedInput.of(c.seriesNames());
            edition = c.edition();
            organiser = new Choice(c.organiserId(), c.organiser());
            for (TextRow row : texts) {
                LocalisedText t = c.texts().get(row.language);
                if (t != null) {
                    row.name = t.getName();
                    row.description = t.getDescription();
                }
            }
            startupDate = c.startupFoundedOnOrAfter();
            ZoneId zone = ZoneId.of(c.timeZone());
            timeZone = c.timeZone();
            opensAt = LocalDateTime.ofInstant(c.opensAt(), zone);
            closesAt = LocalDateTime.ofInstant(c.closesAt(), zone);
            revenueCap = c.revenueCapYuan();
            maxAwards = c.maxAwardsPerOrganisation();
            noticeDays = c.noticePeriodDays();
            tracks = new ArrayList<>(CompetitionPages.tracks(c.tracks()));
            requiredAttachments = new ArrayList<>(
                    c.requiredAttachments().stream().map(Enum::name).toList());
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(org.greenhub.platform.error.DomainException.notFound());
        }
    }

    public List<Choice> completeOrganisation(String text) {
        return competitions.organisersNamed(text);
    }

    public String save() {
        try {
            if (organiser == null) {
                throw DomainException.invalid("organiser", "competition.organiser.unknown");
            }
            Map<Language, LocalisedText> localised = new EnumMap<>(Language.class);
            for (TextRow row : texts) {
                if (row.name != null && !row.name.isBlank()) {
                    localised.put(row.language, new LocalisedText(row.name, row.description));
                }
            }
            CompetitionService.Settings settings = new CompetitionService.Settings(
                    seriesKey,
                    seriesName,
                    edition,
                    organiser.id(),
                    localised,
                    startupDate,
                    opensAt,
                    closesAt,
                    timeZone,
                    revenueCap,
                    maxAwards,
                    noticeDays,
                    tracks,
                    requiredAttachments.stream().map(AttachmentKind::valueOf).toList());
            long saved;
            if (id == null) {
                saved = competitions.createEdition(settings);
            } else {
                competitions.update(id, settings, version);
                saved = id;
            }
            messages.info("competition.setup.saved");
            messages.keepForRedirect();
            return "/competition/manage/competition?faces-redirect=true&id=" + saved;
        } catch (DomainException refusal) {
            String field = refusal.field();
            if ("name".equals(field) || "description".equals(field)) {
                messages.error("setupForm:texts:0:name", refusal.messageKey(), refusal.args());
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            } else {
                messages.error("setupForm", refusal);
            }
            return null;
        }
    }

    public List<String> getFocusAreas() {
        return List.of(GreenFocusArea.values()).stream().map(Enum::name).toList();
    }

    public List<AttachmentKind> getAttachmentKinds() {
        return List.of(AttachmentKind.values());
    }

    public List<String> getZones() {
        return ZONES;
    }

    public boolean isCreating() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    public void setSeriesKey(String v) {
        this.seriesKey = v;
    }

    public LocalisedInput getSeriesName() {
        return seriesName;
    }

    public String getEdition() {
        return edition;
    }

    public void setEdition(String v) {
        this.edition = v;
    }

    public Choice getOrganiser() {
        return organiser;
    }

    public void setOrganiser(Choice v) {
        this.organiser = v;
    }

    public List<TextRow> getTexts() {
        return texts;
    }

    public LocalDate getStartupDate() {
        return startupDate;
    }

    public void setStartupDate(LocalDate v) {
        this.startupDate = v;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public void setOpensAt(LocalDateTime v) {
        this.opensAt = v;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public void setClosesAt(LocalDateTime v) {
        this.closesAt = v;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String v) {
        this.timeZone = v;
    }

    public BigDecimal getRevenueCap() {
        return revenueCap;
    }

    public void setRevenueCap(BigDecimal v) {
        this.revenueCap = v;
    }

    public Integer getMaxAwards() {
        return maxAwards;
    }

    public void setMaxAwards(Integer v) {
        this.maxAwards = v;
    }

    public int getNoticeDays() {
        return noticeDays;
    }

    public void setNoticeDays(int v) {
        this.noticeDays = v;
    }

    public List<String> getTracks() {
        return tracks;
    }

    public void setTracks(List<String> v) {
        this.tracks = v;
    }

    public List<String> getRequiredAttachments() {
        return requiredAttachments;
    }

    public void setRequiredAttachments(List<String> v) {
        this.requiredAttachments = v;
    }
}
