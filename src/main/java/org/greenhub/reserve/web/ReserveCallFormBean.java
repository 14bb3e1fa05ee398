package org.greenhub.reserve.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.web.PageRefusals;
import org.greenhub.reserve.application.ReserveCalls;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ListingTerm;

/** The call form: an administrator creates a call (naming its first manager); its managers edit it. */
@Named("reserveCallForm")
@ViewScoped
public class ReserveCallFormBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReserveCalls calls;

    @Inject
    FacesMessages messages;

    private Long id;
    private long version;
    private String nameEn;
    private String nameZh;
    private String nameTh;
    private String nameVi;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private String timeZone = ReservePages.ZONES.get(0);
    private List<String> categories = new ArrayList<>();
    /** The zone records the call takes (empty, with no kept code: every zone). */
    private List<Long> zoneIds = new ArrayList<>();
    /** Codes of zones without a record the call had before zones were records: kept while ticked. */
    private List<String> keptZoneCodes = new ArrayList<>();

    private List<String> keptZoneChoices = new ArrayList<>();
    private List<org.greenhub.zone.application.ZoneCodes.Coded> zoneChoices = List.of();
    private List<String> evidence = new ArrayList<>();
    private final Map<Benefits.Figure, BigDecimal> ceilings = new EnumMap<>(Benefits.Figure.class);
    private BigDecimal minimumA = new BigDecimal("85");
    private BigDecimal minimumB = new BigDecimal("70");
    private BigDecimal minimumC = new BigDecimal("60");
    private Integer validityYears = ListingTerm.DEFAULT_VALIDITY_YEARS;
    private String managerEmail;

    public void load() {
        try {
            zoneChoices = calls.zoneChoices();
        } catch (DomainException refusal) {
            PageRefusals.refuse(refusal);
            return;
        }
        if (id == null) {
            // administrators create calls; a manager reaches the form only for a call of their own
            if (!jakarta.faces.context.FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .isUserInRole("ADMINISTRATOR")) {
                PageRefusals.refuse(DomainException.forbidden());
            }
            return;
        }
        try {
            ReserveCalls.CallView call = calls.view(id);
            version = call.version();
            nameEn = call.name().exact(Language.ENGLISH);
            nameZh = call.name().exact(Language.CHINESE);
            nameTh = call.name().exact(Language.THAI);
            nameVi = call.name().exact(Language.VIETNAMESE);
            opensOn = call.opensOn();
            closesOn = call.closesOn();
            timeZone = call.timeZone();
            categories = new ArrayList<>(
                    call.rules().categories().stream().map(Enum::name).toList());
            zoneIds = new ArrayList<>(call.rules().zoneIds());
            keptZoneChoices =
                    new ArrayList<>(call.rules().zoneCodes().stream().sorted().toList());
            keptZoneCodes = new ArrayList<>(keptZoneChoices);
            evidence = new ArrayList<>(
                    call.rules().requiredEvidence().stream().map(Enum::name).toList());
            ceilings.putAll(call.rules().ceilingsPer10kYuan());
            minimumA = call.bands().minimumA();
            minimumB = call.bands().minimumB();
            minimumC = call.bands().minimumC();
            validityYears = call.term().validityYears();
        } catch (DomainException refusal) {
            PageRefusals.refuse(DomainException.notFound());
        }
    }

    public String save() {
        try {
            Map<Benefits.Figure, BigDecimal> given = new EnumMap<>(Benefits.Figure.class);
            ceilings.forEach((figure, value) -> {
                if (value != null) {
                    given.put(figure, value);
                }
            });
            ReserveCalls.Settings settings = new ReserveCalls.Settings(
                    nameEn,
                    nameZh,
                    nameTh,
                    nameVi,
                    opensOn,
                    closesOn,
                    timeZone,
                    categories.stream().map(GreenCategory::valueOf).collect(java.util.stream.Collectors.toSet()),
                    new LinkedHashSet<>(zoneIds),
                    new LinkedHashSet<>(keptZoneCodes),
                    evidence.stream().map(EvidenceKind::valueOf).collect(java.util.stream.Collectors.toSet()),
                    given,
                    minimumA,
                    minimumB,
                    minimumC,
                    validityYears);
            long saved;
            if (id == null) {
                saved = calls.create(settings, managerEmail);
            } else {
                calls.change(id, settings, version);
                saved = id;
            }
            messages.info("reserve.review.edit.saved");
            messages.keepForRedirect();
            return "/reserve/manage/call?faces-redirect=true&id=" + saved;
        } catch (DomainException refusal) {
            String field = refusal.field();
            if (field != null && FIELDS.containsKey(field)) {
                messages.error("callForm:" + FIELDS.get(field), refusal.messageKey(), refusal.args());
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            } else {
                messages.error("callForm", refusal);
            }
            return null;
        }
    }

    /** Refusals that name a value rather than a field of this form, and the field that shows them. */
    private static final Map<String, String> FIELDS = Map.of(
            "gradeBands", "minimumA",
            "ceiling.energySavedTce", "ceilingEnergy",
            "ceiling.co2AvoidedT", "ceilingCo2",
            "ceiling.waterSavedM3", "ceilingWater",
            "ceiling.wasteRecycledT", "ceilingWaste",
            "zones", "zoneIds");

    public boolean isCreating() {
        return id == null;
    }

    public List<String> getZones() {
        return ReservePages.ZONES;
    }

    public List<GreenCategory> getCategoryChoices() {
        return List.of(GreenCategory.values());
    }

    public List<EvidenceKind> getEvidenceChoices() {
        return List.of(EvidenceKind.values());
    }

    // one property per ceiling, so the number field converts to BigDecimal (a map's value type is not known)
    public BigDecimal getCeilingEnergy() {
        return ceilings.get(Benefits.Figure.ENERGY_SAVED_TCE);
    }

    public void setCeilingEnergy(BigDecimal v) {
        ceilings.put(Benefits.Figure.ENERGY_SAVED_TCE, v);
    }

    public BigDecimal getCeilingCo2() {
        return ceilings.get(Benefits.Figure.CO2_AVOIDED_T);
    }

    public void setCeilingCo2(BigDecimal v) {
        ceilings.put(Benefits.Figure.CO2_AVOIDED_T, v);
    }

    public BigDecimal getCeilingWater() {
        return ceilings.get(Benefits.Figure.WATER_SAVED_M3);
    }

    public void setCeilingWater(BigDecimal v) {
        ceilings.put(Benefits.Figure.WATER_SAVED_M3, v);
    }

    public BigDecimal getCeilingWaste() {
        return ceilings.get(Benefits.Figure.WASTE_RECYCLED_T);
    }

    public void setCeilingWaste(BigDecimal v) {
        ceilings.put(Benefits.Figure.WASTE_RECYCLED_T, v);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String v) {
        this.nameEn = v;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String v) {
        this.nameZh = v;
    }

    public String getNameTh() {
        return nameTh;
    }

    public void setNameTh(String v) {
        this.nameTh = v;
    }

    public String getNameVi() {
        return nameVi;
    }

    public void setNameVi(String v) {
        this.nameVi = v;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate v) {
        this.opensOn = v;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate v) {
        this.closesOn = v;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String v) {
        this.timeZone = v;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> v) {
        this.categories = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<Long> getZoneIds() {
        return zoneIds;
    }

    public void setZoneIds(List<Long> v) {
        this.zoneIds = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<String> getKeptZoneCodes() {
        return keptZoneCodes;
    }

    public void setKeptZoneCodes(List<String> v) {
        this.keptZoneCodes = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public List<String> getKeptZoneChoices() {
        return keptZoneChoices;
    }

    public List<org.greenhub.zone.application.ZoneCodes.Coded> getZoneChoices() {
        return zoneChoices;
    }

    public List<String> getEvidence() {
        return evidence;
    }

    public void setEvidence(List<String> v) {
        this.evidence = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    public BigDecimal getMinimumA() {
        return minimumA;
    }

    public void setMinimumA(BigDecimal v) {
        this.minimumA = v;
    }

    public BigDecimal getMinimumB() {
        return minimumB;
    }

    public void setMinimumB(BigDecimal v) {
        this.minimumB = v;
    }

    public BigDecimal getMinimumC() {
        return minimumC;
    }

    public void setMinimumC(BigDecimal v) {
        this.minimumC = v;
    }

    public Integer getValidityYears() {
        return validityYears;
    }

    public void setValidityYears(Integer v) {
        this.validityYears = v;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String v) {
        this.managerEmail = v;
    }
}
