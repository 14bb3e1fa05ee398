package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.ManagerProjects;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;

/**
 * The reserve managers' review for scripts: the projects of the calls they manage awaiting review (or in a status
 * asked for), one project with its {@code ETag}, and the decision page's decisions with {@code If-Match}. The manager
 * pages' use cases check: another manager's call or project answers 404. A first segment of its own
 * ({@code /reserve/review}), so that no class path here lengthens {@code /reserve/projects} and hides its methods.
 */
@Path("/reserve/review")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ReserveReviewResource {

    @Inject
    ManagerProjects managed;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Schema(description = "A project of a call I manage, as my review list shows it.")
    public record QueuedProject(
            long id,
            long callId,

            @Schema(description = "The call's name in the caller's language.")
            String call,

            String title,
            String organisation,
            GreenCategory category,
            ProjectStage stage,
            ProjectStatus status,
            Instant submittedAt,
            Grade grade,

            @Schema(description = "How many screening flags the project carries for the reviewers.")
            int flags) {}

    @Schema(
            description = "A decision on a reviewed project: LIST (with a grade; a reason unless it is the grade the"
                    + " review proposes), RETURN for more information or REJECT (with a reason), RENEW a listing after"
                    + " its renewal review (with a grade).")
    public record DecisionBody(
            @Schema(required = true) ManagerProjects.Decision decision,
            Grade grade,

            @Schema(description = "Read by the owner; at most 2,000 characters.")
            String reason) {}

    @GET
    @Path("/projects")
    @Operation(
            summary = "Projects of my reserve calls",
            description = "For the reserve managers of a call and administrators: the projects of the calls I manage"
                    + " (every call for administrators) awaiting review (SUBMITTED or IN_REVIEW) unless a status is"
                    + " asked for, the longest waiting first, a page at a time. Drafts are the owners' alone and never"
                    + " listed. A call I do not manage answers 404.")
    @Parameter(name = "call", in = ParameterIn.QUERY, description = "One call's id.", example = "5")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "SUBMITTED, IN_REVIEW, RETURNED, LISTED, REJECTED or LAPSED; SUBMITTED and IN_REVIEW when"
                    + " absent.",
            example = "IN_REVIEW")
    @Parameter(
            name = "stage",
            in = ParameterIn.QUERY,
            description = "How far the project has come: CONCEPT, PILOT, CONSTRUCTION, OPERATION or EXPANSION.",
            example = "CONSTRUCTION")
    @APIResponse(
            responseCode = "200",
            description = "A page of projects.",
            headers = {@Header(ref = ApiDocs.LINK), @Header(ref = ApiDocs.TOTAL_COUNT)},
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = ApiDocs.PAGE_ENVELOPE_SCHEMA),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"items\":[{\"id\":23,\"callId\":5,\"call\":\"Green project reserve 2026\","
                                                            + "\"title\":\"Rooftop solar\",\"organisation\":\"Sun Roofs Co\",\"category\":"
                                                            + "\"CLEAN_ENERGY\",\"stage\":\"CONSTRUCTION\",\"status\":\"IN_REVIEW\","
                                                            + "\"submittedAt\":\"2026-03-02T08:00:00Z\",\"flags\":0}],\"page\":1,\"size\":20,"
                                                            + "\"total\":1,\"pages\":1}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response projects(
            @QueryParam("call") String call,
            @QueryParam("status") String status,
            @QueryParam("stage") String stage,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Long callId = QueryParameters.id("call", call);
        Collection<ProjectStatus> statuses = statuses(status);
        ProjectStage wantedStage = QueryParameters.choice("stage", stage, ProjectStage.class);
        ManagerProjects.QueuePage found =
                managed.queue(callId, statuses, wantedStage, request.offset(), request.size());
        Language language = language();
        List<QueuedProject> items = found.rows().stream()
                .map(p -> new QueuedProject(
                        p.id(),
                        p.callId(),
                        p.call().text(language),
                        p.title(),
                        p.organisation(),
                        p.category(),
                        p.stage(),
                        p.status(),
                        p.submittedAt(),
                        p.grade(),
                        p.flags()))
                .toList();
        return PageEnvelope.of(items, request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/projects/{id}")
    @Operation(
            summary = "A project of my reserve call",
            description = "The project as the decision page shows it: the declaration, screening's flags in the"
                    + " caller's language, the review's result and the grade it proposes through the call's bands, the"
                    + " listing's days. The ETag is what a decision sends back in If-Match.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @APIResponse(
            responseCode = "200",
            description = "The project, with its ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ManagerProjects.ReviewedProject.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response project(@PathParam("id") long id) {
        return tagged(managed.project(id, language()));
    }

    @POST
    @Path("/projects/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Decide on a reviewed project",
            description = "The decision page's decisions, with its rules: LIST a project in review with a grade (a"
                    + " reason is needed unless it is the grade the review proposes) for the call's term from today in"
                    + " the call's time zone; RETURN it for more information or REJECT it, with a reason the owner"
                    + " reads; RENEW a listing after its scored renewal review. The owners are mailed in their"
                    + " language. Needs If-Match with the project's ETag; answers the project with its new one.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @RequestBody(
            description = "The decision, and the grade and reason it needs.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DecisionBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"decision\":\"LIST\",\"grade\":\"B\",\"reason\":\"The yield estimate rests on"
                                                            + " one year of irradiance data only.\"}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The project after the decision, with its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ManagerProjects.ReviewedProject.class)))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response decide(@PathParam("id") long id, DecisionBody body) {
        DecisionBody given = body == null ? new DecisionBody(null, null, null) : body;
        return tagged(managed.decide(
                id, EntityTags.ifMatch(headers), given.decision(), given.grade(), given.reason(), language()));
    }

    /** A status asked for (never a draft, the owners' alone), or the statuses awaiting review. */
    private static Collection<ProjectStatus> statuses(String status) {
        ProjectStatus wanted = QueryParameters.choice("status", status, ProjectStatus.class);
        if (wanted == null) {
            return ManagerProjects.AWAITING_REVIEW;
        }
        if (wanted == ProjectStatus.DRAFT) {
            throw DomainException.badRequest(
                    "status",
                    "platform.api.query.oneOf",
                    "status",
                    Arrays.stream(ProjectStatus.values())
                            .filter(s -> s != ProjectStatus.DRAFT)
                            .map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
        return List.of(wanted);
    }

    private static Response tagged(ManagerProjects.TaggedReview project) {
        return Response.ok(project.project())
                .header(HttpHeaders.ETAG, project.etag())
                .build();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
