package org.greenhub.publication.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.files.ContentDisposition;
import org.greenhub.platform.i18n.Language;
import org.greenhub.publication.application.Certificates;
import org.greenhub.publication.application.Feed;
import org.greenhub.publication.application.TransparencyPack;
import org.greenhub.publication.application.TransparencyPacks;

/**
 * The public record, no sign-in: transparency packs (JSON, postable to the calculator as they are), award
 * certificates (PDF) and the feed (Atom). Unpublished results answer 404 like unknown ids.
 */
@Path("/publication")
public class PublicationResource {

    @Inject
    TransparencyPacks packs;

    @Inject
    Certificates certificates;

    @Inject
    Feed feed;

    @Inject
    GreenHubConfig config;

    @GET
    @Path("/competitions/{id}/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    public Response competitionPack(@PathParam("id") long competitionId) {
        return pack(packs.forCompetition(competitionId));
    }

    @GET
    @Path("/rounds/{id}/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    public Response roundPack(@PathParam("id") long roundId) {
        return pack(packs.forRound(roundId));
    }

    private static Response pack(TransparencyPack pack) {
        return Response.ok(pack)
                .header(
                        "Content-Disposition",
                        ContentDisposition.inline("transparency-round-" + pack.roundId() + ".json"))
                .build();
    }

    @GET
    @Path("/certificates/{code}")
    @Produces("application/pdf")
    public Response certificate(@PathParam("code") String code, @QueryParam("lang") String language) {
        Certificates.Certificate certificate = certificates.certificate(code, language);
        return Response.ok(certificate.pdf(), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(certificate.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @GET
    @Path("/feed.atom")
    @Produces("application/atom+xml")
    public Response atom(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String acceptLanguage) {
        Language language = Language.fromTag(lang)
                .or(() -> Language.fromTag(first(acceptLanguage)))
                .orElse(Language.ENGLISH);
        List<Feed.Item> items = feed.items(language);
        String base = config.baseUrl().replaceAll("/+$", "");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(language.tag())
                .append("\">\n")
                .append("  <id>urn:greenhub:publication</id>\n  <title>GreenHub</title>\n")
                .append("  <link rel=\"self\" href=\"")
                .append(escape(base + "/api/publication/feed.atom"))
                .append("\"/>\n")
                .append("  <updated>")
                .append(time(items.isEmpty() ? Instant.EPOCH : items.get(0).updated()))
                .append("</updated>\n");
        for (Feed.Item item : items) {
            xml.append("  <entry>\n    <id>")
                    .append(escape(item.id()))
                    .append("</id>\n    <title>")
                    .append(escape(item.title()))
                    .append("</title>\n    <updated>")
                    .append(time(item.updated()))
                    .append("</updated>\n    <link href=\"")
                    .append(escape(item.link()))
                    .append("\"/>\n    <summary>")
                    .append(escape(item.summary()))
                    .append("</summary>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        return Response.ok(xml.toString(), "application/atom+xml; charset=UTF-8")
                .build();
    }

    private static String first(String acceptLanguage) {
        return acceptLanguage == null ? null : acceptLanguage.split("[,;]")[0];
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
