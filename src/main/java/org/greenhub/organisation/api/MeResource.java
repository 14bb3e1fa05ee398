package org.greenhub.organisation.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/** The caller's own profile, roles and organisations. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_ORGANISATION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    AccountService accountService;

    @Inject
    OrganisationService organisationService;

    @GET
    @Operation(
            summary = "Read my profile",
            description =
                    "The caller's own account: e-mail, display name, language, roles, and the organisations the caller belongs to with the role and period of each.")
    @APIResponse(
            responseCode = "200",
            description = "The caller's profile.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Me.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"language\":\"vi\",\"roles\":[\"APPLICANT\"],\"organisations\":[{\"id\":7,\"legalName\":\"Green Cell Co., Ltd.\",\"registeredName\":\"Green Cell\",\"kind\":\"START_UP\",\"role\":\"FOUNDER\",\"from\":\"2025-03-01\",\"to\":null,\"current\":true}]}")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Me me() {
        UserAccount user = requireSignedIn();
        return describe(user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change my display name or language",
            description =
                    "Changes the caller's display name and/or language (`en`, `zh-CN`, `th`, `vi`); a field left out or null stays as it is. Answers the profile as changed.")
    @RequestBody(
            description = "The new display name and/or language.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ProfileChange.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"displayName\":\"Lan Nguyen\",\"language\":\"vi\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The profile as changed.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = Me.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":42,\"email\":\"lan.nguyen@example.org\",\"displayName\":\"Lan Nguyen\",\"language\":\"vi\",\"roles\":[\"APPLICANT\"],\"organisations\":[{\"id\":7,\"legalName\":\"Green Cell Co., Ltd.\",\"registeredName\":\"Green Cell\",\"kind\":\"START_UP\",\"role\":\"FOUNDER\",\"from\":\"2025-03-01\",\"to\":null,\"current\":true}]}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Me update(@NotNull(message = "{platform.validation.required}") @Valid ProfileChange change) {
        UserAccount user = requireSignedIn();
        Language language = null;
        if (change.language() != null) {
            language = Language.fromTag(change.language())
                    .orElseThrow(() -> DomainException.invalid("language", "platform.validation.unknownLanguage"));
        }
        return describe(accountService.updateProfile(user.getId(), change.displayName(), language));
    }

    private UserAccount requireSignedIn() {
        return currentUser.require();
    }

    private Me describe(UserAccount user) {
        LocalDate today = LocalDate.now(clock);
        List<MyOrganisation> organisations = organisationService.affiliationsOf(user.getId()).stream()
                .map(a -> new MyOrganisation(
                        a.getOrganisation().getId(),
                        a.getOrganisation().getLegalName(),
                        a.getOrganisation().getRegisteredName(),
                        a.getOrganisation().getKind().name(),
                        a.getRole().name(),
                        a.getValidFrom(),
                        a.getValidTo(),
                        a.isCurrent(today)))
                .toList();
        return new Me(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getLanguage().tag(),
                user.getRoles().stream().map(Role::name).sorted().toList(),
                organisations);
    }

    @Schema(description = "The caller's account: identity, language, roles and organisations.")
    public record Me(
            long id,
            String email,
            String displayName,
            String language,
            List<String> roles,
            List<MyOrganisation> organisations) {}

    @Schema(
            description =
                    "An organisation the caller belongs to, with the caller's role there and its period (`to` null while open).")
    public record MyOrganisation(
            long id,
            String legalName,
            String registeredName,
            String kind,
            String role,
            LocalDate from,
            LocalDate to,
            boolean current) {}

    @Schema(
            description = "A change of the caller's profile: a field left out or null stays as it is.",
            example = "{\"displayName\":\"Lan Nguyen\",\"language\":\"vi\"}")
    public record ProfileChange(
            @Size(max = UserAccount.MAX_NAME_LENGTH, message = "{platform.validation.tooLongGeneric}")
            String displayName,

            @Size(max = 10, message = "{platform.validation.unknownLanguage}")
            String language) {}
}
