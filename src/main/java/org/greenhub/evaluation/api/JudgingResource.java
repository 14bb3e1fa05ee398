package org.greenhub.evaluation.api;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.evaluation.application.JudgeAssignmentQueries;
import org.greenhub.evaluation.application.JudgeAssignmentQueries.SheetFilter;
import org.greenhub.evaluation.application.JudgeAssignments;
import org.greenhub.evaluation.domain.conflict.ConflictType;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;

/**
 * A judge's work through the API: my assignments, one sheet (read with its {@code ETag}, save a draft, submit, both
 * with {@code If-Match}), my conflict declarations. Every call is the scoring page's own use case and check: a sheet
 * of another judge, of a round whose assignments are not published, or of an entry I am conflicted with answers 404.
 */
@Path("/judging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Judging", description = "A judge's assignments, score sheets and conflict declarations.")
public class JudgingResource {

    @Inject
    JudgeAssignments judging;

    @Inject
    ProblemFactory problems;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Schema(
            description =
                    "A draft: my values by criterion code (a criterion left out or without a value is cleared) and my overall comment.")
    public record DraftBody(Map<String, JudgeAssignments.Score> values, String overallComment) {}

    @Schema(description = "A conflict of interest with the entry of one of my assignments.")
    public record ConflictBody(
            @Schema(description = "The sheet (assignment) id of the entry.", required = true)
            Long sheetId,

            @Schema(description = "The ground of the conflict.", required = true)
            ConflictType type,

            @Schema(description = "Why; the panel's managers read it.")
            String reason) {}

    @GET
    @Path("/assignments")
    @Operation(
            summary = "My assignments",
            description = "The entries I am assigned to score in open rounds whose assignments are published, a page at"
                    + " a time in the queue's order (closing time, round, reference), with the state of my own sheet."
                    + " A conflicted entry is listed by reference with the state CONFLICT and cannot be opened.")
    @APIResponse(responseCode = "200", description = "A page envelope of assignments; Link and X-Total-Count headers.")
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "A bad page, size, round or status parameter, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "403",
            ref = ApiDocs.FORBIDDEN,
            description = "Not a judge, or a token that does not reach evaluation.")
    public Response assignments(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size,
            @Parameter(description = "Only this round's assignments (its id).") @QueryParam("round") String round,
            @Parameter(description = "Only sheets in this state: NOT_STARTED, DRAFT or SUBMITTED.")
                    @QueryParam("status")
                    String status) {
        PageRequest request = PageRequest.of(page, size);
        JudgeAssignments.AssignmentPage found = judging.myAssignments(
                QueryParameters.id("round", round),
                QueryParameters.choice("status", status, SheetFilter.class),
                request.offset(),
                request.size(),
                language());
        return PageEnvelope.of(found.rows(), request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/sheets/{id}")
    @Operation(
            summary = "One of my score sheets",
            description = "The criteria with their scale, my values and comments, and what the round lets a judge read"
                    + " of the entry (the scoring page's view, nothing more; a blind round leaves out the applicant)."
                    + " The ETag is what a save or submission sends back in If-Match.")
    @APIResponse(responseCode = "200", description = "The sheet, with its ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not one of my sheets that I may open, or no such sheet.")
    public Response sheet(@Parameter(description = "The sheet's id (from my assignments).") @PathParam("id") long id) {
        return tagged(judging.sheet(id, language()));
    }

    @PUT
    @Path("/sheets/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Save my draft",
            description =
                    "Replaces my values and overall comment, checked as on the scoring page: each value within its"
                            + " criterion's scale and on its steps. Needs If-Match with the sheet's ETag; answers the new one.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The saved sheet, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not one of my sheets that I may open, or no such sheet.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Already submitted, the round is not accepting scores, or saved elsewhere meanwhile.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description =
                    "A value out of its criterion's range or steps (the field names the criterion), or a bad body.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response saveDraft(
            @Parameter(description = "The sheet's id (from my assignments).") @PathParam("id") long id,
            DraftBody body) {
        DraftBody draft = body == null ? new DraftBody(Map.of(), null) : body;
        return tagged(
                judging.saveDraft(id, EntityTags.ifMatch(headers), draft.values(), draft.overallComment(), language()));
    }

    @POST
    @Path("/sheets/{id}/submit")
    @Operation(
            summary = "Submit my sheet",
            description =
                    "Submits the sheet as last saved: every criterion scored and a comment wherever the rubric asks"
                            + " for one. Needs If-Match with the sheet's ETag. A submitted sheet can no longer be changed.")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(responseCode = "200", description = "The submitted sheet, with its new ETag.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not one of my sheets that I may open, or no such sheet.")
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "Already submitted, the round is not accepting scores, or saved elsewhere meanwhile.")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "Incomplete, or a low score without its comment (the field names the criterion).")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    public Response submit(@Parameter(description = "The sheet's id (from my assignments).") @PathParam("id") long id) {
        return tagged(judging.submit(id, EntityTags.ifMatch(headers), language()));
    }

    @GET
    @Path("/conflicts")
    @Operation(
            summary = "My conflict declarations",
            description = "The conflicts of interest I declared, newest first, a page at a time: on an entry (by its"
                    + " reference) or on an organisation.")
    @APIResponse(responseCode = "200", description = "A page envelope of declarations; Link and X-Total-Count headers.")
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST, description = "A bad page or size parameter, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN, description = "Not a judge.")
    public Response conflicts(
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        long total = judging.countMyDeclarations();
        return PageEnvelope.of(judging.myDeclarations(request.offset(), request.size()), request, total)
                .toResponse(uri);
    }

    @POST
    @Path("/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Declare a conflict",
            description = "Declares a conflict of interest with the entry of one of my assignments. From then on the"
                    + " entry's sheet answers 404 to me and the round's managers see the declaration.")
    @APIResponse(responseCode = "201", description = "The declaration; Location is my declarations.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN, description = "Not a judge, or a read-only token.")
    @APIResponse(
            responseCode = "404",
            ref = ApiDocs.NOT_FOUND,
            description = "Not one of my published assignments, or no such assignment.")
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "A missing sheet id or type, a reason too long, or a bad body (the field is named).")
    public Response declare(ConflictBody body) {
        if (body == null || body.sheetId() == null) {
            throw DomainException.invalid("sheetId", "platform.validation.required");
        }
        JudgeAssignmentQueries.Declaration declared =
                judging.declareConflict(body.sheetId(), body.type(), body.reason());
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        return Response.created(URI.create(config.publicAddress().url("/api/judging/conflicts")))
                .entity(declared)
                .build();
    }

    private Response tagged(JudgeAssignments.TaggedSheet sheet) {
        return Response.ok(sheet.sheet()).header(HttpHeaders.ETAG, sheet.etag()).build();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
