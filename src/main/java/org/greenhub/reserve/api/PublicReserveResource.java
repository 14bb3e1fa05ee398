package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
public class PublicReserveResource {

    @Inject
    ReserveListing listing;

    @GET
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
