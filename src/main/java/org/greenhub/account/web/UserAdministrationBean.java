package org.greenhub.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.greenhub.account.application.AccountAdministration;
import org.greenhub.account.application.AccountAdministration.UserRow;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccountRepository.UserQuery;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.FacesMessages;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.web.DatabasePage;

/** Administrators: find users, invite people, grant and revoke roles, disable and enable accounts. */
@Named("userAdministration")
@ViewScoped
public class UserAdministrationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    @Inject
    FacesMessages messages;

    private String searchText;
    private Role roleFilter;
    private AccountStatus statusFilter;
    private DatabasePage<UserRow> users;

    private String inviteEmail;
    private String inviteName;
    private String inviteLanguage = Language.ENGLISH.tag();
    private List<String> inviteRoles = new ArrayList<>(List.of(Role.JUDGE.name()));

    private Long editedUserId;
    private String editedUserName;
    private List<String> editedRoles = new ArrayList<>();

    @PostConstruct
    void init() {
        users = new DatabasePage<>() {
            @Override
            protected List<UserRow> page(int first, int size, String sortField, boolean ascending) {
                return administration.rows(query(sortField, ascending), first, size);
            }

            @Override
            protected long total() {
                return administration.count(query(null, true));
            }

            @Override
            protected Object keyOf(UserRow row) {
                return row.id();
            }
        };
    }

    private UserQuery query(String sortField, boolean ascending) {
        return new UserQuery(searchText, roleFilter, statusFilter, sortField, ascending);
    }

    public void invite() {
        try {
            administration.invite(
                    inviteEmail,
                    inviteName,
                    Language.fromTag(inviteLanguage).orElse(Language.ENGLISH),
                    roles(inviteRoles));
            messages.info("account.admin.invited", inviteEmail);
            inviteEmail = null;
            inviteName = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('inviteDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("inviteForm", refusal);
        }
    }

    public void editRoles(UserRow user) {
        editedUserId = user.id();
        editedUserName = user.displayName();
        editedRoles = new ArrayList<>(user.roles().stream().map(Role::name).toList());
    }

    public void saveRoles() {
        try {
            administration.setRoles(editedUserId, roles(editedRoles));
            messages.info("account.admin.rolesSaved", editedUserName);
            org.primefaces.PrimeFaces.current().executeScript("PF('rolesDialog').hide()");
        } catch (DomainException refusal) {
            messages.error("rolesForm", refusal);
        }
    }

    public void disable(UserRow user) {
        try {
            administration.disable(user.id());
            messages.info("account.admin.disabled", user.email());
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey());
        }
    }

    public void enable(UserRow user) {
        try {
            administration.enable(user.id());
            messages.info("account.admin.enabled", user.email());
        } catch (DomainException refusal) {
            messages.error(null, refusal.messageKey());
        }
    }

    /** Role names from the check boxes; unknown names (tampered requests) are ignored. */
    private static EnumSet<Role> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    public List<Role> getAllRoles() {
        return List.of(Role.values());
    }

    public List<AccountStatus> getAllStatuses() {
        return List.of(AccountStatus.values());
    }

    public List<Language> getLanguages() {
        return Language.all();
    }

    public DatabasePage<UserRow> getUsers() {
        return users;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }

    public Role getRoleFilter() {
        return roleFilter;
    }

    public void setRoleFilter(Role roleFilter) {
        this.roleFilter = roleFilter;
    }

    public AccountStatus getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(AccountStatus statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }

    public String getInviteLanguage() {
        return inviteLanguage;
    }

    public void setInviteLanguage(String inviteLanguage) {
        this.inviteLanguage = inviteLanguage;
    }

    public List<String> getInviteRoles() {
        return inviteRoles;
    }

    public void setInviteRoles(List<String> inviteRoles) {
        this.inviteRoles = inviteRoles;
    }

    public String getEditedUserName() {
        return editedUserName;
    }

    public List<String> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<String> editedRoles) {
        this.editedRoles = editedRoles;
    }
}
