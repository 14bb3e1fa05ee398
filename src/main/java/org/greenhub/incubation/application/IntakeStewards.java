package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.incubation.domain.IntakeCall;

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
    public boolean claims(String programmeKey) {
        return programmeKey != null && programmeKey.startsWith(IntakeCall.PROGRAMME_PREFIX);
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
