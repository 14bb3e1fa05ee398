package org.greenhub.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.greenhub.platform.config.AllowedOrigins;
import org.greenhub.platform.config.GreenHubConfig;

/**
 * Cross-origin calls (CORS) for the sites an operator names in {@code GREENHUB_CORS_ORIGINS}, and for no other: a
 * zone's statistics portal may read and change through the API with a personal access token from its own pages. No
 * {@code Access-Control-Allow-Credentials} is ever sent, so a browser never lets another site's page use GreenHub's
 * session cookie; {@link SessionOriginCheck} refuses changes that carry one anyway. With no site named, no CORS header
 * is sent and browsers keep other sites' pages out, as before.
 */
@Provider
@PreMatching
// before the origin check and authentication: a preflight carries no credentials and is answered here
@Priority(Priorities.AUTHENTICATION - 100)
public class CrossOriginPolicy implements ContainerRequestFilter, ContainerResponseFilter {

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, Accept, Accept-Language, If-Match, If-None-Match";
    /** What a script on the other site may read of an answer besides the simple headers. */
    static final String EXPOSED_HEADERS = "ETag, Link, Location, Retry-After, Content-Disposition, X-Total-Count";
    /** Ten minutes: browsers ask again soon after an operator changes the list. */
    static final String PREFLIGHT_MAX_AGE = "600";

    @Inject
    GreenHubConfig config;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        String requestedMethod = request.getHeaderString("Access-Control-Request-Method");
        if (!"OPTIONS".equalsIgnoreCase(request.getMethod()) || origin == null || requestedMethod == null) {
            return;
        }
        if (!isPreflightAllowed(config.allowedOrigins(), origin, requestedMethod)) {
            // no CORS headers: the browser stops the call it asked about
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Origin", origin)
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", PREFLIGHT_MAX_AGE)
                .header("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        MultivaluedMap<String, Object> headers = response.getHeaders();
        if (headers.containsKey("Access-Control-Allow-Origin")) {
            return;
        }
        // caches must not hand one site's answer to another
        headers.add("Vary", "Origin");
        // a preflight that reaches this point was not allowed (an allowed one was answered above)
        boolean refusedPreflight = request.getHeaderString("Access-Control-Request-Method") != null
                && "OPTIONS".equalsIgnoreCase(request.getMethod());
        if (origin != null && !refusedPreflight && config.allowedOrigins().allows(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        }
    }

    static boolean isPreflightAllowed(AllowedOrigins origins, String origin, String requestedMethod) {
        return origins.allows(origin) && METHODS.contains(requestedMethod.trim().toUpperCase(Locale.ROOT));
    }
}
