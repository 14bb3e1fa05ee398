package org.greenhub.platform.api;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For load balancers, orchestrators and operators. {@code GET /api/health} is readiness with the database (UP when
 * the application answers and its database does too: for monitoring); {@code GET /api/health/live} is liveness (UP
 * whenever the application is deployed and answers, the database not asked: for the balancer's node checks and
 * Kubernetes' probes), so a database outage takes no node out and users get GreenHub's own 503 page from each node.
 */
@Path("/health")
@Tag(name = ApiDocs.TAG_PLATFORM)
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/GreenHubDS")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check that GreenHub and its database answer",
            description =
                    "For monitoring and operators: UP when the application answers and its database does too; 503 DOWN"
                            + " while the database is out of reach. Load balancers and probes should check"
                            + " GET /api/health/live instead, which does not depend on the database. No sign-in.")
    @APIResponse(
            responseCode = "200",
            description = "Up.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"status\":\"UP\",\"checks\":{\"database\":\"UP\"}}")))
    @APIResponse(
            responseCode = "503",
            description = "The database does not answer.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\"}}")))
    public Response health() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (Exception e) {
            database = false;
        }
        String status = database ? "UP" : "DOWN";
        return Response.status(database ? 200 : 503)
                .entity(Map.of("status", status, "checks", Map.of("database", status)))
                .build();
    }

    @GET
    @Path("live")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Check that GreenHub answers (liveness)",
            description = "For load balancers and probes: UP whenever the application is deployed and answers; the"
                    + " database is not asked, so a database outage takes no node out of service (each node then"
                    + " answers its own 503 with Retry-After). A node that is starting or stopped does not answer 200."
                    + " GET /api/health is the check with the database. No sign-in.")
    @APIResponse(
            responseCode = "200",
            description = "Up.",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = "{\"status\":\"UP\"}")))
    public Response live() {
        // No database call on purpose: a check that asks the shared database would fail on every node at once.
        return Response.ok(Map.of("status", "UP")).build();
    }
}
