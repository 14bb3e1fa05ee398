package org.greenhub.incubation.residency.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.incubation.residency.application.ResidencyQueries;
import org.greenhub.incubation.residency.domain.ResidencyStatus;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.QueryParameters;

/**
 * Residencies for scripts: a start-up's people list their own residencies, an incubator's managers its residents
 * ({@code ?incubator=}), and both read a residency's periodic reports. The checks are the residency pages' own: an
 * incubator the caller does not manage, or a residency they may not read, answers 404. Reports are filed with
 * {@code POST /api/incubation/residencies/{id}/reports} ({@link ResidencyResource}, at the same root path: RESTEasy
 * matches a request to the class with the longest path first, so a longer one here would hide that POST).
 */
@Path("/incubation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incubation", description = "Intake calls, a start-up's applications, residencies and their reports.")
public class ResidentsResource {

    @Inject
    ResidencyQueries queries;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/residencies")
    @Operation(
            summary = "My residencies, or an incubator's residents",
            description = "Without incubator: the residencies of the organisations the caller belongs to. With "
                    + "incubator: that incubator's residents by organisation, for its managers, optionally in one "
                    + "status.")
    @APIResponse(responseCode = "200", description = "A page of residencies, with Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size or status, named in the problem's field.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "The caller does not manage this incubator.")
    public Response residencies(
            @Parameter(description = "An incubator the caller manages: its residents") @QueryParam("incubator")
                    Long incubator,
            @Parameter(description = "With incubator: ACTIVE, GRADUATED or EXITED; all when absent")
                    @QueryParam("status")
                    String status,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        if (incubator == null) {
            ResidencyQueries.MyResidenciesPage mine = queries.mine(request.offset(), request.size());
            return PageEnvelope.of(mine.rows(), request, mine.total()).toResponse(uriInfo);
        }
        ResidencyStatus wanted = QueryParameters.choice("status", status, ResidencyStatus.class);
        List<ResidencyQueries.ResidentRow> rows =
                queries.residents(incubator, wanted, request.offset(), request.size(), null, true);
        return PageEnvelope.of(rows, request, queries.countResidents(incubator, wanted))
                .toResponse(uriInfo);
    }

    @GET
    @Path("/residencies/{id}/reports")
    @Operation(
            summary = "A residency's reports",
            description = "Periodic and alumni reports by period, due or filed, for the start-up's people and the "
                    + "incubator's managers.")
    @APIResponse(responseCode = "200", description = "A page of reports, with Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "No residency the caller may read has this id.")
    public Response reports(
            @Parameter(description = "The residency's id") @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        ResidencyQueries.ReportsPage reports = queries.reports(id, request.offset(), request.size());
        return PageEnvelope.of(reports.rows(), request, reports.total()).toResponse(uriInfo);
    }
}
