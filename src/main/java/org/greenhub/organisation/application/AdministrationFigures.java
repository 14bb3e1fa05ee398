package org.greenhub.organisation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;

/** The administrator's dashboard figures: one count query each, administrators only. */
@ApplicationScoped
public class AdministrationFigures {

    @Inject
    AdministrationCounts counts;

    @Inject
    CurrentUser currentUser;

    public record Figures(long activeUsers, long pendingUsers, long organisations, long queuedMails) {}

    public Figures figures() {
        currentUser.require(Role.ADMINISTRATOR);
        return counts.count();
    }
}
