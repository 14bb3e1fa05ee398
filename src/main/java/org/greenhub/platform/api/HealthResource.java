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

/** For load balancers and operators: UP when the application answers and its database does too. */
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
                    "For load balancers and operators: UP when the application answers and its database does too. No sign-in.")
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
}
