package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.incubation.domain.IntakeCall;

import java.util.Collection;
import java.util.List;

/**
 * The screening rounds of an intake call ("intake:&lt;callId&gt;") are managed by the managers of the call's incubator
 * (and administrators), not by every programme manager.
 */
@ApplicationScoped
public class IntakeStewards implements ProgrammeStewards {

    @PersistenceContext
    EntityManager em;

    @Inject
    IncubatorAccess access;

    @Override
    public String keyPrefix() {
        return IntakeCall.PROGRAMME_PREFIX;
    }

    @Override
    public Collection<String> keysManagedBy(UserAccount user) {
        List<Long> incubators = access.managedIncubatorIds(user);
        if (incubators.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c.id from IntakeCall c where c.incubator.id in :incubators", Long.class)
                .setParameter("incubators", incubators).getResultList().stream()
                .map(id -> IntakeCall.PROGRAMME_PREFIX + id).toList();
    }

    @Override
    public boolean mayManage(UserAccount user, String programmeKey) {
        long callId;
        try {
            callId = Long.parseLong(programmeKey.substring(IntakeCall.PROGRAMME_PREFIX.length()));
        } catch (NumberFormatException notACall) {
            return false;
        }
        IntakeCall call = em.find(IntakeCall.class, callId);
        return call != null && access.mayManage(user, call.getIncubator());
    }
}
