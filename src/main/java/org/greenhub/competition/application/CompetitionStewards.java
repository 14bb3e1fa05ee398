package org.greenhub.competition.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.competition.domain.Competition;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.evaluation.application.ProgrammeStewards;

/** Only the managers of competition N (and administrators) manage the evaluation rounds of "competition:N". */
@ApplicationScoped
public class CompetitionStewards implements ProgrammeStewards {

    @PersistenceContext
    EntityManager em;

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
        String query = user.hasRole(Role.ADMINISTRATOR) ? "select c.id from Competition c"
                : "select c.id from Competition c join c.managers m where m.id = :user";
        var ids = em.createQuery(query, Long.class);
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            ids.setParameter("user", user.getId());
        }
        return ids.getResultList().stream().map(id -> Competition.PROGRAMME_PREFIX + id).toList();
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
        Long managers = em.createQuery("select count(m) from Competition c join c.managers m where c.id = :id and m.id = :user", Long.class)
                .setParameter("id", id).setParameter("user", user.getId()).getSingleResult();
        return user.hasRole(Role.PROGRAMME_MANAGER) && managers > 0;
    }
}
