package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.reserve.application.ProjectResults;
import org.greenhub.reserve.domain.ProjectResult;

/**
 * A financed project's owner reports a year's realised benefits ({@code POST /api/reserve/projects/{id}/results}):
 * 201 with the project's financing page as Location; 422 problem naming the field (a negative figure, a year outside
 * the reporting years or not over, a year already reported); 404 for a project that is not the caller's.
 */
@Path("/reserve/projects/{id}/results")
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ProjectResultsResource {

    @Inject
    ProjectResults results;

    @Inject
    GreenHubConfig config;

    /** The body: the year and its figures, in the units of {@link org.greenhub.reserve.domain.Benefits}. */
    @Schema(
            description =
                    "A year's realised benefits: energy saved (tce), CO2 avoided (t), water saved (m³), waste recycled (t).",
            example =
                    "{\"year\":2026,\"energySavedTce\":1420,\"co2AvoidedT\":3710,\"waterSavedM3\":0,\"wasteRecycledT\":0}")
    public record ResultBody(
            Integer year,
            BigDecimal energySavedTce,
            BigDecimal co2AvoidedT,
            BigDecimal waterSavedM3,
            BigDecimal wasteRecycledT) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a year's realised benefits",
            description =
                    "A financed project's owner reports the benefits realised in a year. 422 names the field: a negative figure, a year outside the reporting years or not over yet, a year already reported. 404 for a project that is not the caller's.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @RequestBody(
            description =
                    "The year and its realised figures: energy saved in tce, CO2 avoided in t, water saved in m³, waste recycled in t.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ResultBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"year\":2026,\"energySavedTce\":1420,\"co2AvoidedT\":3710,\"waterSavedM3\":0,\"wasteRecycledT\":0}")))
    @APIResponse(
            responseCode = "201",
            description = "Reported; `Location` is the project's financing page.",
            headers = {@Header(ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"resultId\":9,\"projectId\":23,\"year\":2026}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response report(@PathParam("id") long projectId, ResultBody body) {
        ResultBody given = body == null ? new ResultBody(null, null, null, null, null) : body;
        ProjectResult reported = results.report(
                projectId,
                given.year(),
                ProjectResult.realised(
                        given.energySavedTce(), given.co2AvoidedT(), given.waterSavedM3(), given.wasteRecycledT()));
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI page = URI.create(config.publicAddress().url("/reserve/financing.xhtml?project=" + projectId));
        return Response.created(page)
                .entity(Map.of("resultId", reported.getId(), "projectId", projectId, "year", reported.getYear()))
                .build();
    }
}
