package org.greenhub.reserve.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.ProgrammeStewards;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ReserveCall;
import org.greenhub.reserve.domain.ReserveRepository;

/** Only the managers named on reserve call N (and administrators) manage the review round of "reserve:N". */
@ApplicationScoped
public class ReserveStewards implements ProgrammeStewards {

    @Inject
    ReserveRepository reserve;

    @Override
    public String keyPrefix() {
        return ReserveCall.PROGRAMME_PREFIX;
    }

    /** A reserve subject's track is its green category; the engine shows it by this name. */
    @Override
    public String codeLabelKey(String code) {
        for (GreenCategory category : GreenCategory.values()) {
            if (category.name().equals(code)) {
                return "reserve.category." + code;
            }
        }
        return null;
    }

    @Override
    public Collection<String> keysManagedBy(UserAccount user) {
        if (!user.hasRole(Role.PROGRAMME_MANAGER) && !user.hasRole(Role.ADMINISTRATOR)) {
            return List.of();
        }
        return reserve.callIdsManagedBy(user.hasRole(Role.ADMINISTRATOR) ? null : user.getId()).stream()
                .map(id -> ReserveCall.PROGRAMME_PREFIX + id)
                .toList();
    }

    @Override
    public boolean mayManage(UserAccount user, String programmeKey) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        long id;
        try {
            id = Long.parseLong(programmeKey.substring(ReserveCall.PROGRAMME_PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        return user.hasRole(Role.PROGRAMME_MANAGER) && reserve.callManagedBy(id, user.getId());
    }
}
