package org.greenhub.reserve.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.ProblemFactory;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.reserve.application.ProjectDeclaring;
import org.greenhub.reserve.domain.Benefits;
import org.greenhub.reserve.domain.FinancingInstrument;
import org.greenhub.reserve.domain.GreenCategory;
import org.greenhub.reserve.domain.ProjectStage;
import org.greenhub.reserve.domain.ReserveProject;
import org.greenhub.reserve.domain.ScreeningRefused;

/**
 * An organisation's people declare a project to the reserve ({@code POST /api/reserve/projects}): a draft, or with
 * {@code "submit": true} submitted and screened at once. 201 with the project's page as Location; 422 problem naming
 * the field in the caller's language (a screening refusal names every reason in {@code errors}); 404 for a call not
 * open or an organisation that is not the caller's. Evidence files are attached on the declaration page.
 */
@Path("/reserve/projects")
@Tag(name = ApiDocs.TAG_RESERVE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ProjectDeclarationResource {

    @Inject
    ProjectDeclaring declaring;

    @Inject
    ProblemFactory problems;

    @Inject
    GreenHubConfig config;

    @Context
    HttpHeaders headers;

    /** The body: which call, for which organisation (optional for a person with one), and the declaration. */
    @Schema(
            description =
                    "A reserve project's declaration: the call (required), the organisation (optional for a person with one), the project's facts and expected benefits, and whether to submit it now.")
    public record DeclarationBody(
            Long callId,
            Long organisationId,
            String title,
            String summary,
            GreenCategory category,
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
            Boolean contactForFunders,
            Boolean submit) {

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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Declare a project to the reserve",
            description =
                    "An organisation's people declare a green project to an open reserve call: saved as a draft, or with `\"submit\": true` submitted and screened at once. 422 names the field in the caller's language (a screening refusal lists every reason in `errors`); 404 for a call that is not open or an organisation that is not the caller's. Evidence files are attached on the declaration page.")
    @RequestBody(
            description =
                    "Which call, for which organisation (optional for a person with one), and the declaration: amounts in yuan, energy saved in tce, CO2 avoided in t, water in m³, waste in t.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DeclarationBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"callId\":5,\"organisationId\":7,\"title\":\"Rooftop solar for the east industrial park\",\"summary\":\"4.2 MW of rooftop solar on six factory roofs.\",\"category\":\"CLEAN_ENERGY\",\"zoneCode\":\"SZ-HTZ\",\"location\":\"East industrial park\",\"stage\":\"CONSTRUCTION\",\"totalInvestmentYuan\":24000000,\"financingSoughtYuan\":18000000,\"instruments\":[\"GREEN_LOAN\"],\"energySavedTce\":1500,\"co2AvoidedT\":3900,\"waterSavedM3\":0,\"wasteRecycledT\":0,\"estimateMethod\":\"Yield simulation with local irradiance data\",\"contactForFunders\":true,\"submit\":false}")))
    @APIResponse(
            responseCode = "201",
            description = "Saved (or submitted); `Location` is the project's page.",
            headers = {@Header(ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"projectId\":23,\"status\":\"DRAFT\"}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response declare(DeclarationBody body) {
        if (body == null || body.callId() == null) {
            throw DomainException.invalid("callId", "platform.validation.required");
        }
        long organisation = organisation(body.organisationId());
        long id;
        try {
            id = Boolean.TRUE.equals(body.submit())
                    ? declaring.submit(null, null, organisation, body.callId(), body.declaration(), List.of())
                    : declaring.saveDraft(null, null, organisation, body.callId(), body.declaration(), List.of());
        } catch (ScreeningRefused refused) {
            return refusal(refused);
        }
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI page = URI.create(config.publicAddress().url("/reserve/project.xhtml?id=" + id));
        return Response.created(page)
                .entity(Map.of(
                        "projectId", id, "status", declaring.show(id).status().name()))
                .build();
    }

    private long organisation(Long given) {
        if (given != null) {
            return given;
        }
        List<ProjectDeclaring.Owner> owners = declaring.owners();
        if (owners.size() != 1) {
            throw DomainException.invalid("organisationId", "platform.validation.required");
        }
        return owners.get(0).organisationId();
    }

    private Response refusal(ScreeningRefused refused) {
        return ScreeningProblems.refusal(refused, declaring, problems, headers);
    }
}
