package org.greenhub.incubation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.incubation.domain.IntakeCall;
import org.greenhub.incubation.domain.IntakeCallRepository;

/**
 * The screening rounds of an intake call ("intake:&lt;callId&gt;") are managed by the managers of the call's incubator
 * (and administrators), not by every programme manager.
 */
@ApplicationScoped
public class IntakeStewards implements ProgrammeStewards {

    @Inject
    IntakeCallRepository calls;

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
        return calls.idsInIncubators(incubators).stream()
                .map(id -> IntakeCall.PROGRAMME_PREFIX + id)
                .toList();
    }

    @Override
    public boolean mayManage(UserAccount user, String programmeKey) {
        long callId;
        try {
            callId = Long.parseLong(programmeKey.substring(IntakeCall.PROGRAMME_PREFIX.length()));
        } catch (NumberFormatException notACall) {
            return false;
        }
        IntakeCall call = calls.find(callId).orElse(null);
        return call != null && access.mayManage(user, call.getIncubator());
    }
}
