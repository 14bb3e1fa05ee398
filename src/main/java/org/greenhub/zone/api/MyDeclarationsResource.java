package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileForm;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.UploadedFile;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.zone.application.DeclarationEvidenceFiles;
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
    DeclarationEvidenceFiles evidence;

    @Inject
    GreenHubConfig config;

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

    /** An evidence file as the API answers it, with where it downloads from. */
    @Schema(description = "An evidence file attached to a declaration version.")
    public record EvidenceFile(
            long id,
            String fileName,

            @Schema(description = "The type its content was recognised as.")
            String contentType,

            long sizeBytes,
            Instant attachedAt,

            @Schema(description = "Where the enterprise and the zone's administrators download it.")
            String href) {

        static EvidenceFile of(DeclarationEvidenceFiles.AttachedFile file) {
            return new EvidenceFile(
                    file.id(),
                    file.fileName(),
                    file.contentType(),
                    file.sizeBytes(),
                    file.attachedAt(),
                    "/api/zone/declaration-evidence/" + file.id());
        }
    }

    @GET
    @Path("/declarations/mine/{id}/evidence")
    @Operation(
            summary = "My declaration's evidence files",
            description = "The evidence files of a declaration version of an organisation I am affiliated with today,"
                    + " oldest first, a page at a time, each with where it downloads from.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The declaration version's id.", example = "41")
    @APIResponse(
            responseCode = "200",
            description = "A page of evidence files.",
            headers = {@Header(ref = ApiDocs.LINK), @Header(ref = ApiDocs.TOTAL_COUNT)},
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = ApiDocs.PAGE_ENVELOPE_SCHEMA),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"items\":[" + EVIDENCE_EXAMPLE
                                                    + "],\"page\":1,\"size\":20,\"total\":1,\"pages\":1}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response evidenceFiles(
            @PathParam("id") long id,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        DeclarationEvidenceFiles.AttachedPage found = evidence.attachedPage(id, request.offset(), request.size());
        List<EvidenceFile> items = found.rows().stream().map(EvidenceFile::of).toList();
        return PageEnvelope.of(items, request, found.total()).toResponse(uriInfo);
    }

    private static final String ATTACH_SUMMARY = "Attach an evidence file to my declaration";

    private static final String ATTACH_DESCRIPTION = "Attaches a file (an energy bill, an audit report) to a"
            + " declaration version of an organisation I am affiliated with today, as the declaration page does: to a"
            + " draft, or to a version filed and not yet accepted, at most 20 files a version. Either the request body"
            + " is the file itself, its name the name parameter; or the body is a multipart/form-data form (an HTML"
            + " form, curl -F file=@bill.pdf) with one file, whose part's file name is its name. Checked by content"
            + " (PDF, PPTX, XLSX, PNG or JPEG, at most 20 MB, a plain name); a refused file stores nothing. The zone's"
            + " administrators read evidence but do not attach it: 404 for them, as for anyone else.";

    private static final String EVIDENCE_EXAMPLE = "{\"id\":12,\"fileName\":\"electricity-bills-2025.pdf\","
            + "\"contentType\":\"application/pdf\",\"sizeBytes\":184320,\"attachedAt\":\"2026-02-10T03:00:00Z\","
            + "\"href\":\"/api/zone/declaration-evidence/12\"}";

    @POST
    @Path("/declarations/mine/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = ATTACH_SUMMARY, description = ATTACH_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The declaration version's id.", example = "41")
    @RequestBody(
            required = true,
            description = "The file itself (with its own content type, or application/octet-stream) and its name in"
                    + " the name parameter; or a form whose part \"file\" carries the file and its file name.",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = FileForm.class))
            })
    @APIResponse(
            responseCode = "201",
            description = "The file attached; Location is where it downloads from.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = EvidenceFile.class),
                            examples = @ExampleObject(name = "example", value = EVIDENCE_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "No name, or (a form) no file part or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The version is accepted: it is kept as the zone accepted it.")
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (empty, its type, size or name, a form's file part without a file name),"
                    + " or the version already has 20 files.")
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response attachEvidence(
            @PathParam("id") long id,
            @Parameter(description = "The file's name, with its extension (not with a form).") @QueryParam("name")
                    String name,
            byte[] content) {
        if (name == null || name.isBlank()) {
            throw DomainException.badRequest("name", "platform.validation.required");
        }
        return created(evidence.attachFile(id, name, content == null ? new byte[0] : content));
    }

    @POST
    @Path("/declarations/mine/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = ATTACH_SUMMARY, description = ATTACH_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The declaration version's id.", example = "41")
    @RequestBody(
            required = true,
            description = "A form whose part \"file\" carries the file and its file name.",
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = FileForm.class)))
    @APIResponse(
            responseCode = "201",
            description = "The file attached; Location is where it downloads from.",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = EvidenceFile.class),
                            examples = @ExampleObject(name = "example", value = EVIDENCE_EXAMPLE)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "No file part, or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The version is accepted: it is kept as the zone accepted it.")
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (empty, its type, size or name, a form's file part without a file name),"
                    + " or the version already has 20 files.")
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response attachEvidenceForm(@PathParam("id") long id, List<EntityPart> form) {
        UploadedFile file = UploadedFile.single(form);
        return created(evidence.attachFile(id, file.name(), file.content()));
    }

    private Response created(DeclarationEvidenceFiles.AttachedFile attached) {
        EvidenceFile file = EvidenceFile.of(attached);
        return Response.created(URI.create(config.publicAddress().url(file.href())))
                .entity(file)
                .build();
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
