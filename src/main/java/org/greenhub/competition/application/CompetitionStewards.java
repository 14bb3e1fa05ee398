package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.evaluation.application.ProgrammeStewards;

/** Only the managers of competition N (and administrators) manage the evaluation rounds of "competition:N". */
@ApplicationScoped
public class CompetitionStewards implements ProgrammeStewards {

    @jakarta.inject.Inject
    org.greenhub.competition.domain.CompetitionRepository competitions;

    @Override
    public String codeLabelKey(String code) {
        for (CompetitionGroup group : CompetitionGroup.values()) {
            if (group.name().equals(code)) {
                return group.messageKey();
            }
        }
        return null;
    }

    @Override
    public String keyPrefix() {
        return Competition.PROGRAMME_PREFIX;
    }

    @Override
    public java.util.Collection<String> keysManagedBy(UserAccount user) {
        if (!user.hasRole(Role.PROGRAMME_MANAGER) && !user.hasRole(Role.ADMINISTRATOR)) {
            return java.util.List.of();
        }
        java.util.List<Long> ids =
                user.hasRole(Role.ADMINISTRATOR) ? competitions.allIds() : competitions.idsManagedBy(user.getId());
        return ids.stream().map(id -> Competition.PROGRAMME_PREFIX + id).toList();
    }

    @Override
    public boolean mayManage(UserAccount user, String programmeKey) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        long id;
        try {
            id = Long.parseLong(programmeKey.substring(Competition.PROGRAMME_PREFIX.length()));
        } catch (NumberFormatException e) {
            return false;
        }
        return user.hasRole(Role.PROGRAMME_MANAGER) && competitions.managedBy(id, user.getId());
    }
}
