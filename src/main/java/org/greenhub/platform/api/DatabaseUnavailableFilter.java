package org.greenhub.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.greenhub.platform.error.DatabaseUnavailable;

/**
 * When the caller's sign-in could not be checked because the database is out of reach, the API answers 503 with a
 * problem document rather than treating the caller as anonymous (which would answer 401 or show public data only).
 * Servlet request attributes are this context's properties.
 */
@Provider
@PreMatching
public class DatabaseUnavailableFilter implements ContainerRequestFilter {

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getProperty(DatabaseUnavailable.REQUEST_ATTRIBUTE) != null) {
            request.abortWith(problems.problem(503, "platform.error.unavailable", null, headers).toResponse());
        }
    }
}
