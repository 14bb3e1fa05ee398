package org.greenhub.organisation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.organisation.application.OrganisationService;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationKind;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.concurrency.VersionTag;

/**
 * Organisation records for scripts: the organisations the caller acts for, one record (read as its record page
 * allows: its people, programme staff and administrators; 404 otherwise), its update by the people who keep the
 * record (under {@code If-Match}), and its people. The zone record an organisation is in is chosen on its page.
 */
@Path("/organisations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Organisations", description = "The organisation records the caller acts for, and their people.")
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Schema(description = "An organisation record as its page shows it.")
    public record OrganisationView(
            long id,
            OrganisationKind kind,
            String legalName,
            String registeredName,
            String registrationCode,
            LocalDate foundingDate,

            @Schema(description = "The zone as text; a zone record, when chosen on the page, is zoneId.")
            String zone,

            Long zoneId,
            String sector,
            String website,

            @Schema(description = "Whether the caller may change the record.")
            boolean editable) {}

    @Schema(description = "The record's new details, every field as the record page's form has them.")
    public record OrganisationBody(
            OrganisationKind kind,
            String legalName,
            String registeredName,
            String registrationCode,
            LocalDate foundingDate,
            String zone,
            String sector,
            String website) {}

    @GET
    @Path("/mine")
    @Operation(
            summary = "The organisations I act for",
            description = "The caller's current affiliations, each with the organisation and the caller's role in it.")
    @APIResponse(responseCode = "200", description = "A page of organisations, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response mine(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        OrganisationService.MyOrganisationsPage mine =
                organisations.myCurrentOrganisations(request.offset(), request.size());
        return PageEnvelope.of(mine.rows(), request, mine.total()).toResponse(uriInfo);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One organisation record",
            description = "With its ETag, which an update sends back in If-Match.")
    @APIResponse(responseCode = "200", description = "The record, with its ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No organisation the caller may see has this id.")
    public Response record(@Parameter(description = "The organisation's id") @PathParam("id") long id) {
        return shown(organisations.recordPage(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Update an organisation record",
            description = "For the people who keep the record (founders, legal representatives, managers) and "
                    + "administrators. Needs If-Match with the record's ETag; the zone record it is in stays.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The updated record, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No organisation the caller may change has this id.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The registration code belongs to another organisation.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A field is not valid; the problem names it.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response update(
            @Parameter(description = "The organisation's id") @PathParam("id") long id, OrganisationBody body) {
        organisations.update(
                id,
                EntityTags.ifMatch(headers),
                body == null
                        ? null
                        : new Organisation.Details(
                                body.kind(),
                                body.legalName(),
                                body.registeredName(),
                                body.registrationCode(),
                                body.foundingDate(),
                                body.zone(),
                                body.sector(),
                                body.website()));
        return shown(organisations.recordPage(id));
    }

    @GET
    @Path("/{id}/affiliations")
    @Operation(
            summary = "An organisation's people",
            description = "Who holds which role since when, past and current, as the record page lists them.")
    @APIResponse(responseCode = "200", description = "A page of affiliations, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No organisation the caller may see has this id.")
    public Response affiliations(
            @Parameter(description = "The organisation's id") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        OrganisationService.PeoplePage people = organisations.people(id, request.offset(), request.size());
        return PageEnvelope.of(people.rows(), request, people.total()).toResponse(uriInfo);
    }

    private Response shown(OrganisationService.RecordPage page) {
        Organisation.Details d = page.details();
        return Response.ok(new OrganisationView(
                        page.id(),
                        d.kind(),
                        d.legalName(),
                        d.registeredName(),
                        d.registrationCode(),
                        d.foundingDate(),
                        d.zone(),
                        page.zoneId(),
                        d.sector(),
                        d.website(),
                        page.editable()))
                .header(HttpHeaders.ETAG, VersionTag.of(page.id(), page.version()))
                .build();
    }
}
