package org.greenhub.incubation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.incubation.application.IncubatorService;
import org.greenhub.incubation.application.IntakeCallService;
import org.greenhub.incubation.domain.IncubatorKind;
import org.greenhub.incubation.domain.IncubatorServiceKind;
import org.greenhub.incubation.domain.IntakeCall.Terms;
import org.greenhub.incubation.domain.Mentor;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;
import org.greenhub.platform.i18n.LocalisedInput;
import org.greenhub.platform.web.PageRefusals;

/** An incubator's managers keep its record here, see its intake calls and open new ones; administrators name its managers. */
@Named("incubatorRecord")
@ViewScoped
public class IncubatorRecordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A mentor as the form edits it. */
    public static final class MentorRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String expertise;
        private String email;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getExpertise() {
            return expertise;
        }

        public void setExpertise(String expertise) {
            this.expertise = expertise;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    @Inject
    IncubatorService incubators;

    @Inject
    ZoneNames zoneNames;

    @Inject
    IntakeCallService calls;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesMessages messages;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private long version;
    private long operatorId;
    private String operatorName;
    private String title;
    private IncubatorKind kind;
    private final Map<Language, String> names = new EnumMap<>(Language.class);
    private List<GreenFocusArea> specialisation = new ArrayList<>();
    private String zone;
    /** The zone select: a zone record's id, "other" (the free text names it) or empty for none. */
    private String zoneChoice;

    private List<ZoneNames.Choice> zoneChoices = List.of();
    private BigDecimal floorArea;
    private Integer workstations;
    private List<IncubatorServiceKind> services = new ArrayList<>();
    private List<MentorRow> mentors = new ArrayList<>();
    private List<IncubatorService.Manager> managers = List.of();
    private String managerEmail;
    private List<IntakeCallService.CallSummary> callLines = List.of();
    private boolean administrator;

    private LocalisedInput callTitle = new LocalisedInput();
    private LocalisedInput callDescription = new LocalisedInput();
    private LocalDateTime callOpensAt;
    private LocalDateTime callClosesAt;
    private Integer callCapacity = 10;
    private Integer callMaxAge = IntakeCallService.DEFAULT_MAX_AGE_MONTHS;
    private Integer callOfferDays = IntakeCallService.DEFAULT_OFFER_DAYS;

    public void load() {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            administrator = currentUser.has(Role.ADMINISTRATOR);
            refresh();
        } catch (DomainException refusal) {
            PageRefusals.refuseHidingForbidden(refusal);
        }
    }

    private void refresh() {
        Language language = Language.of(localeSelector.getLocale());
        IncubatorService.IncubatorRecord incubator = incubators.view(id, language);
        version = incubator.version();
        operatorId = incubator.operatorId();
        operatorName = incubator.operatorName();
        title = incubator.title();
        kind = incubator.kind();
        names.clear();
        names.putAll(incubator.names());
        specialisation = new ArrayList<>(incubator.specialisation());
        zone = incubator.zone();
        zoneChoices = zoneNames.choices(language);
        zoneChoice =
                incubator.zoneId() != null ? incubator.zoneId().toString() : zone != null ? ZoneNames.OTHER_CHOICE : "";
        floorArea = incubator.floorAreaM2();
        workstations = incubator.workstations();
        services = new ArrayList<>(incubator.services());
        mentors = new ArrayList<>();
        for (Mentor mentor : incubator.mentors()) {
            MentorRow row = new MentorRow();
            row.name = mentor.getName();
            row.expertise = mentor.getExpertise();
            row.email = mentor.getEmail();
            mentors.add(row);
        }
        managers = incubators.managers(id);
        callLines = calls.callsOf(id);
    }

    public void save() {
        try {
            List<Mentor> mentorList = new ArrayList<>();
            for (MentorRow row : mentors) {
                if (row.name != null && !row.name.isBlank()) {
                    mentorList.add(new Mentor(row.name, row.expertise, row.email));
                }
            }
            boolean other = ZoneNames.OTHER_CHOICE.equals(zoneChoice);
            Long zoneId = other || zoneChoice == null || zoneChoice.isBlank() ? null : zoneId(zoneChoice);
            incubators.update(
                    id,
                    new IncubatorService.IncubatorDraft(
                            operatorId,
                            kind,
                            new EnumMap<>(names),
                            new HashSet<>(specialisation),
                            other ? zone : null,
                            floorArea,
                            workstations,
                            new HashSet<>(services),
                            mentorList),
                    zoneId,
                    version);
            refresh();
            messages.info("incubation.ui.incubator.saved");
        } catch (DomainException refusal) {
            if ("zone".equals(refusal.field()) && !isOtherZone()) {
                // a refused zone record is shown beside the select, the only zone field on the page then
                refusal = DomainException.invalid("zoneChoice", refusal.messageKey(), refusal.args());
            }
            IntakePages.error(messages, "recordForm", refusal);
        }
    }

    /** A zone id as the select posts it; anything else is a zone that does not exist, refused beside the field. */
    private static Long zoneId(String choice) {
        try {
            return Long.valueOf(choice.strip());
        } catch (NumberFormatException notANumber) {
            throw DomainException.invalid("zone", "organisation.validation.zoneUnknown");
        }
    }

    public String getZoneChoice() {
        return zoneChoice;
    }

    public void setZoneChoice(String zoneChoice) {
        this.zoneChoice = zoneChoice;
    }

    public boolean isOtherZone() {
        return ZoneNames.OTHER_CHOICE.equals(zoneChoice);
    }

    public List<ZoneNames.Choice> getZoneChoices() {
        return zoneChoices;
    }

    public void addMentor() {
        mentors.add(new MentorRow());
    }

    public void removeMentor(int index) {
        if (index >= 0 && index < mentors.size()) {
            mentors.remove(index);
        }
    }

    public void addManager() {
        try {
            incubators.addManager(id, managerEmail);
            managerEmail = null;
            refresh();
            messages.info("incubation.ui.incubator.managerAdded");
        } catch (DomainException refusal) {
            IntakePages.error(messages, "managersForm", refusal);
        }
    }

    public void removeManager(long userId) {
        try {
            incubators.removeManager(id, userId);
            refresh();
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey(), refusal.args());
        }
    }

    public String openCall() {
        try {
            long call = calls.open(
                    id,
                    new Terms(
                            callTitle,
                            callDescription,
                            IntakePages.toInstant(callOpensAt),
                            IntakePages.toInstant(callClosesAt),
                            callCapacity,
                            callMaxAge,
                            callOfferDays));
            messages.info("incubation.ui.call.created");
            messages.keepForRedirect();
            return "/incubation/intake/manage/call?faces-redirect=true&id=" + call;
        } catch (DomainException refusal) {
            IntakePages.error(messages, "newCallForm", refusal);
            return null;
        }
    }

    /** When the call takes applications, with the zone named. */
    public String window(IntakeCallService.CallSummary call) {
        return IntakePages.moment(call.opensAt()) + " – " + IntakePages.moment(call.closesAt());
    }

    public List<IncubatorKind> getKinds() {
        return List.of(IncubatorKind.values());
    }

    public List<GreenFocusArea> getFocusAreas() {
        return List.of(GreenFocusArea.values());
    }

    public List<IncubatorServiceKind> getServiceKinds() {
        return List.of(IncubatorServiceKind.values());
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public String getZoneName() {
        return IntakePages.ZONE.getId();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public IncubatorKind getKind() {
        return kind;
    }

    public void setKind(IncubatorKind kind) {
        this.kind = kind;
    }

    public Map<Language, String> getNames() {
        return names;
    }

    public List<GreenFocusArea> getSpecialisation() {
        return specialisation;
    }

    public void setSpecialisation(List<GreenFocusArea> specialisation) {
        this.specialisation = specialisation;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public BigDecimal getFloorArea() {
        return floorArea;
    }

    public void setFloorArea(BigDecimal floorArea) {
        this.floorArea = floorArea;
    }

    public Integer getWorkstations() {
        return workstations;
    }

    public void setWorkstations(Integer workstations) {
        this.workstations = workstations;
    }

    public List<IncubatorServiceKind> getServices() {
        return services;
    }

    public void setServices(List<IncubatorServiceKind> services) {
        this.services = services;
    }

    public List<MentorRow> getMentors() {
        return mentors;
    }

    public List<IncubatorService.Manager> getManagers() {
        return managers;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }

    public List<IntakeCallService.CallSummary> getCallLines() {
        return callLines;
    }

    public boolean isAdministrator() {
        return administrator;
    }

    public LocalisedInput getCallTitle() {
        return callTitle;
    }

    public LocalisedInput getCallDescription() {
        return callDescription;
    }

    public LocalDateTime getCallOpensAt() {
        return callOpensAt;
    }

    public void setCallOpensAt(LocalDateTime callOpensAt) {
        this.callOpensAt = callOpensAt;
    }

    public LocalDateTime getCallClosesAt() {
        return callClosesAt;
    }

    public void setCallClosesAt(LocalDateTime callClosesAt) {
        this.callClosesAt = callClosesAt;
    }

    public Integer getCallCapacity() {
        return callCapacity;
    }

    public void setCallCapacity(Integer callCapacity) {
        this.callCapacity = callCapacity;
    }

    public Integer getCallMaxAge() {
        return callMaxAge;
    }

    public void setCallMaxAge(Integer callMaxAge) {
        this.callMaxAge = callMaxAge;
    }

    public Integer getCallOfferDays() {
        return callOfferDays;
    }

    public void setCallOfferDays(Integer callOfferDays) {
        this.callOfferDays = callOfferDays;
    }
}
