package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.DeclarationStatus;

/**
 * Reading a zone's declarations for scripts: its administrators list them ({@code GET /api/zones/{code}/declarations}),
 * and they or the organisation's people read one version with its versions. The checks are the declaration pages'
 * own: another zone, or a version the caller may not read, answers 404. Same class path as
 * {@link DeclarationResource}: RESTEasy picks the class with the longest matching path first, so a longer one here
 * would hide its POST.
 */
@Path("/zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zones", description = "A zone's green development: declarations, reports and accounting.")
public class ZoneDeclarationsResource {

    @Inject
    Declarations declarations;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/{code}/declarations")
    @Operation(
            summary = "A zone's declarations, for its administrators",
            description = "Filed versions, newest filing first, optionally in one status. Drafts stay the "
                    + "enterprise's own.")
    @APIResponse(responseCode = "200", description = "A page of versions, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or status, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No zone the caller administers has this code.")
    public Response declarations(
            @Parameter(description = "The zone's code") @PathParam("code") String code,
            @Parameter(description = "SUBMITTED, RETURNED or ACCEPTED; all when absent") @QueryParam("status")
                    String status,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        DeclarationStatus wanted = QueryParameters.choice("status", status, DeclarationStatus.class);
        return PageEnvelope.of(
                        declarations.page(code, wanted, request.offset(), request.size()),
                        request,
                        declarations.count(code, wanted))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/{code}/declarations/{id}")
    @Operation(
            summary = "One declaration version",
            description = "Its figures, energy and CO2 as accounted, and the versions of its enterprise-year, for "
                    + "the zone's administrators (with the plausibility flags) and the organisation's people.")
    @APIResponse(responseCode = "200", description = "The version.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No version of this zone that the caller may read has this id.")
    public Declarations.DeclarationView declaration(
            @Parameter(description = "The zone's code") @PathParam("code") String code,
            @Parameter(description = "The version's id") @PathParam("id") long id) {
        return declarations.show(code, id);
    }
}
