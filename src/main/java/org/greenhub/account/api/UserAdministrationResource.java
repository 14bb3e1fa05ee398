package org.greenhub.account.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.greenhub.account.application.AccountAdministration;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository.UserQuery;
import org.greenhub.platform.error.DomainException;

/** Administrators manage accounts from scripts: list, disable, enable, set roles. Same rules as the users page. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserAdministrationResource {

    @Inject
    AccountAdministration administration;

    @GET
    public Page list(
            @QueryParam("search") String search,
            @QueryParam("role") String role,
            @QueryParam("first") @DefaultValue("0") int first,
            @QueryParam("size") @DefaultValue("50") int size) {
        if (first < 0 || size < 1 || size > 500) {
            throw DomainException.invalid("size", "platform.validation.invalid");
        }
        UserQuery query = new UserQuery(search, role == null ? null : role(role), null, null, true);
        List<User> users =
                administration.page(query, first, size).stream().map(User::of).toList();
        return new Page(administration.count(query), users);
    }

    @POST
    @Path("/{id}/disable")
    public User disable(@PathParam("id") long id) {
        return User.of(administration.disable(id));
    }

    @POST
    @Path("/{id}/enable")
    public User enable(@PathParam("id") long id) {
        return User.of(administration.enable(id));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    public User setRoles(@PathParam("id") long id, List<String> roles) {
        if (roles == null) {
            throw DomainException.invalid("roles", "platform.validation.required");
        }
        EnumSet<Role> wanted = EnumSet.noneOf(Role.class);
        roles.forEach(name -> wanted.add(role(name)));
        return User.of(administration.setRoles(id, wanted));
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("roles", "account.api.unknownRole", String.valueOf(name));
        }
    }

    public record Page(long total, List<User> users) {}

    public record User(
            long id, String email, String displayName, AccountStatus status, List<Role> roles, Instant createdAt) {
        static User of(UserAccount account) {
            return new User(
                    account.getId(),
                    account.getEmail(),
                    account.getDisplayName(),
                    account.getStatus(),
                    account.getRoles().stream().sorted().toList(),
                    account.getCreatedAt());
        }
    }
}
