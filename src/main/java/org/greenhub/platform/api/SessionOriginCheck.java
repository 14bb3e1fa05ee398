package org.greenhub.platform.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.config.PublicAddress;

/**
 * Cross-site request forgery stops here. A browser sends GreenHub's session cookie with requests that any site starts,
 * so an API change (POST, PUT, PATCH, DELETE) signed in by the session is refused with 403 unless it comes from a
 * GreenHub page: its {@code Origin} is the public origin ({@code GREENHUB_BASE_URL}), or, when a browser sent no
 * {@code Origin}, its {@code Referer} is a page below the base URL. A change with an {@code Origin} of another site is
 * refused however it is signed in (a browser may also repeat remembered Basic credentials on its own). Scripts that
 * sign in with HTTP Basic send no {@code Origin} and pass as before; reads are never checked. A call signed in by a
 * personal access token passes from any origin: a browser never adds a token by itself, so there is nothing to forge,
 * and the sites allowed to make such calls from their pages are {@link CrossOriginPolicy}'s to name.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class SessionOriginCheck implements ContainerRequestFilter {

    /** Request attribute set by the authentication mechanism when the session cookie signed the request in. */
    public static final String SESSION_AUTHENTICATED = "greenhub.sessionAuthenticated";

    /** Request attribute set by the authentication mechanism when a personal access token signed the request in. */
    public static final String TOKEN_AUTHENTICATED = "greenhub.tokenAuthenticated";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    GreenHubConfig config;

    @Inject
    ProblemFactory problems;

    @Context
    HttpServletRequest servletRequest;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        if (Boolean.TRUE.equals(servletRequest.getAttribute(TOKEN_AUTHENTICATED))) {
            return;
        }
        boolean bySession = Boolean.TRUE.equals(servletRequest.getAttribute(SESSION_AUTHENTICATED));
        if (!fromGreenHub(
                config.publicAddress(),
                request.getHeaderString("Origin"),
                request.getHeaderString("Referer"),
                bySession)) {
            request.abortWith(problems.problem(403, "platform.api.crossOrigin", null, headers)
                    .toResponse());
        }
    }

    /** Whether a change may go on: the origin the browser named is GreenHub's, or there is none and nothing to forge. */
    static boolean fromGreenHub(PublicAddress address, String origin, String referer, boolean bySession) {
        if (origin != null) {
            return address.isOrigin(origin);
        }
        return !bySession || address.isPageOf(referer);
    }
}
