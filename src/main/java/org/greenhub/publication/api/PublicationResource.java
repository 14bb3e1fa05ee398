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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
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
@Tag(name = ApiDocs.TAG_PUBLICATION)
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
    @Operation(
            summary = "Read a competition's transparency pack",
            description =
                    "The anonymised scores and rules of a competition's final round once its awards are public (docs/transparency.md), postable to `POST /api/evaluation/calculate` as it is. No sign-in; unpublished results answer 404 like unknown ids.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The competition edition's id.", example = "3")
    @APIResponse(
            responseCode = "200",
            description = "The pack (`greenhub-transparency-pack/1`).",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"format\":\"greenhub-transparency-pack/1\",\"programme\":\"competition\",\"competitionId\":3,\"competition\":\"Green Innovation Challenge 2026\",\"roundId\":12,\"round\":\"Final\",\"criteria\":[{\"code\":\"tech\",\"weight\":60,\"min\":0,\"max\":10}],\"method\":{\"type\":\"MEAN\"},\"tieBreak\":[],\"scores\":[{\"entry\":\"E1\",\"judge\":\"J1\",\"criterion\":\"tech\",\"value\":8}]}")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response competitionPack(@PathParam("id") long competitionId) {
        return pack(packs.forCompetition(competitionId));
    }

    @GET
    @Path("/rounds/{id}/transparency")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Read a round's transparency pack",
            description =
                    "The transparency pack of any round of an edition whose awards are public. No sign-in; 404 otherwise.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The evaluation round's id.", example = "12")
    @APIResponse(
            responseCode = "200",
            description = "The pack (`greenhub-transparency-pack/1`).",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"format\":\"greenhub-transparency-pack/1\",\"programme\":\"competition\",\"competitionId\":3,\"competition\":\"Green Innovation Challenge 2026\",\"roundId\":12,\"round\":\"Final\",\"criteria\":[{\"code\":\"tech\",\"weight\":60,\"min\":0,\"max\":10}],\"method\":{\"type\":\"MEAN\"},\"tieBreak\":[],\"scores\":[{\"entry\":\"E1\",\"judge\":\"J1\",\"criterion\":\"tech\",\"value\":8}]}")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
    @Operation(
            summary = "Download an award certificate",
            description =
                    "The PDF certificate of a final, standing award, by its verification code, in the awardee's language unless `lang` asks for another. No sign-in; an unknown or withdrawn code answers 404.")
    @Parameter(
            name = "code",
            in = ParameterIn.PATH,
            description = "The certificate's verification code, as printed on it.",
            example = "GH-7K3M-9QXP")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description = "The certificate's language: `en`, `zh-CN`, `th` or `vi` (default: the awardee's).",
            example = "en")
    @APIResponse(
            responseCode = "200",
            description = "The certificate, as an attachment.",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
    @Operation(
            summary = "Read the publication feed",
            description =
                    "An Atom feed of what GreenHub published: open competitions, provisional and final results. No sign-in.")
    @Parameter(
            name = "lang",
            in = ParameterIn.QUERY,
            description =
                    "The feed's language: `en`, `zh-CN`, `th` or `vi`. Default: the first language of `Accept-Language`, else English.",
            example = "th")
    @APIResponse(
            responseCode = "200",
            description = "The Atom feed, newest first.",
            content =
                    @Content(
                            mediaType = "application/atom+xml",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"><id>urn:greenhub:publication</id><title>GreenHub</title></feed>")))
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
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
