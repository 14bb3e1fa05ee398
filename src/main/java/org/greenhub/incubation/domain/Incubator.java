package org.greenhub.incubation.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.green.GreenFocusArea;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.text.TextRules;

/**
 * An incubator (professional incubator, maker space, science park or accelerator) as its managers keep it: the
 * organisation that operates it, what it specialises in, its space and services, its mentors, and the programme
 * managers who manage it. Intake calls and residencies belong to one incubator.
 */
@Entity
@Table(name = "incubator")
public class Incubator extends VersionedEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME_LENGTH = 300;
    public static final int MAX_MENTORS = 200;
    public static final BigDecimal MAX_FLOOR_AREA_M2 = new BigDecimal("10000000");
    public static final int MAX_WORKSTATIONS = 100_000;

    /** The descriptive fields a manager edits together. Names are per interface language; at least one is needed. */
    public record Details(
            Organisation operator,
            IncubatorKind kind,
            Map<Language, String> names,
            Set<GreenFocusArea> specialisation,
            String zone,
            BigDecimal floorAreaM2,
            Integer workstations,
            Set<IncubatorServiceKind> services,
            List<Mentor> mentors) {}

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "operator_organisation_id")
    private Organisation operator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncubatorKind kind;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_name", joinColumns = @JoinColumn(name = "incubator_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "name", nullable = false)
    private Map<String, String> names = new HashMap<>();

    /** The green focus areas it specialises in; empty: any. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_specialisation", joinColumns = @JoinColumn(name = "incubator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "focus_area", nullable = false)
    private Set<GreenFocusArea> specialisation = EnumSet.noneOf(GreenFocusArea.class);

    /** Free text: the zone as typed, kept only where no zone record is chosen. */
    private String zone;

    /** The zone record it is in (read through organisation's {@code ZoneNames}), or null. */
    @Column(name = "zone_id")
    private Long zoneId;

    @Column(name = "floor_area_m2")
    private BigDecimal floorAreaM2;

    private Integer workstations;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_service", joinColumns = @JoinColumn(name = "incubator_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false)
    private Set<IncubatorServiceKind> services = EnumSet.noneOf(IncubatorServiceKind.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_mentor", joinColumns = @JoinColumn(name = "incubator_id"))
    @OrderColumn(name = "position")
    private List<Mentor> mentors = new ArrayList<>();

    /** Account ids of the programme managers who manage this incubator. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "incubator_manager", joinColumns = @JoinColumn(name = "incubator_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> managerIds = new HashSet<>();

    protected Incubator() {}

    public Incubator(Details details, Instant now) {
        setCreatedAt(now);
        describe(details);
    }

    /** Replaces the descriptive fields, checking each; nothing changes when one is refused. */
    public void describe(Details details) {
        if (details.operator() == null) {
            throw DomainException.invalid("operator", "platform.validation.required");
        }
        if (details.kind() == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        Map<String, String> newNames = new HashMap<>();
        if (details.names() != null) {
            details.names().forEach((language, name) -> {
                String checked = TextRules.optionalName("name", name, MAX_NAME_LENGTH);
                if (checked != null && language != null) {
                    newNames.put(language.tag(), checked);
                }
            });
        }
        if (newNames.isEmpty()) {
            throw DomainException.invalid("name", "incubation.incubator.nameRequired");
        }
        Set<GreenFocusArea> areas = EnumSet.noneOf(GreenFocusArea.class);
        if (details.specialisation() != null) {
            details.specialisation().stream().filter(java.util.Objects::nonNull).forEach(areas::add);
        }
        String newZone = TextRules.optionalName("zone", details.zone(), 200);
        BigDecimal area = details.floorAreaM2();
        if (area != null
                && (area.signum() <= 0
                        || area.compareTo(MAX_FLOOR_AREA_M2) > 0
                        || area.stripTrailingZeros().scale() > 2)) {
            throw DomainException.invalid("floorArea", "incubation.incubator.floorAreaInvalid");
        }
        Integer seats = details.workstations();
        if (seats != null && (seats < 0 || seats > MAX_WORKSTATIONS)) {
            throw DomainException.invalid("workstations", "incubation.incubator.workstationsInvalid");
        }
        List<Mentor> newMentors = details.mentors() == null ? List.of() : List.copyOf(details.mentors());
        if (newMentors.size() > MAX_MENTORS) {
            throw DomainException.invalid("mentors", "incubation.incubator.tooManyMentors", MAX_MENTORS);
        }
        this.operator = details.operator();
        this.kind = details.kind();
        replace(this.names, newNames);
        this.specialisation.clear();
        this.specialisation.addAll(areas);
        this.zone = newZone;
        this.floorAreaM2 = area == null ? null : area.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.workstations = seats;
        this.services.clear();
        if (details.services() != null) {
            this.services.addAll(details.services());
        }
        this.mentors.clear();
        this.mentors.addAll(newMentors);
    }

    private static void replace(Map<String, String> target, Map<String, String> source) {
        target.keySet().retainAll(source.keySet());
        target.putAll(source);
    }

    /** Only programme managers may be made managers of an incubator; the caller checks the role. */
    public void addManager(long userId) {
        managerIds.add(userId);
    }

    public void removeManager(long userId) {
        managerIds.remove(userId);
    }

    public boolean isManagedBy(long userId) {
        return managerIds.contains(userId);
    }

    /** The name in the wanted language, else English, else any. */
    public String name(Language language) {
        String name = names.get(language.tag());
        if (name == null) {
            name = names.get(Language.ENGLISH.tag());
        }
        if (name == null && !names.isEmpty()) {
            name = new TreeSet<>(names.keySet())
                    .stream().map(names::get).findFirst().orElse(null);
        }
        return name;
    }

    public Map<Language, String> namesByLanguage() {
        Map<Language, String> result = new java.util.EnumMap<>(Language.class);
        names.forEach((tag, name) -> Language.fromTag(tag).ifPresent(l -> result.put(l, name)));
        return result;
    }

    public Organisation getOperator() {
        return operator;
    }

    public IncubatorKind getKind() {
        return kind;
    }

    public Set<GreenFocusArea> getSpecialisation() {
        return Collections.unmodifiableSet(specialisation);
    }

    public String getZone() {
        return zone;
    }

    public Long getZoneId() {
        return zoneId;
    }

    /** Places the incubator in a zone record, or none ({@code null}: its free text names the zone, if any). */
    public void placeIn(Long zoneId) {
        this.zoneId = zoneId;
        if (zoneId != null) {
            this.zone = null;
        }
    }

    /** Whether an organisation in this zone record or named zone is in the incubator's zone. */
    public boolean sharesZoneWith(Long organisationZoneId, String organisationZone) {
        if (zoneId != null || organisationZoneId != null) {
            return zoneId != null && zoneId.equals(organisationZoneId);
        }
        return Eligibility.registeredIn(zone, organisationZone);
    }

    public BigDecimal getFloorAreaM2() {
        return floorAreaM2;
    }

    public Integer getWorkstations() {
        return workstations;
    }

    public Set<IncubatorServiceKind> getServices() {
        return Collections.unmodifiableSet(services);
    }

    public List<Mentor> getMentors() {
        return Collections.unmodifiableList(mentors);
    }

    public Set<Long> getManagerIds() {
        return Collections.unmodifiableSet(managerIds);
    }
}
