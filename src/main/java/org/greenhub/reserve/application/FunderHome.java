package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import org.greenhub.organisation.domain.InstitutionType;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.platform.error.DomainException;

/** The funder's home: the institution they act for. */
@ApplicationScoped
public class FunderHome {

    /** The institution a funder acts for, as their home shows it. */
    public record Summary(long organisationId, String institution, InstitutionType type) implements Serializable {}

    @Inject
    FunderAccess access;

    @Inject
    OrganisationRepository organisations;

    @Transactional
    public Summary summary() {
        FunderAccess.Funder funder = access.require();
        Organisation organisation = organisations.find(funder.organisationId()).orElseThrow(DomainException::notFound);
        return new Summary(organisation.getId(), organisation.getLegalName(), organisation.getInstitutionType());
    }
}
