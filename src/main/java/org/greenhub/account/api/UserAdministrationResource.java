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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.account.application.AccountAdministration;
import org.greenhub.account.domain.AccountStatus;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.account.domain.UserAccountRepository.UserQuery;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.error.DomainException;

/** Administrators manage accounts from scripts: list, disable, enable, set roles. Same rules as the users page. */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_ACCOUNT)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class UserAdministrationResource {

    @Inject
    AccountAdministration administration;

    @GET
    @Operation(
            summary = "List accounts",
            description =
                    "Administrators only (others: 403). Accounts matching the search (e-mail or name) and role, `size` at a time from the `first`.")
    @Parameter(
            name = "search",
            in = ParameterIn.QUERY,
            description = "Part of the e-mail or display name.",
            example = "nguyen")
    @Parameter(
            name = "role",
            in = ParameterIn.QUERY,
            description = "Only accounts holding this role.",
            example = "JUDGE")
    @Parameter(
            name = "first",
            in = ParameterIn.QUERY,
            description = "How many matching accounts to skip (from 0).",
            example = "0")
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "How many to answer, 1 to 500 (default 50); out of range: 422 naming `size`.",
            example = "50")
    @APIResponse(
            responseCode = "200",
            description = "The number of matching accounts and this slice of them.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Page.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"total\":1,\"users\":[{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"status\":\"ACTIVE\",\"roles\":[\"APPLICANT\",\"JUDGE\"],\"createdAt\":\"2026-03-01T08:30:00Z\"}]}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
    @Operation(
            summary = "Disable an account",
            description =
                    "Administrators only. The person can no longer sign in, and their sessions and tokens stop working; nothing they did is removed. Administrators cannot disable their own account (409).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The account's id.", example = "42")
    @APIResponse(
            responseCode = "200",
            description = "The account as changed.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = User.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"status\":\"DISABLED\",\"roles\":[\"APPLICANT\",\"JUDGE\"],\"createdAt\":\"2026-03-01T08:30:00Z\"}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public User disable(@PathParam("id") long id) {
        return User.of(administration.disable(id));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(
            summary = "Enable an account",
            description = "Administrators only. A disabled account may sign in again.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The account's id.", example = "42")
    @APIResponse(
            responseCode = "200",
            description = "The account as changed.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = User.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"status\":\"ACTIVE\",\"roles\":[\"APPLICANT\",\"JUDGE\"],\"createdAt\":\"2026-03-01T08:30:00Z\"}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public User enable(@PathParam("id") long id) {
        return User.of(administration.enable(id));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set an account's roles",
            description =
                    "Administrators only. Replaces the account's roles with the given list (role names: `ADMINISTRATOR`, `PROGRAMME_MANAGER`, `ALLIANCE_COORDINATOR`, `ZONE_ADMINISTRATOR`, `JUDGE`, `FUNDER`, `APPLICANT`, …); an unknown name answers 422 naming it. Administrators cannot take the administrator role from themselves (409).")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The account's id.", example = "42")
    @RequestBody(
            description = "Every role the account shall hold.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = String.class),
                            examples = @ExampleObject(name = "example", value = "[\"APPLICANT\",\"JUDGE\"]")))
    @APIResponse(
            responseCode = "200",
            description = "The account as changed.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = User.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"status\":\"ACTIVE\",\"roles\":[\"APPLICANT\",\"JUDGE\"],\"createdAt\":\"2026-03-01T08:30:00Z\"}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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

    @Schema(description = "How many accounts match, and the slice asked for.")
    public record Page(long total, List<User> users) {}

    @Schema(
            description =
                    "An account as administrators see it: status `PENDING_CONFIRMATION`, `ACTIVE` or `DISABLED`, roles sorted by name.")
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
