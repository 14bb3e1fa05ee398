package org.greenhub.competition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.competition.application.ApplicantEntries;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/** Competitions through the API: an applicant enters one ({@code POST /api/competitions/{id}/entries}). */
@Path("/competitions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competitions", description = "Green-industry competitions and entering them.")
public class CompetitionResource {

    @Inject
    ApplicantEntries entries;

    @Inject
    ProblemFactory problems;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    @Schema(
            description =
                    "A new draft entry: for which organisation (one I act for), the project's title, and optionally its group and track.")
    public record NewEntry(
            @Schema(required = true) Long organisationId,
            @Schema(required = true) String projectTitle,

            @Schema(description = "By the organisation's founding date when absent.")
            CompetitionGroup group,

            String track) {}

    @POST
    @Path("/{id}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Enter a competition",
            description = "Creates a draft entry in an edition open for submissions, for an organisation I act for"
                    + " (one live entry per organisation and edition).")
    @APIResponse(responseCode = "201", description = "The draft entry, with its ETag; Location is its API address.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            description = "No such competition, or an organisation I do not act for.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    @APIResponse(
            responseCode = "409",
            description = "Not open for submissions, or the organisation already entered.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    @APIResponse(
            responseCode = "422",
            description = "A missing or refused field, named.",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM_SCHEMA)))
    public Response enter(@Parameter(description = "The competition's id.") @PathParam("id") long id, NewEntry body) {
        if (body == null || body.organisationId() == null) {
            throw DomainException.invalid("organisationId", "platform.validation.required");
        }
        ApplicantEntries.TaggedEntry created = entries.create(
                id,
                body.organisationId(),
                body.projectTitle(),
                body.group(),
                body.track(),
                Language.of(problems.locale(headers)));
        long entryId = created.entry().id();
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        return Response.created(URI.create(config.publicAddress().url("/api/entries/" + entryId)))
                .header(HttpHeaders.ETAG, created.etag())
                .entity(created.entry())
                .build();
    }
}
