package org.greenhub.testsupport.server;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.evaluation.application.ProgrammeStewards;

/** A test programme whose key "ownrounds:<user id>" is managed by that user alone. */
@ApplicationScoped
public class OwnRoundsStewards implements ProgrammeStewards {

    public static String keyOf(long userId) {
        return "ownrounds:" + userId;
    }

    @Override
    public String keyPrefix() {
        return "ownrounds:";
    }

    @Override
    public boolean mayManage(UserAccount user, String programmeKey) {
        return programmeKey.equals(keyOf(user.getId()));
    }

    @Override
    public Collection<String> keysManagedBy(UserAccount user) {
        return List.of(keyOf(user.getId()));
    }
}
