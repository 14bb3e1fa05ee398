package org.greenhub.platform.api;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list as the API answers it: the items, where the page stands and how many there are in all. The
 * same links go into the {@code Link} header (RFC 8288: first, prev, next, last), so clients may follow either.
 */
public record PageEnvelope<T>(List<T> items, int page, int size, long total, int pages) {

    public static <T> PageEnvelope<T> of(List<T> items, PageRequest request, long total) {
        int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
        return new PageEnvelope<>(List.copyOf(items), request.page(), request.size(), total, pages);
    }

    /** 200 with this envelope, its {@code Link} header built on the request's own address and filters. */
    public Response toResponse(UriInfo uri) {
        List<Link> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, pages), "prev"));
        }
        if (page < pages) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, pages, "last"));
        return Response.ok(this)
                .links(links.toArray(Link[]::new))
                .header("X-Total-Count", total)
                .build();
    }

    private Link link(UriInfo uri, int target, String rel) {
        return Link.fromUriBuilder(uri.getRequestUriBuilder()
                        .replaceQueryParam("page", target)
                        .replaceQueryParam("size", size))
                .rel(rel)
                .build();
    }
}
