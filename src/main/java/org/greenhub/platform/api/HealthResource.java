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

/** For load balancers and operators: UP when the application answers and its database does too. */
@Path("/health")
public class HealthResource {

    @Resource(lookup = "java:jboss/datasources/GreenHubDS")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
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
