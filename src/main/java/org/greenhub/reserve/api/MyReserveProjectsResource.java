package org.greenhub.reserve.api;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.greenhub.platform.api.EntityTags;
import org.greenhub.platform.api.FileForm;
import org.greenhub.platform.api.PageEnvelope;
import org.greenhub.platform.api.PageRequest;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.api.QueryParameters;
import org.greenhub.platform.api.UploadedFile;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.Language;
import org.greenhub.reserve.application.OwnerProjects;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.EvidenceKind;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.Grade;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ProjectStatus;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ScreeningRefused;

/**
 * The project owner's reserve for scripts: {@code GET /api/reserve/projects/mine} (the projects of the organisations
 * the caller acts for today, every status, a page at a time), one of them with its {@code ETag}, a draft's declaration
 * replaced, an evidence file attached (the file as the body, or a {@code multipart/form-data} form) and the project
 * submitted, all with {@code If-Match}. The owner's page's use cases answer and check:
 * another organisation's project is 404. Same class path as {@link PublicReserveResource} and
 * {@link ProjectDeclarationResource}: a longer class path here would hide their methods, and {@code /mine} is a
 * literal that wins over their {@code /{id}}.
 */
@Path("/reserve/projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class MyReserveProjectsResource {

    private static final String PROJECT_EXAMPLE = "{\"id\":23,\"organisationId\":7,\"organisation\":\"Sun Roofs Co\","
            + "\"callId\":5,\"call\":\"Green project reserve 2026\",\"status\":\"LISTED\",\"editable\":false,"
            + "\"title\":\"Rooftop solar for the east industrial park\",\"summary\":\"4.2 MW on six roofs.\","
            + "\"category\":\"CLEAN_ENERGY\",\"zoneCode\":\"SZ-HTZ\",\"zone\":\"Suzhou High-Tech Zone\","
            + "\"location\":\"East industrial park\",\"stage\":\"CONSTRUCTION\",\"totalInvestmentYuan\":24000000,"
            + "\"financingSoughtYuan\":18000000,\"instruments\":[\"GREEN_LOAN\"],\"expected\":{\"energySavedTce\":1500,"
            + "\"co2AvoidedT\":3900},\"estimateMethod\":\"Yield simulation\",\"contactForFunders\":true,"
            + "\"evidence\":[\"FEASIBILITY_STUDY\"],\"evidenceFiles\":[{\"kind\":\"FEASIBILITY_STUDY\","
            + "\"fileName\":\"feasibility-study.pdf\",\"sizeBytes\":482133,\"contentType\":\"application/pdf\","
            + "\"href\":\"/api/reserve/projects/23/evidence/FEASIBILITY_STUDY\"}],"
            + "\"requiredEvidence\":[\"FEASIBILITY_STUDY\"],"
            + "\"screeningFlags\":[],\"submittedAt\":\"2026-03-02T08:00:00Z\",\"grade\":\"A\","
            + "\"listedFrom\":\"2026-05-01\",\"listedUntil\":\"2028-04-30\",\"raisedYuan\":6000000,"
            + "\"financing\":[{\"id\":3,\"instrument\":\"GREEN_LOAN\",\"amountYuan\":6000000,"
            + "\"financedOn\":\"2026-06-10\",\"funder\":\"Green Bank\",\"fileName\":\"contract.pdf\"}],"
            + "\"results\":[{\"year\":2026,\"dueOn\":\"2027-03-31\",\"overdue\":false,\"open\":false}]}";

    @Inject
    OwnerProjects owner;

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ProblemFactory problems;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** One of my organisations' projects as my list shows it. */
    @Schema(description = "A project of an organisation I act for, as my list shows it.")
    public record MyProject(
            long id,
            String title,
            long organisationId,
            String organisation,
            long callId,

            @Schema(description = "The call's name in the caller's language.")
            String call,

            GreenCategory category,
            ProjectStage stage,
            ProjectStatus status,
            @Schema(description = "Once listed.") Grade grade,

            @Schema(description = "The listing's last day, once listed.")
            LocalDate listedUntil,

            Instant createdAt,
            Instant submittedAt) {}

    /** A draft's declaration, all of it: a field left out is cleared. */
    @Schema(
            description = "A project's declaration, all of it (a field left out is cleared): amounts in yuan, energy"
                    + " saved in tce, CO2 avoided in t, water in m³, waste in t a year.")
    public record ProjectBody(
            @Schema(required = true) String title,
            String summary,
            GreenCategory category,

            @Schema(description = "The code of the zone the project is in.")
            String zoneCode,

            String location,
            ProjectStage stage,
            BigDecimal totalInvestmentYuan,
            BigDecimal financingSoughtYuan,
            Set<FinancingInstrument> instruments,
            BigDecimal energySavedTce,
            BigDecimal co2AvoidedT,
            BigDecimal waterSavedM3,
            BigDecimal wasteRecycledT,
            String estimateMethod,
            Boolean contactForFunders) {

        ReserveProject.Declaration declaration() {
            return new ReserveProject.Declaration(
                    title,
                    summary,
                    category,
                    zoneCode,
                    location,
                    stage,
                    totalInvestmentYuan,
                    financingSoughtYuan,
                    instruments == null || instruments.isEmpty()
                            ? EnumSet.noneOf(FinancingInstrument.class)
                            : EnumSet.copyOf(instruments),
                    new Benefits(energySavedTce, co2AvoidedT, waterSavedM3, wasteRecycledT),
                    estimateMethod,
                    Boolean.TRUE.equals(contactForFunders));
        }
    }

    @GET
    @Path("/mine")
    @Operation(
            summary = "My organisations' reserve projects",
            description = "The projects of every organisation I act for today, in every status (drafts included),"
                    + " newest first, a page at a time; optionally in one status and of one project stage.")
    @Parameter(
            name = "status",
            in = ParameterIn.QUERY,
            description = "Where the project stands: DRAFT, SUBMITTED, IN_REVIEW, RETURNED, LISTED, REJECTED or"
                    + " LAPSED; every status when absent.",
            example = "DRAFT")
    @Parameter(
            name = "stage",
            in = ParameterIn.QUERY,
            description = "How far the project has come: CONCEPT, PILOT, CONSTRUCTION, OPERATION or EXPANSION.",
            example = "PILOT")
    @APIResponse(
            responseCode = "200",
            description = "A page of my projects.",
            headers = {@Header(ref = ApiDocs.LINK), @Header(ref = ApiDocs.TOTAL_COUNT)},
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(ref = ApiDocs.PAGE_ENVELOPE_SCHEMA),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"items\":[{\"id\":23,\"title\":\"Rooftop solar\",\"organisationId\":7,"
                                                            + "\"organisation\":\"Sun Roofs Co\",\"callId\":5,\"call\":\"Green project"
                                                            + " reserve 2026\",\"category\":\"CLEAN_ENERGY\",\"stage\":\"PILOT\","
                                                            + "\"status\":\"DRAFT\",\"createdAt\":\"2026-03-01T08:00:00Z\"}],\"page\":1,"
                                                            + "\"size\":20,\"total\":1,\"pages\":1}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response mine(
            @QueryParam("status") String status,
            @QueryParam("stage") String stage,
            @Parameter(ref = ApiDocs.PAGE) @QueryParam("page") String page,
            @Parameter(ref = ApiDocs.SIZE) @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        ProjectStatus wantedStatus = QueryParameters.choice("status", status, ProjectStatus.class);
        ProjectStage wantedStage = QueryParameters.choice("stage", stage, ProjectStage.class);
        OwnerProjects.OwnedPage found = owner.mine(wantedStatus, wantedStage, request.offset(), request.size());
        Language language = language();
        List<MyProject> items = found.rows().stream()
                .map(p -> new MyProject(
                        p.id(),
                        p.title(),
                        p.organisationId(),
                        p.organisation(),
                        p.callId(),
                        p.call().text(language),
                        p.category(),
                        p.stage(),
                        p.status(),
                        p.grade(),
                        p.listedUntil(),
                        p.createdAt(),
                        p.submittedAt()))
                .toList();
        return PageEnvelope.of(items, request, found.total()).toResponse(uri);
    }

    @GET
    @Path("/mine/{id}")
    @Operation(
            summary = "One of my reserve projects",
            description = "The project as its owner's pages show it: the declaration, where it stands, screening's"
                    + " flags (in the caller's language), the grade and listing days, and once listed the parts of its"
                    + " financing and the yearly results filed. The ETag is what a change sends back in If-Match.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @APIResponse(
            responseCode = "200",
            description = "The project, with its ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OwnerProjects.OwnerProject.class),
                            examples = @ExampleObject(name = "example", value = PROJECT_EXAMPLE)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response project(@PathParam("id") long id) {
        return tagged(owner.project(id, language()));
    }

    @PUT
    @Path("/mine/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change my draft project",
            description = "Replaces the declaration of a draft, or of a project returned for more information, checked"
                    + " as on the declaration page (422 names the field in the caller's language). Needs If-Match with"
                    + " the project's ETag; answers the project with its new one. Evidence files are attached with PUT"
                    + " …/mine/{id}/evidence/{kind}.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @RequestBody(
            description = "The whole declaration.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ProjectBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"title\":\"Rooftop solar for the east industrial park\",\"summary\":\"4.2 MW"
                                                            + " of rooftop solar on six factory roofs.\",\"category\":\"CLEAN_ENERGY\","
                                                            + "\"zoneCode\":\"SZ-HTZ\",\"location\":\"East industrial park\",\"stage\":"
                                                            + "\"CONSTRUCTION\",\"totalInvestmentYuan\":24000000,\"financingSoughtYuan\":"
                                                            + "18000000,\"instruments\":[\"GREEN_LOAN\"],\"energySavedTce\":1500,"
                                                            + "\"co2AvoidedT\":3900,\"estimateMethod\":\"Yield simulation\","
                                                            + "\"contactForFunders\":true}")))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The project, with its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OwnerProjects.OwnerProject.class)))
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
    public Response change(@PathParam("id") long id, ProjectBody body) {
        if (body == null) {
            throw DomainException.invalid("title", "platform.validation.required");
        }
        return tagged(owner.change(id, EntityTags.ifMatch(headers), body.declaration(), language()));
    }

    @POST
    @Path("/mine/{id}/submit")
    @Operation(
            summary = "Submit my project",
            description = "Submits the project as it stands to its call, which must take declarations today, and"
                    + " screens it as the declaration page does: the restricted list, the call's categories and zones,"
                    + " the evidence it requires. A refusal is a 422 naming every reason in `errors`, in the caller's"
                    + " language, and changes nothing. Needs If-Match with the project's ETag.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The submitted project, with its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OwnerProjects.OwnerProject.class)))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response submit(@PathParam("id") long id) {
        try {
            return tagged(owner.submit(id, EntityTags.ifMatch(headers), language()));
        } catch (ScreeningRefused refused) {
            return ScreeningProblems.refusal(refused, declaring, problems, headers);
        }
    }

    private static final String ATTACH_SUMMARY = "Attach an evidence file to my draft project";

    private static final String ATTACH_DESCRIPTION = "Attaches the file as the project's evidence of one kind,"
            + " replacing the file of that kind if there is one, as the declaration page's upload does, while the project"
            + " is a draft or returned for more information. Either the request body is the file itself, its name the"
            + " name parameter; or the body is a multipart/form-data form (an HTML form, curl -F file=@study.pdf) with"
            + " one file, whose part's file name is its name. Checked by content (PDF, PPTX, XLSX, PNG or JPEG, at most"
            + " 20 MB, a plain name); a refused file stores nothing. Needs If-Match with the project's ETag; answers the"
            + " project, its evidence files listed, with its new one.";

    @PUT
    @Path("/mine/{id}/evidence/{kind}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = ATTACH_SUMMARY, description = ATTACH_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(
            name = "kind",
            in = ParameterIn.PATH,
            description = "FEASIBILITY_STUDY, ENVIRONMENTAL_IMPACT_APPROVAL or ENERGY_ASSESSMENT.",
            example = "FEASIBILITY_STUDY")
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
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The project with its evidence files, and its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OwnerProjects.OwnerProject.class)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "An unknown kind, no name, or (a form) no file part or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The project is no longer the owner's to change (submitted, in review, decided).")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (empty, its type, size or name, or a form's file part without a file"
                    + " name), the upload of that kind named.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response attachEvidence(
            @PathParam("id") long id,
            @PathParam("kind") String kind,
            @Parameter(description = "The file's name, with its extension (not with a form).") @QueryParam("name")
                    String name,
            byte[] content) {
        EvidenceKind evidenceKind = kindOf(kind);
        if (name == null || name.isBlank()) {
            throw DomainException.badRequest("name", "platform.validation.required");
        }
        return tagged(owner.attachEvidence(
                id,
                EntityTags.ifMatch(headers),
                evidenceKind,
                name,
                content == null ? new byte[0] : content,
                language()));
    }

    @PUT
    @Path("/mine/{id}/evidence/{kind}")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = ATTACH_SUMMARY, description = ATTACH_DESCRIPTION)
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The project's id.", example = "23")
    @Parameter(
            name = "kind",
            in = ParameterIn.PATH,
            description = "FEASIBILITY_STUDY, ENVIRONMENTAL_IMPACT_APPROVAL or ENERGY_ASSESSMENT.",
            example = "FEASIBILITY_STUDY")
    @RequestBody(
            required = true,
            description = "A form whose part \"file\" carries the file and its file name.",
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = FileForm.class)))
    @Parameter(ref = ApiDocs.IF_MATCH)
    @APIResponse(
            responseCode = "200",
            description = "The project with its evidence files, and its new ETag.",
            headers = @Header(ref = ApiDocs.ETAG),
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = OwnerProjects.OwnerProject.class)))
    @APIResponse(
            responseCode = "400",
            ref = ApiDocs.BAD_REQUEST,
            description = "An unknown kind, no name, or (a form) no file part or more than one, named.")
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(
            responseCode = "409",
            ref = ApiDocs.CONFLICT,
            description = "The project is no longer the owner's to change (submitted, in review, decided).")
    @APIResponse(responseCode = "412", ref = ApiDocs.PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(
            responseCode = "422",
            ref = ApiDocs.UNPROCESSABLE,
            description = "The file refused (empty, its type, size or name, or a form's file part without a file"
                    + " name), the upload of that kind named.")
    @APIResponse(responseCode = "428", ref = ApiDocs.PRECONDITION_REQUIRED)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response attachEvidenceForm(
            @PathParam("id") long id, @PathParam("kind") String kind, List<EntityPart> form) {
        EvidenceKind evidenceKind = kindOf(kind);
        UploadedFile file = UploadedFile.single(form);
        return tagged(owner.attachEvidence(
                id, EntityTags.ifMatch(headers), evidenceKind, file.name(), file.content(), language()));
    }

    /** A kind of evidence by its name, in any case; anything else is a 400 naming the kinds there are. */
    private static EvidenceKind kindOf(String kind) {
        try {
            return EvidenceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.badRequest(
                    "kind",
                    "platform.api.query.oneOf",
                    "kind",
                    Arrays.stream(EvidenceKind.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static Response tagged(OwnerProjects.TaggedProject project) {
        return Response.ok(project.project())
                .header(HttpHeaders.ETAG, project.etag())
                .build();
    }

    private Language language() {
        return Language.of(problems.locale(headers));
    }
}
