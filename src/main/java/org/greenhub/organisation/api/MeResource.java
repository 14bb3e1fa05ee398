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
import org.greenhub.account.application.AccountService;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/** The caller's own profile, roles and organisations. */
@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
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
    public Me me() {
        UserAccount user = requireSignedIn();
        return describe(user);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
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

    public record Me(
            long id,
            String email,
            String displayName,
            String language,
            List<String> roles,
            List<MyOrganisation> organisations) {}

    public record MyOrganisation(
            long id,
            String legalName,
            String registeredName,
            String kind,
            String role,
            LocalDate from,
            LocalDate to,
            boolean current) {}

    public record ProfileChange(
            @Size(max = UserAccount.MAX_NAME_LENGTH, message = "{platform.validation.tooLongGeneric}")
            String displayName,

            @Size(max = 10, message = "{platform.validation.unknownLanguage}")
            String language) {}
}
