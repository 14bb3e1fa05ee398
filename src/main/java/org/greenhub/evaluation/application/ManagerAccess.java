package org.greenhub.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.error.DomainException;

/**
 * Who may set up and run rounds: administrators, and programme managers of the programme that owns the round
 * (asked of the {@link ProgrammeStewards} that claims its key). A user without the manager role is refused (403);
 * a manager of another programme is told the round does not exist (404), as for an unknown id.
 */
@ApplicationScoped
public class ManagerAccess {

    @Inject
    CurrentUser currentUser;

    @Inject
    @Any
    Instance<ProgrammeStewards> stewards;

    @Inject
    ProgrammeKeys keys;

    /** A programme manager or administrator, whatever the programme (lists, judge search). */
    public UserAccount require() {
        UserAccount user = currentUser.require();
        if (!isManager(user)) {
            throw DomainException.forbidden();
        }
        return user;
    }

    public UserAccount requireProgramme(String programmeKey) {
        UserAccount user = require();
        if (!mayManage(user, programmeKey)) {
            throw DomainException.notFound();
        }
        return user;
    }

    public UserAccount requireRound(long roundId) {
        return requireProgramme(key(() -> keys.ofRound(roundId)));
    }

    public UserAccount requirePanel(long panelId) {
        return requireProgramme(key(() -> keys.ofPanel(panelId)));
    }

    public UserAccount requireSheet(long sheetId) {
        return requireProgramme(key(() -> keys.ofSheet(sheetId)));
    }

    /** Whether the user manages the programme of the subject (document downloads). */
    public boolean mayManageSubject(UserAccount user, long subjectId) {
        if (!isManager(user)) {
            return false;
        }
        Optional<String> key = keys.ofSubject(subjectId);
        return key.isPresent() && mayManage(user, key.get());
    }

    public boolean mayManage(UserAccount user, String programmeKey) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return true;
        }
        if (!user.hasRole(Role.PROGRAMME_MANAGER)) {
            return false;
        }
        Optional<ProgrammeStewards> owner = owner(programmeKey);
        return owner.isEmpty() || owner.get().mayManage(user, programmeKey);
    }

    /**
     * A JPQL condition on {@code alias.programmeKey} that keeps the rounds the user may manage; binds its parameters
     * through the returned filter. Administrators see everything.
     */
    public KeyFilter filterFor(UserAccount user, String path) {
        if (user.hasRole(Role.ADMINISTRATOR)) {
            return new KeyFilter("1 = 1", List.of(), List.of());
        }
        List<String> prefixes = new ArrayList<>();
        List<String> managed = new ArrayList<>();
        for (ProgrammeStewards steward : stewards) {
            prefixes.add(steward.keyPrefix() + "%");
            managed.addAll(steward.keysManagedBy(user));
        }
        StringBuilder unclaimed = new StringBuilder("(1 = 1");
        for (int i = 0; i < prefixes.size(); i++) {
            unclaimed
                    .append(" and ")
                    .append(path)
                    .append(" not like :claimedPrefix")
                    .append(i);
        }
        unclaimed.append(")");
        String condition =
                managed.isEmpty() ? unclaimed.toString() : "(" + unclaimed + " or " + path + " in :managedKeys)";
        return new KeyFilter(condition, prefixes, managed);
    }

    /** A condition to add to a query and the parameters it needs. */
    public record KeyFilter(String condition, List<String> claimedPrefixes, List<String> managedKeys) {
        public <Q extends jakarta.persistence.Query> Q bind(Q query) {
            for (int i = 0; i < claimedPrefixes.size(); i++) {
                query.setParameter("claimedPrefix" + i, claimedPrefixes.get(i));
            }
            if (!managedKeys.isEmpty()) {
                query.setParameter("managedKeys", managedKeys);
            }
            return query;
        }
    }

    static boolean isManager(UserAccount user) {
        return user.hasRole(Role.PROGRAMME_MANAGER) || user.hasRole(Role.ADMINISTRATOR);
    }

    private Optional<ProgrammeStewards> owner(String programmeKey) {
        for (ProgrammeStewards steward : stewards) {
            if (steward.claims(programmeKey)) {
                return Optional.of(steward);
            }
        }
        return Optional.empty();
    }

    /** The key once the caller is known to be a manager at all (a non-manager is refused before any look-up). */
    private String key(java.util.function.Supplier<Optional<String>> lookup) {
        require();
        return lookup.get().orElseThrow(DomainException::notFound);
    }
}
