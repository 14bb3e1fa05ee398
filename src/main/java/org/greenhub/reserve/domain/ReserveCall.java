package org.greenhub.reserve.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;

/**
 * A call of the green project reserve: its name in the four languages, the days it takes declarations (a standing
 * window has no last day), and the rules it declares before it opens: what it takes ({@link CallRules}), how scores
 * become grades ({@link GradeBands}) and how long a listing holds ({@link ListingTerm}).
 */
@Entity
@Table(name = "reserve_call")
public class ReserveCall extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    /** The last day declarations are taken; {@code null} for a standing window. */
    @Column(name = "closes_on")
    private LocalDate closesOn;

    @ElementCollection
    @CollectionTable(name = "reserve_call_category", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 60)
    private Set<GreenCategory> categories = EnumSet.noneOf(GreenCategory.class);

    /** The zone records the call takes (none, and no code below: every zone). */
    @ElementCollection
    @CollectionTable(name = "reserve_call_zone_record", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "zone_id", nullable = false)
    private Set<Long> zoneIds = new HashSet<>();

    /** Codes of zones GreenHub has no record of, kept as the call declared them. */
    @ElementCollection
    @CollectionTable(name = "reserve_call_zone", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "zone_code", nullable = false, length = 20)
    private Set<String> zoneCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "reserve_call_evidence", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 40)
    private Set<EvidenceKind> requiredEvidence = EnumSet.noneOf(EvidenceKind.class);

    @Column(name = "ceiling_energy_saved_tce", precision = 18, scale = 6)
    private BigDecimal ceilingEnergySavedTce;

    @Column(name = "ceiling_co2_avoided_t", precision = 18, scale = 6)
    private BigDecimal ceilingCo2AvoidedT;

    @Column(name = "ceiling_water_saved_m3", precision = 18, scale = 6)
    private BigDecimal ceilingWaterSavedM3;

    @Column(name = "ceiling_waste_recycled_t", precision = 18, scale = 6)
    private BigDecimal ceilingWasteRecycledT;

    @Column(name = "minimum_a", nullable = false, precision = 9, scale = 4)
    private BigDecimal minimumA;

    @Column(name = "minimum_b", nullable = false, precision = 9, scale = 4)
    private BigDecimal minimumB;

    @Column(name = "minimum_c", nullable = false, precision = 9, scale = 4)
    private BigDecimal minimumC;

    @Column(name = "validity_years", nullable = false)
    private int validityYears;

    /** The IANA zone whose calendar the window's days are counted in. */
    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone = DEFAULT_ZONE;

    /** The programme managers named on the call (user ids); administrators manage every call. */
    @ElementCollection
    @CollectionTable(name = "reserve_call_manager", joinColumns = @JoinColumn(name = "call_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> managerIds = new HashSet<>();

    /** The evaluation round the call's projects are reviewed in; null until the manager adds it. */
    @Column(name = "evaluation_round_id")
    private Long evaluationRoundId;

    /** The round renewals are reviewed in now; a later renewal round replaces it (earlier ones keep their scores). */
    @Column(name = "renewal_round_id")
    private Long renewalRoundId;

    protected ReserveCall() {}

    public ReserveCall(
            LocalisedName name,
            LocalDate opensOn,
            LocalDate closesOn,
            CallRules rules,
            GradeBands bands,
            ListingTerm term,
            Instant now) {
        if (opensOn == null) {
            throw DomainException.invalid("opensOn", "platform.validation.required");
        }
        if (closesOn != null && closesOn.isBefore(opensOn)) {
            throw DomainException.invalid("closesOn", "reserve.call.closesBeforeOpening");
        }
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.categories =
                rules.categories().isEmpty() ? EnumSet.noneOf(GreenCategory.class) : EnumSet.copyOf(rules.categories());
        this.zoneIds = new HashSet<>(rules.zoneIds());
        this.zoneCodes = new HashSet<>(rules.zoneCodes());
        this.requiredEvidence = rules.requiredEvidence().isEmpty()
                ? EnumSet.noneOf(EvidenceKind.class)
                : EnumSet.copyOf(rules.requiredEvidence());
        this.ceilingEnergySavedTce = rules.ceilingsPer10kYuan().get(Benefits.Figure.ENERGY_SAVED_TCE);
        this.ceilingCo2AvoidedT = rules.ceilingsPer10kYuan().get(Benefits.Figure.CO2_AVOIDED_T);
        this.ceilingWaterSavedM3 = rules.ceilingsPer10kYuan().get(Benefits.Figure.WATER_SAVED_M3);
        this.ceilingWasteRecycledT = rules.ceilingsPer10kYuan().get(Benefits.Figure.WASTE_RECYCLED_T);
        this.minimumA = bands.minimumA();
        this.minimumB = bands.minimumB();
        this.minimumC = bands.minimumC();
        this.validityYears = term.validityYears();
        setCreatedAt(now);
    }

    /** The zone of a call that names none (the reserve started in Chinese zones). */
    public static final String DEFAULT_ZONE = "Asia/Shanghai";

    /** The programme key of the call's review round in the evaluation engine. */
    public static final String PROGRAMME_PREFIX = "reserve:";

    /**
     * A manager's edit of the call: everything it declares at once, checked as a new call is, so a refused edit
     * changes nothing.
     */
    public void change(
            LocalisedName name,
            LocalDate opensOn,
            LocalDate closesOn,
            String zone,
            CallRules rules,
            GradeBands bands,
            ListingTerm term) {
        ReserveCall checked = new ReserveCall(name, opensOn, closesOn, rules, bands, term, getCreatedAt());
        checked.window(zone);
        this.name = checked.name;
        this.opensOn = checked.opensOn;
        this.closesOn = checked.closesOn;
        this.timeZone = checked.timeZone;
        // the element collections are replaced in place, so Hibernate rewrites only the rows that changed
        categories.clear();
        categories.addAll(checked.categories);
        zoneIds.clear();
        zoneIds.addAll(checked.zoneIds);
        zoneCodes.clear();
        zoneCodes.addAll(checked.zoneCodes);
        requiredEvidence.clear();
        requiredEvidence.addAll(checked.requiredEvidence);
        this.ceilingEnergySavedTce = checked.ceilingEnergySavedTce;
        this.ceilingCo2AvoidedT = checked.ceilingCo2AvoidedT;
        this.ceilingWaterSavedM3 = checked.ceilingWaterSavedM3;
        this.ceilingWasteRecycledT = checked.ceilingWasteRecycledT;
        this.minimumA = checked.minimumA;
        this.minimumB = checked.minimumB;
        this.minimumC = checked.minimumC;
        this.validityYears = checked.validityYears;
    }

    /** The zone the window's days are read in; an unknown zone is refused beside its field. */
    public void window(String zone) {
        try {
            this.timeZone =
                    java.time.ZoneId.of(zone == null ? "" : zone.strip()).getId();
        } catch (java.time.DateTimeException e) {
            throw DomainException.invalid("timeZone", "reserve.review.call.zoneInvalid");
        }
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    public String programmeKey() {
        return PROGRAMME_PREFIX + getId();
    }

    public boolean addManager(long userId) {
        return managerIds.add(userId);
    }

    /** A call keeps one manager at least, so someone can always decide on its projects. */
    public boolean removeManager(long userId) {
        if (managerIds.size() == 1 && managerIds.contains(userId)) {
            throw DomainException.conflict("manager", "reserve.review.call.lastManager");
        }
        return managerIds.remove(userId);
    }

    public boolean isManagedBy(long userId) {
        return managerIds.contains(userId);
    }

    public Set<Long> getManagerIds() {
        return Set.copyOf(managerIds);
    }

    /** Links the call's review round; a call is reviewed in one round, so a second is refused. */
    public void reviewIn(long roundId) {
        if (evaluationRoundId != null) {
            throw DomainException.conflict(null, "reserve.review.round.exists");
        }
        this.evaluationRoundId = roundId;
    }

    public Long getEvaluationRoundId() {
        return evaluationRoundId;
    }

    /** Renewals requested from now on are reviewed in this round. */
    public void reviewRenewalsIn(long roundId) {
        this.renewalRoundId = roundId;
    }

    public Long getRenewalRoundId() {
        return renewalRoundId;
    }

    public String getTimeZone() {
        return timeZone;
    }

    /** Whether declarations may be submitted on that day (in the zone's calendar, which the use case supplies). */
    public boolean takesDeclarationsOn(LocalDate day) {
        return !day.isBefore(opensOn) && (closesOn == null || !day.isAfter(closesOn));
    }

    public CallRules rules() {
        Map<Benefits.Figure, BigDecimal> ceilings = new EnumMap<>(Benefits.Figure.class);
        putIfGiven(ceilings, Benefits.Figure.ENERGY_SAVED_TCE, ceilingEnergySavedTce);
        putIfGiven(ceilings, Benefits.Figure.CO2_AVOIDED_T, ceilingCo2AvoidedT);
        putIfGiven(ceilings, Benefits.Figure.WATER_SAVED_M3, ceilingWaterSavedM3);
        putIfGiven(ceilings, Benefits.Figure.WASTE_RECYCLED_T, ceilingWasteRecycledT);
        return new CallRules(categories, zoneIds, zoneCodes, requiredEvidence, ceilings);
    }

    private static void putIfGiven(
            Map<Benefits.Figure, BigDecimal> ceilings, Benefits.Figure figure, BigDecimal value) {
        if (value != null) {
            ceilings.put(figure, value);
        }
    }

    public GradeBands bands() {
        return new GradeBands(minimumA, minimumB, minimumC);
    }

    public ListingTerm term() {
        return new ListingTerm(validityYears);
    }

    public LocalisedName getName() {
        return name;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }
}
