package org.greenhub.incubation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.incubation.application.IntakeApplications;
import org.greenhub.incubation.domain.ApplicationStatus;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.concurrency.VersionTag;
import org.greenhub.platform.i18n.Language;
import org.greenhub.platform.i18n.Messages;

/**
 * A start-up's own applications for scripts ({@code GET /api/incubation/applications}) with the answers its
 * applications page offers (withdraw, accept or decline an offer) under {@code If-Match}. The checks are the page's
 * own use case: somebody else's application answers 404. Texts come in the {@code Accept-Language}.
 *
 * <p>An application is sent whole, with its business plan, on the apply page: intake has no drafts to update. The
 * business plan's download is {@link ApplicationDocumentResource}, at the same path.
 */
@Path("/incubation/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incubation", description = "Intake calls, a start-up's applications, residencies and their reports.")
public class MyApplicationsResource {

    @Inject
    IntakeApplications applications;

    @Inject
    ProblemFactory problems;

    @Inject
    Messages messages;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Schema(description = "One of the caller's applications, as their applications page shows it.")
    public record ApplicationView(
            long id,
            String call,
            String incubator,
            String projectTitle,
            String organisation,
            ApplicationStatus status,

            @Schema(description = "The status in the caller's language.")
            String statusText,

            Instant submittedAt,

            @Schema(description = "The managers' reason for their decision, once decided.")
            String decisionReason,

            Instant offerDeadline,

            @Schema(description = "An offer waits for the start-up's answer now.")
            boolean offerOpen,

            @Schema(description = "The application may still be withdrawn.")
            boolean withdrawable) {}

    @GET
    @Operation(
            summary = "My applications",
            description = "The applications the caller made or that belong to an organisation whose record they keep, "
                    + "newest first.")
    @APIResponse(responseCode = "200", description = "A page of applications, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response applications(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Locale locale = problems.locale(headers);
        IntakeApplications.MyApplicationsPage found =
                applications.mine(Language.of(locale), request.offset(), request.size());
        List<ApplicationView> items =
                found.rows().stream().map(a -> view(a, locale)).toList();
        return PageEnvelope.of(items, request, found.total()).toResponse(uriInfo);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One of my applications",
            description = "With its ETag, which the answers to it (withdraw, accept, decline) send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The application, with its ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No application of the caller has this id.")
    public Response application(@Parameter(description = "The application's id") @PathParam("id") long id) {
        return shown(id);
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(
            summary = "Withdraw my application",
            description = "While it is being screened or wait-listed. Needs If-Match with the application's ETag.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The withdrawn application, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No application of the caller has this id.")
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT, description = "It can no longer be withdrawn.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response withdraw(@Parameter(description = "The application's id") @PathParam("id") long id) {
        applications.withdraw(id, EntityTags.ifMatch(headers));
        return shown(id);
    }

    @POST
    @Path("/{id}/accept")
    @Operation(
            summary = "Accept an offer",
            description = "Before the offer's deadline; the start-up becomes a resident of the incubator. "
                    + "Needs If-Match with the application's ETag.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The accepted application, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No application of the caller has this id.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "No offer is open, or its deadline has passed.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response accept(@Parameter(description = "The application's id") @PathParam("id") long id) {
        applications.accept(id, EntityTags.ifMatch(headers));
        return shown(id);
    }

    @POST
    @Path("/{id}/decline")
    @Operation(
            summary = "Decline an offer",
            description =
                    "The place goes to the next wait-listed start-up. Needs If-Match with the application's ETag.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The declined application, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No application of the caller has this id.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "No offer is open, or its deadline has passed.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response decline(@Parameter(description = "The application's id") @PathParam("id") long id) {
        applications.decline(id, EntityTags.ifMatch(headers));
        return shown(id);
    }

    private Response shown(long id) {
        Locale locale = problems.locale(headers);
        IntakeApplications.Followed followed = applications.followed(id, Language.of(locale));
        return Response.ok(view(followed.application(), locale))
                .header(HttpHeaders.ETAG, VersionTag.of(id, followed.version()))
                .build();
    }

    private ApplicationView view(IntakeApplications.MyApplication a, Locale locale) {
        return new ApplicationView(
                a.id(),
                messages.localised(locale, a.call()),
                a.incubator(),
                a.projectTitle(),
                a.organisation(),
                a.status(),
                messages.get(locale, a.status().messageKey()),
                a.submittedAt(),
                a.reason(),
                a.offerDeadline(),
                a.offerOpen(),
                a.withdrawable());
    }
}
