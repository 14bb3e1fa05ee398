package org.greenhub.incubation.residency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.incubation.application.IncubatorAccess;
import org.greenhub.incubation.domain.Incubator;
import org.greenhub.incubation.domain.IncubatorRepository;
import org.greenhub.incubation.residency.domain.Residency;
import org.greenhub.incubation.residency.domain.ResidencyRepository;
import org.greenhub.platform.error.DomainException;

/**
 * Who may see and change a residency: the managers of its incubator, and the people currently affiliated with the
 * resident organisation (advisers and shareholders excepted). Who manages an incubator is {@link IncubatorAccess}'s
 * answer. Everybody else gets 404, as for an unknown id.
 */
@ApplicationScoped
public class ResidencyAccess {

    @Inject
    ResidencyRepository residencies;

    @Inject
    IncubatorRepository incubatorRepository;

    @Inject
    ResidencyReads reads;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    IncubatorAccess incubators;

    /** The signed-in user manages this incubator; else 404 (401 when nobody is signed in). */
    public UserAccount requireManager(long incubatorId) {
        UserAccount user = currentUser.require();
        if (!mayManage(user, incubatorId)) {
            throw DomainException.notFound();
        }
        return user;
    }

    public boolean mayManage(UserAccount user, long incubatorId) {
        Incubator incubator = incubatorRepository.find(incubatorId).orElse(null);
        return incubator != null && incubators.mayManage(user, incubator);
    }

    /** The incubators the user manages. */
    public List<Long> managedIncubatorIds(UserAccount user) {
        return incubators.managedIncubatorIds(user);
    }

    public boolean isMember(UserAccount user, long organisationId) {
        return reads.isMember(organisationId, user.getId(), LocalDate.now(clock));
    }

    /** The residency, for its managers and its start-up; 404 for anybody else. */
    public Residency requireReader(long residencyId) {
        UserAccount user = currentUser.require();
        Residency residency = residencies.find(residencyId).orElse(null);
        if (residency == null
                || !(mayManage(user, residency.getIncubatorId())
                        || isMember(user, residency.getOrganisation().getId()))) {
            throw DomainException.notFound();
        }
        return residency;
    }

    /** The residency, for the managers of its incubator only. */
    public Residency requireManaged(long residencyId) {
        UserAccount user = currentUser.require();
        Residency residency = residencies.find(residencyId).orElse(null);
        if (residency == null || !mayManage(user, residency.getIncubatorId())) {
            throw DomainException.notFound();
        }
        return residency;
    }

    /** The residency, for people of the resident start-up only (they file its reports). */
    public Residency requireStartUp(long residencyId) {
        UserAccount user = currentUser.require();
        Residency residency = residencies.find(residencyId).orElse(null);
        if (residency == null || !isMember(user, residency.getOrganisation().getId())) {
            if (residency != null && mayManage(user, residency.getIncubatorId())) {
                throw DomainException.forbidden();
            }
            throw DomainException.notFound();
        }
        return residency;
    }
}
