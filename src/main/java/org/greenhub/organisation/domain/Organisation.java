package org.greenhub.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.greenhub.platform.domain.VersionedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.SearchKey;
import org.greenhub.platform.text.TextRules;

/**
 * One record per organisation, reused by every programme: the same start-up enters a competition, joins an
 * incubator and later an alliance without being typed in again.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends VersionedEntity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_NAME_LENGTH = 300;
    /** China's unified social credit code: 18 characters of digits and capitals without I, O, S, V, Z. */
    private static final Pattern CREDIT_CODE = Pattern.compile("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$");

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("^[0-9A-Z][0-9A-Z\\-/. ]{2,58}[0-9A-Z]$");

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    @Column(name = "legal_name", nullable = false)
    private String legalName;

    /** The name as registered, in its own script (Chinese, Thai, Vietnamese ...), when it differs from the legal name. */
    @Column(name = "registered_name")
    private String registeredName;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    /** Unified social credit code, or the registration number where another system applies. */
    @Column(name = "registration_code")
    private String registrationCode;

    @Column(name = "founding_date")
    private LocalDate foundingDate;

    /** Free text: the zone as typed, kept only where no zone record is chosen (a zone GreenHub has no record of). */
    private String zone;

    /** The zone record it is in (the zone feature's table; read through {@code ZoneNames}), or null. */
    @Column(name = "zone_id")
    private Long zoneId;

    private String sector;

    private String website;

    /** What kind of financial institution it is; null for every other kind (a check constraint holds it). */
    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type")
    private InstitutionType institutionType;

    protected Organisation() {}

    public Organisation(OrganisationKind kind, String legalName, Instant now) {
        setCreatedAt(now);
        describe(new Details(kind, legalName, null, null, null, null, null, null), now);
    }

    /** Replaces the descriptive fields, checking each. */
    public void describe(Details details, Instant now) {
        if (details.kind() == null) {
            throw DomainException.invalid("kind", "platform.validation.required");
        }
        this.kind = details.kind();
        if (kind != OrganisationKind.FINANCIAL_INSTITUTION) {
            this.institutionType = null;
        }
        this.legalName = TextRules.name("legalName", details.legalName(), MAX_NAME_LENGTH);
        this.registeredName = TextRules.optionalName("registeredName", details.registeredName(), MAX_NAME_LENGTH);
        this.registrationCode = normaliseRegistrationCode(details.registrationCode());
        if (details.foundingDate() != null
                && details.foundingDate()
                        .isAfter(LocalDate.ofInstant(now, java.time.ZoneOffset.UTC)
                                .plusDays(1))) {
            throw DomainException.invalid("foundingDate", "organisation.validation.foundingInFuture");
        }
        if (details.foundingDate() != null && details.foundingDate().getYear() < 1800) {
            throw DomainException.invalid("foundingDate", "organisation.validation.foundingTooOld");
        }
        this.foundingDate = details.foundingDate();
        this.zone = TextRules.optionalName("zone", details.zone(), 200);
        this.sector = TextRules.optionalName("sector", details.sector(), 200);
        this.website = normaliseWebsite(details.website());
        this.searchKey = SearchKey.of(legalName, registeredName, registrationCode);
    }

    /**
     * Places the organisation in a zone record, or in none ({@code null}: the free text of {@link #describe} names
     * it, if anything). A chosen zone replaces the text, since its record names it in every language.
     */
    public void placeIn(Long zoneId) {
        this.zoneId = zoneId;
        if (zoneId != null) {
            this.zone = null;
        }
    }

    /** Says which kind of financial institution this is (bank, guidance fund ...); only financial institutions have one. */
    public void classifyInstitution(InstitutionType type) {
        if (kind != OrganisationKind.FINANCIAL_INSTITUTION) {
            throw DomainException.invalid("kind", "organisation.validation.notFinancialInstitution");
        }
        if (type == null) {
            throw DomainException.invalid("institutionType", "platform.validation.required");
        }
        this.institutionType = type;
    }

    static String normaliseRegistrationCode(String raw) {
        String code = TextRules.optionalName("registrationCode", raw, 60);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (code.length() == 18 && code.chars().allMatch(Character::isLetterOrDigit)) {
            if (!CREDIT_CODE.matcher(code).matches()) {
                throw DomainException.invalid("registrationCode", "organisation.validation.creditCode");
            }
            return code;
        }
        if (!REGISTRATION_NUMBER.matcher(code).matches()) {
            throw DomainException.invalid("registrationCode", "organisation.validation.registrationCode");
        }
        return code;
    }

    static String normaliseWebsite(String raw) {
        String site = TextRules.optionalName("website", raw, 300);
        if (site == null) {
            return null;
        }
        if (!site.contains("://")) {
            site = "https://" + site;
        }
        try {
            URI uri = URI.create(site);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("website", "organisation.validation.website");
        }
        return site;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("legalName", legalName);
        state.put("registeredName", registeredName);
        state.put("registrationCode", registrationCode);
        state.put("foundingDate", foundingDate);
        state.put("zone", zone);
        state.put("zoneId", zoneId);
        state.put("sector", sector);
        state.put("website", website);
        return state;
    }

    public Details details() {
        return new Details(kind, legalName, registeredName, registrationCode, foundingDate, zone, sector, website);
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public String getRegistrationCode() {
        return registrationCode;
    }

    public LocalDate getFoundingDate() {
        return foundingDate;
    }

    public String getZone() {
        return zone;
    }

    public InstitutionType getInstitutionType() {
        return institutionType;
    }

    public Long getZoneId() {
        return zoneId;
    }

    public String getSector() {
        return sector;
    }

    public String getWebsite() {
        return website;
    }

    /** The descriptive fields, as a form or the API edits them. */
    public record Details(
            OrganisationKind kind,
            String legalName,
            String registeredName,
            String registrationCode,
            LocalDate foundingDate,
            String zone,
            String sector,
            String website)
            implements java.io.Serializable {}
}
