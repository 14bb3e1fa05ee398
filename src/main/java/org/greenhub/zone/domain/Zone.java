package org.greenhub.zone.domain;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.platform.text.TextRules;

/**
 * A high-tech zone: its code, names in the four languages, level, where it is and its area, and its administrators
 * (user ids; each also holds the zone administrator role). A zone administrator sees only the zones that name them.
 */
@Entity
@Table(name = "zone")
public class Zone extends VersionedEntity {

    /** Upper-case letters, digits and hyphens, as zone codes are printed (e.g. {@code SIP}, {@code ZGC-HD}). */
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,19}$");
    /** The largest area GreenHub accepts, in km²: far above any zone, and within the column's 12 digits. */
    private static final BigDecimal MAX_AREA = new BigDecimal("100000");

    @Column(nullable = false)
    private String code;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en", nullable = false))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    @AttributeOverride(name = "th", column = @Column(name = "name_th"))
    @AttributeOverride(name = "vi", column = @Column(name = "name_vi"))
    private LocalisedName name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ZoneLevel level;

    private String province;
    private String city;

    @Column(name = "area_km2")
    private BigDecimal areaKm2;

    /** The year the zone's long-run CO2 target counts from: the carbon accounts' base year. */
    @Column(name = "base_year", nullable = false)
    private int baseYear = DEFAULT_BASE_YEAR;

    /** Eager: every permission check reads it, and it is a handful of ids. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "zone_administrator", joinColumns = @JoinColumn(name = "zone_id"))
    @Column(name = "user_id")
    private Set<Long> administratorIds = new HashSet<>();

    /** The base year of the national plan's current period, which a new zone starts with. */
    public static final int DEFAULT_BASE_YEAR = 2020;

    protected Zone() {}

    /** What an administrator types for a zone; checked by {@link Zone#Zone(String, Details, Instant)} and {@link #change}. */
    // the name in each interface language as typed (checked into one LocalisedName), not four fields of the zone
    public record Details(
            String english,
            String chinese,
            String thai,
            String vietnamese,
            ZoneLevel level,
            String province,
            String city,
            BigDecimal areaKm2)
            implements java.io.Serializable {}

    public Zone(String code, Details details, Instant now) {
        this.code = code(code);
        setCreatedAt(now);
        change(details);
    }

    /** The code as stored: trimmed and upper case; refused unless it is 2 to 20 letters, digits or hyphens. */
    public static String code(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw DomainException.invalid("code", "platform.validation.required");
        }
        if (!CODE.matcher(normalised).matches()) {
            throw DomainException.invalid("code", "zone.validation.code");
        }
        return normalised;
    }

    public void change(Details details) {
        if (details.level() == null) {
            throw DomainException.invalid("level", "platform.validation.required");
        }
        LocalisedName checked = LocalisedName.name(
                "name", 200, details.english(), details.chinese(), details.thai(), details.vietnamese());
        String checkedProvince = TextRules.optionalName("province", details.province(), 100);
        String checkedCity = TextRules.optionalName("city", details.city(), 100);
        BigDecimal area = details.areaKm2();
        if (area != null && (area.signum() <= 0 || area.compareTo(MAX_AREA) > 0)) {
            throw DomainException.invalid("area", "zone.validation.area", MAX_AREA.toPlainString());
        }
        if (area != null && area.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("area", "zone.validation.areaDecimals");
        }
        this.name = checked;
        this.level = details.level();
        this.province = checkedProvince;
        this.city = checkedCity;
        this.areaKm2 = area;
    }

    public void setAdministrators(Set<Long> userIds) {
        administratorIds.clear();
        administratorIds.addAll(userIds);
    }

    public boolean isAdministeredBy(long userId) {
        return administratorIds.contains(userId);
    }

    /** The audited state: what an administrator changed, before and after. */
    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put(
                "name",
                String.join(
                        " | ",
                        java.util.Arrays.stream(name.all())
                                .map(n -> n == null ? "" : n)
                                .toList()));
        state.put("level", level);
        state.put("province", province);
        state.put("city", city);
        state.put("areaKm2", areaKm2 == null ? null : areaKm2.toPlainString());
        state.put("administrators", new TreeSet<>(administratorIds));
        return state;
    }

    public Details details() {
        return new Details(
                name.english(),
                name.exact(org.greenhub.platform.i18n.Language.CHINESE),
                name.exact(org.greenhub.platform.i18n.Language.THAI),
                name.exact(org.greenhub.platform.i18n.Language.VIETNAMESE),
                level,
                province,
                city,
                areaKm2);
    }

    public String getCode() {
        return code;
    }

    public LocalisedName getName() {
        return name;
    }

    public ZoneLevel getLevel() {
        return level;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public BigDecimal getAreaKm2() {
        return areaKm2;
    }

    public Set<Long> getAdministratorIds() {
        return Set.copyOf(administratorIds);
    }

    public int getBaseYear() {
        return baseYear;
    }

    /** Changes the base year of the zone's carbon accounts; a year outside 1900–2100 is refused. */
    public void changeBaseYear(Integer year) {
        if (year == null) {
            throw DomainException.invalid("baseYear", "platform.validation.required");
        }
        if (year < 1900 || year > 2100) {
            throw DomainException.invalid(
                    "baseYear", "zone.accounting.yearOutOfRange", String.valueOf(year), "1900", "2100");
        }
        this.baseYear = year;
    }
}
