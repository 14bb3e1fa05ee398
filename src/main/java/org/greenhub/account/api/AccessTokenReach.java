package org.greenhub.account.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import org.greenhub.account.application.AccessTokens;
import org.greenhub.account.application.TokenThrottle;
import org.greenhub.account.domain.ApiArea;
import org.greenhub.platform.api.ProblemFactory;

/**
 * Holds a call made with a personal access token to the token's reach: its calls per minute (429 with
 * {@code Retry-After}), read-only tokens make only safe calls (403), and a token limited to some areas reaches only
 * resources of those areas (403). The token's owner's own rights are then checked by the use case, as for any call.
 */
@Provider
public class AccessTokenReach implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    TokenThrottle throttle;

    @Inject
    ProblemFactory problems;

    @Context
    HttpServletRequest servletRequest;

    @Context
    ResourceInfo resource;

    @Context
    HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(servletRequest.getAttribute(AccessTokens.Grant.ATTRIBUTE) instanceof AccessTokens.Grant grant)) {
            return;
        }
        long wait = throttle.call(grant.tokenId());
        if (wait > 0) {
            request.abortWith(
                    Response.fromResponse(problems.problem(429, "account.token.throttled", null, headers, wait)
                                    .toResponse())
                            .header("Retry-After", wait)
                            .build());
            return;
        }
        if (!grant.canWrite() && !SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            request.abortWith(problems.problem(403, "account.token.readOnly", null, headers)
                    .toResponse());
            return;
        }
        ApiArea area = resource.getResourceClass() == null
                ? null
                : ApiArea.ofResource(resource.getResourceClass().getName()).orElse(null);
        if (!grant.reaches(area)) {
            request.abortWith(problems.problem(403, "account.token.outsideArea", null, headers)
                    .toResponse());
        }
    }
}
