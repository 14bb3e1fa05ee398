package org.greenhub.alliance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.domain.CreatedEntity;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.text.TextRules;

/** A seat on the alliance's council: the person (named in any script), their office and the organisation they come from. */
@Entity
@Table(name = "alliance_council_member")
public class CouncilMember extends CreatedEntity {

    public enum Office {
        CHAIR,
        VICE_CHAIR,
        MEMBER;

        public String messageKey() {
            return "alliance.office." + name();
        }
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Office office;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private LocalDate since;

    protected CouncilMember() {}

    public CouncilMember(
            Alliance alliance,
            Office office,
            String personName,
            Organisation organisation,
            LocalDate since,
            Instant now) {
        if (office == null) {
            throw DomainException.invalid("office", "platform.validation.required");
        }
        this.alliance = alliance;
        this.office = office;
        this.personName = TextRules.name("councilName", personName, 200);
        this.organisation = organisation;
        this.since = since;
        setCreatedAt(now);
    }

    public Alliance getAlliance() {
        return alliance;
    }

    public Office getOffice() {
        return office;
    }

    public String getPersonName() {
        return personName;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public LocalDate getSince() {
        return since;
    }
}
