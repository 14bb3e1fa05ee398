package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.domain.IntakeApplication;
import org.greenhub.incubation.domain.IntakeApplicationRepository;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.organisation.domain.green.GreenMetrics;
import org.greenhub.platform.i18n.Language;

/**
 * The read that incubation publishes for the other programmes about its residents: who is resident in an incubator
 * now, and what the incubator knows of the resident's project (the accepted intake application's title, summary and
 * green figures; for a resident entered directly, only its name). The green project reserve invites residents to
 * declare through it; no other programme reads residency tables. Besides {@link #mayManage} it checks no permission:
 * callers decide who may see what they pass on.
 */
@ApplicationScoped
public class Residents {

    /** How an accepted offer names the application it came from ({@code ResidencyService.startFromAcceptedOffer}). */
    private static final String OFFER_PREFIX = "intake-offer:";

    /** A current resident: the residency and the organisation in it. */
    public record Resident(long residencyId, long organisationId) implements Serializable {}

    /**
     * What the incubator knows of a resident's project; the metrics are a copy, and null for a resident entered
     * directly (no application was filed).
     */
    public record ResidentProject(
            long residencyId,
            long organisationId,
            long incubatorId,
            String projectTitle,
            String summary,
            GreenMetrics metrics)
            implements Serializable {}

    @Inject
    ResidencyRepository residencies;

    @Inject
    IntakeApplicationRepository applications;

    @Inject
    IncubatorRepository incubators;

    @Inject
    ResidencyAccess access;

    /** Whether this person manages the incubator (its named programme managers, and administrators). */
    @Transactional
    public boolean mayManage(UserAccount user, long incubatorId) {
        return access.mayManage(user, incubatorId);
    }

    /** An incubator a person manages, named in the reader's language. */
    public record ManagedIncubator(long id, String name) implements Serializable {}

    /** The incubators this person manages (every incubator for an administrator), in id order. */
    @Transactional
    public List<ManagedIncubator> managedBy(UserAccount user) {
        return access.managedIncubatorIds(user).stream()
                .map(id -> incubators.find(id).map(i -> new ManagedIncubator(id, i.name(user.getLanguage()))))
                .flatMap(java.util.Optional::stream)
                .toList();
    }

    /** The incubator's name in this language; empty for an unknown incubator. */
    @Transactional
    public Optional<String> incubatorName(long incubatorId, Language language) {
        return incubators.find(incubatorId).map(i -> i.name(language));
    }

    /** The incubator's current residents, in order of arrival. */
    @Transactional
    public List<Resident> current(long incubatorId) {
        return residencies.activeIn(incubatorId).stream()
                .map(r -> new Resident(r.getId(), r.getOrganisation().getId()))
                .toList();
    }

    /** A current resident's project; empty when the residency does not exist or has ended. */
    @Transactional
    public Optional<ResidentProject> project(long residencyId) {
        Residency residency = residencies.find(residencyId).orElse(null);
        if (residency == null || residency.getStatus() != ResidencyStatus.ACTIVE) {
            return Optional.empty();
        }
        long organisationId = residency.getOrganisation().getId();
        IntakeApplication application = application(residency);
        if (application == null) {
            return Optional.of(new ResidentProject(
                    residencyId,
                    organisationId,
                    residency.getIncubatorId(),
                    residency.getOrganisation().getLegalName(),
                    null,
                    null));
        }
        return Optional.of(new ResidentProject(
                residencyId,
                organisationId,
                residency.getIncubatorId(),
                application.getProjectTitle(),
                application.getSummary(),
                application.getMetrics()));
    }

    /** The application whose accepted offer started the residency, when it is this organisation's. */
    private IntakeApplication application(Residency residency) {
        String reference = residency.getOriginReference();
        if (reference == null || !reference.startsWith(OFFER_PREFIX)) {
            return null;
        }
        long applicationId;
        try {
            applicationId = Long.parseLong(reference.substring(OFFER_PREFIX.length()));
        } catch (NumberFormatException notAnApplication) {
            return null;
        }
        return applications
                .find(applicationId)
                .filter(a -> a.getOrganisation().getId()
                        == residency.getOrganisation().getId())
                .orElse(null);
    }
}
