package org.greenhub.alliance.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * A green-industry innovation alliance: its names in every interface language, focus, lead organisation, council
 * size (for the 2/3 quorum), secretariat (coordinators) and the rules its coordinators set (evaluation weights,
 * renewal reminder and grace periods).
 */
@Entity
@Table(name = "alliance")
public class Alliance extends VersionedEntity {

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]{1,11}$");

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area")
    private GreenFocusArea focusArea;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_organisation_id")
    private Organisation leadOrganisation;

    @Column(name = "council_seats", nullable = false)
    private int councilSeats;

    @Column(name = "weight_attendance", nullable = false)
    private int weightAttendance = 40;

    @Column(name = "weight_reports", nullable = false)
    private int weightReports = 20;

    @Column(name = "weight_projects", nullable = false)
    private int weightProjects = 20;

    @Column(name = "weight_dues", nullable = false)
    private int weightDues = 20;

    @Column(name = "reminder_days", nullable = false)
    private int reminderDays = 60;

    @Column(name = "grace_days", nullable = false)
    private int graceDays = 90;

    @Column(name = "next_member_number", nullable = false)
    private int nextMemberNumber = 1;

    /** Eager: every permission check reads it, and it is a handful of ids (loaded in the same statement). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_coordinator", joinColumns = @JoinColumn(name = "alliance_id"))
    @Column(name = "user_id")
    private Set<Long> coordinatorIds = new HashSet<>();

    protected Alliance() {}

    public Alliance(String code, Names names, int councilSeats, Instant now) {
        setCreatedAt(now);
        this.code = normaliseCode(code);
        rename(names);
        setCouncilSeats(councilSeats);
    }

    static String normaliseCode(String raw) {
        String value = TextRules.name("code", raw, 12).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(value).matches()) {
            throw DomainException.invalid("code", "alliance.validation.code");
        }
        return value;
    }

    public void rename(Names names) {
        // checked here, not by LocalisedName.name(...): the form's fields are nameEn, nameZh, nameTh, nameVi
        this.name = LocalisedName.of(
                TextRules.name("nameEn", names.en(), 300),
                TextRules.optionalName("nameZh", names.zh(), 300),
                TextRules.optionalName("nameTh", names.th(), 300),
                TextRules.optionalName("nameVi", names.vi(), 300));
        String[] all = name.all();
        this.searchKey = SearchKey.of(all[0], all[1], all[2], all[3], code);
    }

    public void describe(GreenFocusArea focusArea, Organisation leadOrganisation) {
        this.focusArea = focusArea;
        this.leadOrganisation = leadOrganisation;
    }

    public void setCouncilSeats(int seats) {
        if (seats < 3 || seats > 500) {
            throw DomainException.invalid("councilSeats", "alliance.validation.councilSeats", 3, 500);
        }
        this.councilSeats = seats;
    }

    public void setRenewalRules(int reminderDays, int graceDays) {
        if (reminderDays < 1 || reminderDays > 365) {
            throw DomainException.invalid("reminderDays", "alliance.validation.days", 1, 365);
        }
        if (graceDays < 0 || graceDays > 365) {
            throw DomainException.invalid("graceDays", "alliance.validation.days", 0, 365);
        }
        this.reminderDays = reminderDays;
        this.graceDays = graceDays;
    }

    public void setWeights(EvaluationWeights weights) {
        weights.validate();
        this.weightAttendance = weights.attendance();
        this.weightReports = weights.reports();
        this.weightProjects = weights.projects();
        this.weightDues = weights.dues();
    }

    public EvaluationWeights weights() {
        return new EvaluationWeights(weightAttendance, weightReports, weightProjects, weightDues);
    }

    /** The next membership number, e.g. GEA-2026-0007; the caller holds a lock on this row. */
    public String takeMemberNumber(int year) {
        return String.format("%s-%d-%04d", code, year, nextMemberNumber++);
    }

    public boolean isCoordinator(long userId) {
        return coordinatorIds.contains(userId);
    }

    public void setCoordinators(Set<Long> userIds) {
        if (userIds.isEmpty()) {
            throw DomainException.invalid("coordinators", "alliance.validation.coordinatorRequired");
        }
        coordinatorIds.clear();
        coordinatorIds.addAll(userIds);
    }

    /** The name in the given language, or the English one when that is not given. */
    public String name(Language language) {
        return name.text(language);
    }

    public Names names() {
        return new Names(
                name.english(),
                name.exact(Language.CHINESE),
                name.exact(Language.THAI),
                name.exact(Language.VIETNAMESE));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("names", names());
        state.put("focusArea", focusArea);
        state.put("lead", leadOrganisation == null ? null : leadOrganisation.getId());
        state.put("councilSeats", councilSeats);
        state.put("weights", weights());
        state.put("reminderDays", reminderDays);
        state.put("graceDays", graceDays);
        return state;
    }

    public String getCode() {
        return code;
    }

    public LocalisedName getName() {
        return name;
    }

    public String getNameEn() {
        return name.english();
    }

    public GreenFocusArea getFocusArea() {
        return focusArea;
    }

    public Organisation getLeadOrganisation() {
        return leadOrganisation;
    }

    public int getCouncilSeats() {
        return councilSeats;
    }

    public int getReminderDays() {
        return reminderDays;
    }

    public int getGraceDays() {
        return graceDays;
    }

    public Set<Long> getCoordinatorIds() {
        return Set.copyOf(coordinatorIds);
    }

    public record Names(String en, String zh, String th, String vi) implements java.io.Serializable {

        /** The names as a form's four language fields hold them (checked by {@link Alliance#rename}). */
        public static Names of(org.greenhub.platform.i18n.LocalisedInput input) {
            return new Names(input.getEn(), input.getZh(), input.getTh(), input.getVi());
        }
    }
}
