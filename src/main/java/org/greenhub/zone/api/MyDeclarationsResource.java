package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.MyDeclarations;

/**
 * The enterprise's own declarations for scripts ({@code GET /api/zones/declarations/mine}): its people list what their
 * organisations declared, to every zone and in every year, a page at a time. One version is read at
 * {@code GET /api/zones/{code}/declarations/{id}}. Same class path as {@link ZoneDeclarationsResource} and
 * {@link DeclarationResource}, as a longer one would hide their methods; the literal {@code /declarations/mine} never
 * matches their {@code /{code}/declarations}, whose second segment is always {@code declarations}.
 */
@Path("/zones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_ZONE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class MyDeclarationsResource {

    /** The first year any zone took declarations for. */
    private static final int FIRST_YEAR = 2000;

    @Inject
    MyDeclarations declarations;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @GET
    @Path("/declarations/mine")
    @Operation(
            summary = "My organisations' declarations",
            description = "For the people of an enterprise: the annual declarations of every organisation I am"
                    + " affiliated with today, to any zone, drafts included, the latest year first (within a year the"
                    + " newest version first), a page at a time; optionally of one year. Zone names come in the"
                    + " caller's language.")
    @Parameter(name = "year", in = ParameterIn.QUERY, description = "The declared year.", example = "2025")
    @APIResponse(
            responseCode = "200",
            description = "A page of declaration versions.",
            headers = {@Header(ref = ApiDocs.LINK), @Header(ref = ApiDocs.TOTAL_COUNT)},
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = ApiDocs.PAGE_ENVELOPE_SCHEMA),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"items\":[{\"id\":41,\"organisationId\":7,\"organisation\":\"Sun Roofs Co\","
                                                            + "\"zoneCode\":\"SZ-HTZ\",\"zone\":\"Suzhou High-Tech Zone\",\"year\":2025,"
                                                            + "\"number\":2,\"status\":\"RETURNED\",\"filedAt\":\"2026-02-10T03:00:00Z\","
                                                            + "\"returnReason\":\"Natural gas is missing.\"}],\"page\":1,\"size\":20,"
                                                            + "\"total\":1,\"pages\":1}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response mine(
            @QueryParam("year") String year,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        MyDeclarations.MyPage found =
                declarations.page(year(year), Language.of(problems.locale(headers)), request.offset(), request.size());
        return PageEnvelope.of(found.rows(), request, found.total()).toResponse(uriInfo);
    }

    /** A year of four digits from 2000 on; null when absent. */
    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String given = value.strip();
        if (given.matches("\\d{4}") && Integer.parseInt(given) >= FIRST_YEAR) {
            return Integer.parseInt(given);
        }
        throw DomainException.badRequest("year", "zone.api.query.year", String.valueOf(FIRST_YEAR));
    }
}
