package org.greenhub.platform.api;

import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list as the API answers it: the items, where the page stands and how many there are in all. The
 * same links go into the {@code Link} header (RFC 8288: first, prev, next, last), so clients may follow either.
 */
@Schema(
        description = "One page of a list (`?page`, `?size`); the same links are in the `Link` header.",
        example = "{\"items\":[],\"page\":2,\"size\":20,\"total\":45,\"pages\":3}")
public record PageEnvelope<T>(
        @Schema(description = "The items of this page, in the list's order.")
        List<T> items,

        @Schema(description = "This page, counting from 1.", example = "2")
        int page,

        @Schema(description = "At most this many items a page.", example = "20")
        int size,

        @Schema(description = "How many items in all pages.", example = "45")
        long total,

        @Schema(description = "How many pages (at least 1).", example = "3")
        int pages) {

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
