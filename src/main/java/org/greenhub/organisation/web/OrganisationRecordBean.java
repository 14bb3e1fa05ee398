package org.greenhub.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.organisation.application.OrganisationPath;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.application.ProgrammeParticipation;
import org.greenhub.organisation.application.ZoneNames;
import org.greenhub.organisation.domain.AffiliationRole;
import org.greenhub.organisation.domain.Organisation.Details;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.LocaleSelector;

/**
 * One organisation's record and its people. Opened by id from the URL: the service answers "not found" for records
 * the visitor may not see, and the page then shows the 404 page, as for an id that does not exist.
 */
@Named("organisationRecord")
@ViewScoped
public class OrganisationRecordBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    @Inject
    FacesMessages messages;

    @Inject
    OrganisationPath path;

    @Inject
    ZoneNames zoneNames;

    @Inject
    LocaleSelector localeSelector;

    private Long id;
    private long version;
    private boolean editable;
    private Details original;
    private OrganisationKind kind;
    private String legalName;
    private String registeredName;
    private String registrationCode;
    private LocalDate foundingDate;
    private String zone;
    /** The zone select: a zone record's id, {@link #ZoneNames.OTHER_CHOICE}, or empty for none. */
    private String zoneChoice;

    private List<ZoneNames.Choice> zoneChoices;
    private String zoneName;
    private boolean inZoneRecord;
    private String sector;
    private String website;
    private List<OrganisationService.PersonRow> people;
    private List<ProgrammeParticipation.Line> programmes;
    private String personEmail;
    private AffiliationRole personRole = AffiliationRole.EMPLOYEE;

    public void load() throws IOException {
        try {
            if (id == null) {
                throw DomainException.notFound();
            }
            fill(organisations.recordPage(id));
        } catch (DomainException refusal) {
            org.greenhub.platform.web.PageRefusals.refuse(DomainException.notFound());
        }
    }

    private void fill(OrganisationService.RecordPage record) {
        version = record.version();
        original = record.details();
        kind = original.kind();
        legalName = original.legalName();
        registeredName = original.registeredName();
        registrationCode = original.registrationCode();
        foundingDate = original.foundingDate();
        zone = original.zone();
        Language language = Language.of(localeSelector.getLocale());
        zoneChoices = zoneNames.choices(language);
        Long zoneId = record.zoneId();
        zoneChoice = zoneId != null ? zoneId.toString() : zone != null ? ZoneNames.OTHER_CHOICE : "";
        zoneName = zoneNames.label(zoneId, zone, language);
        inZoneRecord = zoneId != null;
        sector = original.sector();
        website = original.website();
        editable = record.editable();
        people = record.people();
        programmes = path.of(id);
    }

    public void save() {
        try {
            boolean other = ZoneNames.OTHER_CHOICE.equals(zoneChoice);
            Long zoneId = other || zoneChoice == null || zoneChoice.isBlank() ? null : zoneId(zoneChoice);
            organisations.update(
                    id,
                    new Details(
                            kind,
                            legalName,
                            registeredName,
                            registrationCode,
                            foundingDate,
                            other ? zone : null,
                            sector,
                            website),
                    zoneId,
                    version);
            fill(organisations.recordPage(id));
            messages.info("organisation.record.saved");
        } catch (DomainException refusal) {
            if ("zone".equals(refusal.field()) && !isOtherZone()) {
                // a refused zone record is shown beside the select, the only zone field on the page then
                refusal = DomainException.invalid("zoneChoice", refusal.messageKey(), refusal.args());
            }
            messages.error("recordForm", refusal);
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

    public void addPerson() {
        try {
            organisations.addPerson(id, personEmail, personRole);
            personEmail = null;
            fill(organisations.recordPage(id));
            messages.info("organisation.people.added");
        } catch (DomainException refusal) {
            messages.error("peopleForm", refusal);
        }
    }

    public void endAffiliation(long affiliationId) {
        try {
            organisations.endAffiliation(affiliationId);
            fill(organisations.recordPage(id));
            messages.info("organisation.people.ended");
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey());
        }
    }

    public List<ProgrammeParticipation.Line> getProgrammes() {
        return programmes;
    }

    public List<OrganisationKind> getKinds() {
        return List.of(OrganisationKind.values());
    }

    public List<AffiliationRole> getRoles() {
        return List.of(AffiliationRole.values());
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isEditable() {
        return editable;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getRegisteredName() {
        return registeredName;
    }

    public void setRegisteredName(String registeredName) {
        this.registeredName = registeredName;
    }

    public String getRegistrationCode() {
        return registrationCode;
    }

    public void setRegistrationCode(String registrationCode) {
        this.registrationCode = registrationCode;
    }

    public LocalDate getFoundingDate() {
        return foundingDate;
    }

    public void setFoundingDate(LocalDate foundingDate) {
        this.foundingDate = foundingDate;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
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

    /** The zone in the reader's language (the record's name, or the text as typed), for the read-only view. */
    public String getZoneName() {
        return zoneName;
    }

    /** Whether it is in a zone record, and so declares to it each year (the zone's declaration page). */
    public boolean isInZoneRecord() {
        return inZoneRecord;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<OrganisationService.PersonRow> getPeople() {
        return people;
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public void setPersonEmail(String personEmail) {
        this.personEmail = personEmail;
    }

    public AffiliationRole getPersonRole() {
        return personRole;
    }

    public void setPersonRole(AffiliationRole personRole) {
        this.personRole = personRole;
    }

    public Details getOriginal() {
        return original;
    }
}
