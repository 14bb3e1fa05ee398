package org.greenhub.competition.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.competition.application.ApplicantEntries;
import org.greenhub.competition.application.EntryAttachments;
import org.greenhub.competition.application.EntryService;
import org.greenhub.competition.domain.AttachmentKind;
import org.greenhub.competition.domain.CompetitionGroup;
import org.greenhub.competition.domain.Entry;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.FileForm;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.UploadedFile;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * Applicants' competition entries through the API: my entries, one entry (with its {@code ETag}), its answers
 * replaced, files attached, submitted and withdrawn (changes with {@code If-Match}). The entry page's use cases
 * answer and check: an entry of an organisation the caller does not act for is 404.
 */
@Path("/entries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entries", description = "Applicants' competition entries: drafts, attachments, submission, withdrawal.")
public class EntryResource {

    @Inject
    EntryService service;

    @Inject
    ApplicantEntries entries;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Schema(
            description =
                    "An entry's answers (all of them: a field left out is cleared) and, optionally, its green metrics.")
    public record EntryBody(
            @Schema(required = true) String projectTitle,
            CompetitionGroup group,
            String track,
            String summary,
            String technology,
            String market,
            String team,
            @Schema(description = "Yuan.") BigDecimal revenuePreviousYear,
            @Schema(description = "Yuan.") BigDecimal rdSpend,
            @Schema(description = "Yuan.") BigDecimal fundingRaised,
            Boolean ipOwnershipDeclared,

            @Schema(description = "Absent: the metrics stay as they are.")
            ApplicantEntries.Metrics metrics) {

        Entry.Details details() {
            return new Entry.Details(
                    projectTitle,
                    group,
                    track,
                    summary,
                    technology,
                    market,
                    team,
                    revenuePreviousYear,
                    rdSpend,
                    fundingRaised,
                    Boolean.TRUE.equals(ipOwnershipDeclared));
        }
    }

    @GET
    @Operation(
            summary = "My entries",
            description = "The entries of every organisation I belong to, last changed first, a page at a time.")
    @APIResponse(responseCode = "200", description = "A page envelope of entries; Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size parameter, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    public Response mine(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        EntryService.MyEntriesPage found = service.mine(request.offset(), request.size());
        return PageEnvelope.of(found.rows(), request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "One entry",
            description = "The entry as its page shows it: edition, status, answers, green metrics, timeline and open"
                    + " requests for information. The ETag is what a change sends back in If-Match.")
    @APIResponse(responseCode = "200", description = "The entry, with its ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I may read, or no such entry.")
    public Response entry(@Parameter(description = "The entry's id.") @PathParam("id") long id) {
        return tagged(entries.entry(id, language()));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Update my draft",
            description = "Replaces the entry's answers (title, group, track, texts, figures, IP declaration), checked"
                    + " as on the entry page, and its green metrics when given. Only while the entry is a draft or"
                    + " answers a request for information. Needs If-Match with the entry's ETag; answers the new one.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The entry, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I act for, or no such entry.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The entry can no longer be changed, or it changed meanwhile.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "An answer refused (the field is named), or a bad body.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response describe(@Parameter(description = "The entry's id.") @PathParam("id") long id, EntryBody body) {
        if (body == null) {
            throw DomainException.invalid("projectTitle", "platform.validation.required");
        }
        return tagged(entries.describe(id, EntityTags.ifMatch(headers), body.details(), body.metrics(), language()));
    }

    @POST
    @Path("/{id}/attachments/{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Attach a file",
            description = "Either the request body is the file itself, its name the name parameter; or the body is a"
                    + " multipart/form-data form (an HTML form, curl -F file=@plan.pdf) with one file, whose part's"
                    + " file name is its name. Checked by content as the entry page checks uploads (PDF, PPTX, XLSX,"
                    + " PNG or JPEG, at most 20 MB, a plain name). One file a request.")
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
    @APIResponse(responseCode = "201", description = "The attachment.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "An unknown kind, no name, or (a form) no file part or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I act for, or no such entry.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The entry can no longer be changed, or it has too many files.")
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (type, size or name, or a form's file part without a file name), the"
                    + " field named.")
    public Response attach(
            @Parameter(description = "The entry's id.") @PathParam("id") long id,
            @Parameter(
                            description = "BUSINESS_PLAN, PITCH_DECK, FINANCIAL_STATEMENTS, IP_EVIDENCE,"
                                    + " BUSINESS_LICENCE, GREEN_EVIDENCE or OTHER.")
                    @PathParam("kind")
                    String kind,
            @Parameter(description = "The file's name, with its extension (not with a form).") @QueryParam("name")
                    String name,
            byte[] content) {
        if (name == null || name.isBlank()) {
            throw DomainException.badRequest("name", "platform.validation.required");
        }
        return attached(id, kind, name, content == null ? new byte[0] : content);
    }

    @POST
    @Path("/{id}/attachments/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "Attach a file",
            description = "Either the request body is the file itself, its name the name parameter; or the body is a"
                    + " multipart/form-data form (an HTML form, curl -F file=@plan.pdf) with one file, whose part's"
                    + " file name is its name. Checked by content as the entry page checks uploads (PDF, PPTX, XLSX,"
                    + " PNG or JPEG, at most 20 MB, a plain name). One file a request.")
    @RequestBody(
            required = true,
            description = "A form whose part \"file\" carries the file and its file name.",
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = FileForm.class)))
    @APIResponse(responseCode = "201", description = "The attachment.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "An unknown kind, no name, or (a form) no file part or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I act for, or no such entry.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The entry can no longer be changed, or it has too many files.")
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (type, size or name, or a form's file part without a file name), the"
                    + " field named.")
    public Response attachForm(
            @Parameter(description = "The entry's id.") @PathParam("id") long id,
            @Parameter(
                            description = "BUSINESS_PLAN, PITCH_DECK, FINANCIAL_STATEMENTS, IP_EVIDENCE,"
                                    + " BUSINESS_LICENCE, GREEN_EVIDENCE or OTHER.")
                    @PathParam("kind")
                    String kind,
            List<EntityPart> form) {
        AttachmentKind attachmentKind = kindOf(kind);
        UploadedFile file = UploadedFile.single(form);
        return created(entries.attach(id, attachmentKind, file.name(), file.content()));
    }

    private Response attached(long id, String kind, String name, byte[] content) {
        return created(entries.attach(id, kindOf(kind), name, content));
    }

    private static Response created(EntryAttachments.AttachmentView attachment) {
        return Response.status(Response.Status.CREATED).entity(attachment).build();
    }

    @POST
    @Path("/{id}/submit")
    @Operation(
            summary = "Submit my entry",
            description = "Submits the entry while the edition's window is open, complete and with the required"
                    + " attachments, as on the entry page. Needs If-Match with the entry's ETag.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The submitted entry, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I act for, or no such entry.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The deadline passed, or the entry changed meanwhile.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "Something missing (the field named).")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response submit(@Parameter(description = "The entry's id.") @PathParam("id") long id) {
        return tagged(entries.submit(id, EntityTags.ifMatch(headers), language()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(
            summary = "Withdraw my entry",
            description = "Withdraws the entry, as on the entry page. Needs If-Match with the entry's ETag.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The withdrawn entry, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not an entry I act for, or no such entry.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The entry can no longer be withdrawn, or it changed meanwhile.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response withdraw(@Parameter(description = "The entry's id.") @PathParam("id") long id) {
        return tagged(entries.withdraw(id, EntityTags.ifMatch(headers), null, language()));
    }

    private Response tagged(ApplicantEntries.TaggedEntry entry) {
        return Response.ok(entry.entry()).header(HttpHeaders.ETAG, entry.etag()).build();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }

    private static AttachmentKind kindOf(String kind) {
        try {
            return AttachmentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.badRequest(
                    "kind",
                    "platform.api.query.oneOf",
                    "kind",
                    java.util.Arrays.stream(AttachmentKind.values())
                            .map(Enum::name)
                            .collect(java.util.stream.Collectors.joining(", ")));
        }
    }
}
