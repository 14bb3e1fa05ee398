package org.greenhub.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A malformed {@code Accept} header (a media range that does not parse, a {@code q} that is not a number from 0 to 1)
 * is the caller's mistake: 400 with a problem document, before the runtime trips over it while choosing a resource
 * (which it would report as a server error).
 */
@Provider
@PreMatching
public class AcceptHeaderFilter implements ContainerRequestFilter {

    @Inject
    ProblemFactory problems;

    @Override
    public void filter(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && !accept.stream().allMatch(AcceptHeaderFilter::wellFormed)) {
            request.abortWith(problems.problem(
                            400,
                            "platform.api.badRequest",
                            null,
                            List.of(),
                            problems.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                    .toResponse());
        }
    }

    static boolean wellFormed(String header) {
        for (String range : header.split(",")) {
            if (range.isBlank()) {
                continue;
            }
            try {
                MediaType type = MediaType.valueOf(range.strip());
                String q = type.getParameters().get("q");
                if (q != null) {
                    float weight = Float.parseFloat(q);
                    if (!(weight >= 0 && weight <= 1)) {
                        return false;
                    }
                }
            } catch (RuntimeException malformed) {
                return false;
            }
        }
        return true;
    }
}
