package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ReserveListing;

/**
 * The public reserve for scripts (no sign-in): {@code GET /api/reserve/projects} with the page's filters and paging,
 * {@code GET /api/reserve/projects/{id}} for one listed project. A bad filter value answers 422 naming the parameter;
 * anything not listed answers 404. Zone names come in the language of {@code lang} or {@code Accept-Language}.
 */
@Path("/reserve/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_RESERVE)
public class PublicReserveResource {

    @Inject
    ReserveListing listing;

    @GET
    @Operation(
            summary = "Search the listed green projects",
            description =
                    "The public green project reserve, with the filters of its page, a page at a time. No sign-in. Note that this older list counts `page` from 0 and answers its own envelope (`total`, `page`, `size`, `projects`). A bad filter value answers 422 naming the parameter.")
    @Parameter(
            name = "q",
            in = ParameterIn.QUERY,
            description = "Words of the title, summary or location.",
            example = "solar")
    @Parameter(
            name = "category",
            in = ParameterIn.QUERY,
            description =
                    "A green category (`ENERGY_SAVING_AND_ENVIRONMENTAL_PROTECTION`, `CLEAN_PRODUCTION`, `CLEAN_ENERGY`, `ECOLOGICAL_ENVIRONMENT`, `GREEN_INFRASTRUCTURE_UPGRADE`, `GREEN_SERVICES`).",
            example = "CLEAN_ENERGY")
    @Parameter(name = "zone", in = ParameterIn.QUERY, description = "A zone's code.", example = "SZ-HTZ")
    @Parameter(
            name = "stage",
            in = ParameterIn.QUERY,
            description = "The project's stage (`CONCEPT`, `PILOT`, `CONSTRUCTION`, `OPERATION`, …).",
            example = "CONSTRUCTION")
    @Parameter(
            name = "instrument",
            in = ParameterIn.QUERY,
            description = "A financing instrument sought (`GREEN_LOAN`, `GREEN_BOND`, `GUIDANCE_FUND`, `EQUITY`, …).",
            example = "GREEN_LOAN")
    @Parameter(
            name = "minAmount",
            in = ParameterIn.QUERY,
            description = "The least financing sought, in yuan.",
            example = "1000000")
    @Parameter(
            name = "maxAmount",
            in = ParameterIn.QUERY,
            description = "The most financing sought, in yuan.",
            example = "50000000")
    @Parameter(
            name = "grade",
            in = ParameterIn.QUERY,
            description = "The screening grade: `A`, `B` or `C`.",
            example = "A")
    @Parameter(
            name = "page",
            in = ParameterIn.QUERY,
            description = "Which page, counting from 0 (default 0).",
            example = "0")
    @Parameter(
            name = "size",
            in = ParameterIn.QUERY,
            description = "How many projects a page holds, at most 100 (default 20).",
            example = "20")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description =
                    "The language of zone names: `en`, `zh-CN`, `th` or `vi`. Default: the first language of `Accept-Language`, else English.",
            example = "en")
    @APIResponse(
            responseCode = "200",
            description = "The number of matching projects and this page of them.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReserveListing.Page.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"total\":1,\"page\":0,\"size\":20,\"projects\":[{\"id\":23,\"title\":\"Rooftop solar for the east industrial park\",\"summary\":\"4.2 MW of rooftop solar on six factory roofs.\",\"category\":\"CLEAN_ENERGY\",\"zoneCode\":\"SZ-HTZ\",\"zoneName\":\"Suzhou High-Tech Zone\",\"location\":\"East industrial park\",\"stage\":\"CONSTRUCTION\",\"financingSoughtYuan\":18000000,\"instruments\":[\"GREEN_LOAN\"],\"expected\":{\"energySavedTce\":1500,\"co2AvoidedT\":3900,\"waterSavedM3\":0,\"wasteRecycledT\":0},\"grade\":\"A\",\"listedUntil\":\"2027-06-30\",\"contact\":null}]}")))
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public ReserveListing.Page list(
            @QueryParam("q") String text,
            @QueryParam("category") String category,
            @QueryParam("zone") String zone,
            @QueryParam("stage") String stage,
            @QueryParam("instrument") String instrument,
            @QueryParam("minAmount") String minAmount,
            @QueryParam("maxAmount") String maxAmount,
            @QueryParam("grade") String grade,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return listing.search(
                ReserveListing.filter(text, category, zone, stage, instrument, minAmount, maxAmount, grade),
                language(lang, acceptLanguage),
                whole("page", page, 0),
                whole("size", size, 20));
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "Read one listed project",
            description =
                    "A project listed in the public reserve today. No sign-in; anything not listed answers 404, so a link to a draft tells nothing. The owner's contact is shown only to funders, and only when the owner chose to.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description = "The language of the zone's name: `en`, `zh-CN`, `th` or `vi`.",
            example = "en")
    @APIResponse(
            responseCode = "200",
            description = "The listed project.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReserveListing.Listed.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"id\":23,\"title\":\"Rooftop solar for the east industrial park\",\"summary\":\"4.2 MW of rooftop solar on six factory roofs.\",\"category\":\"CLEAN_ENERGY\",\"zoneCode\":\"SZ-HTZ\",\"zoneName\":\"Suzhou High-Tech Zone\",\"location\":\"East industrial park\",\"stage\":\"CONSTRUCTION\",\"financingSoughtYuan\":18000000,\"instruments\":[\"GREEN_LOAN\"],\"expected\":{\"energySavedTce\":1500,\"co2AvoidedT\":3900,\"waterSavedM3\":0,\"wasteRecycledT\":0},\"grade\":\"A\",\"listedUntil\":\"2027-06-30\",\"contact\":null}")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public ReserveListing.Listed project(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return listing.project(id, language(lang, acceptLanguage));
    }

    private static int whole(String parameter, String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid(parameter, "reserve.public.notWholeNumber");
        }
    }

    private static Language language(String lang, String acceptLanguage) {
        String first = acceptLanguage == null ? null : acceptLanguage.split("[,;]")[0];
        return Language.fromTag(lang).or(() -> Language.fromTag(first)).orElse(Language.ENGLISH);
    }
}
