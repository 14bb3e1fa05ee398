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
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.reserve.application.ProjectResults;
import org.greenhub.reserve.domain.ProjectResult;

/**
 * A financed project's owner reports a year's realised benefits ({@code POST /api/reserve/projects/{id}/results}):
 * 201 with the project's financing page as Location; 422 problem naming the field (a negative figure, a year outside
 * the reporting years or not over, a year already reported); 404 for a project that is not the caller's.
 */
@Path("/reserve/projects/{id}/results")
public class ProjectResultsResource {

    @Inject
    ProjectResults results;

    @Inject
    GreenHubConfig config;

    /** The body: the year and its figures, in the units of {@link org.greenhub.reserve.domain.Benefits}. */
    public record ResultBody(
            Integer year,
            BigDecimal energySavedTce,
            BigDecimal co2AvoidedT,
            BigDecimal waterSavedM3,
            BigDecimal wasteRecycledT) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
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
