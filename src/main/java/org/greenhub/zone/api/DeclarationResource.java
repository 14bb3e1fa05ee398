package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
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
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.zone.application.Declarations;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;

/**
 * An organisation's people file its annual declaration to its zone ({@code POST /api/zones/{code}/declarations}):
 * 201 with the declaration's page as Location; 422 problem naming the field, in the caller's language; 409 while the
 * year's declaration is in review; 404 for a zone or organisation that is not the caller's.
 */
@Path("/zones")
@Tag(name = ApiDocs.TAG_ZONE)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class DeclarationResource {

    @Inject
    Declarations declarations;

    @Inject
    GreenHubConfig config;

    /** The body: whose declaration for which year, and the figures in the units of {@link DeclarationFigures}. */
    @Schema(
            description =
                    "An annual declaration: the organisation, the year (both required) and the figures in the units of the declaration form.")
    public record DeclarationBody(
            Long organisationId,
            Integer year,
            BigDecimal valueAdded,
            BigDecimal grossOutput,
            BigDecimal greenTechOutput,
            BigDecimal electricity,
            BigDecimal greenElectricity,
            BigDecimal rawCoal,
            BigDecimal naturalGas,
            BigDecimal diesel,
            BigDecimal gasoline,
            BigDecimal heat,
            BigDecimal otherEnergy,
            String otherEnergyUnit,
            BigDecimal otherEnergyFactor,
            BigDecimal waterWithdrawn,
            BigDecimal waterReused,
            BigDecimal wasteGenerated,
            BigDecimal wasteRecycled,
            BigDecimal cod,
            BigDecimal ammoniaNitrogen,
            BigDecimal so2,
            BigDecimal nox,
            BigDecimal vocs,
            BigDecimal particulates,
            Boolean cleanerProductionAudit,
            Boolean meetsStandards) {

        DeclarationFigures figures() {
            return new DeclarationFigures(
                    valueAdded,
                    grossOutput,
                    greenTechOutput,
                    electricity,
                    greenElectricity,
                    rawCoal,
                    naturalGas,
                    diesel,
                    gasoline,
                    heat,
                    otherEnergy,
                    otherEnergyUnit,
                    otherEnergyFactor,
                    waterWithdrawn,
                    waterReused,
                    wasteGenerated,
                    wasteRecycled,
                    cod,
                    ammoniaNitrogen,
                    so2,
                    nox,
                    vocs,
                    particulates,
                    cleanerProductionAudit,
                    meetsStandards);
        }
    }

    @POST
    @Path("/{code}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File an annual declaration",
            description =
                    "An organisation's people file its annual declaration (energy, water, waste and emissions of a year) to its zone; it goes to the zone's administrators for review. 422 names the offending field in the caller's language; 409 while the year's declaration is in review; 404 for a zone or organisation that is not the caller's.")
    @Parameter(name = "code", in = ParameterIn.PATH, description = "The zone's code.", example = "SZ-HTZ")
    @RequestBody(
            description =
                    "Whose declaration for which year, and the figures: value added and outputs in 10,000 yuan, electricity in MWh, coal, diesel and gasoline in t, natural gas in m³, heat in GJ, water in m³, waste and pollutants in t.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = DeclarationBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"organisationId\":7,\"year\":2025,\"valueAdded\":5200,\"grossOutput\":18000,\"greenTechOutput\":2400,\"electricity\":3200,\"greenElectricity\":400,\"rawCoal\":0,\"naturalGas\":120000,\"diesel\":12,\"gasoline\":4,\"heat\":800,\"waterWithdrawn\":52000,\"waterReused\":8000,\"wasteGenerated\":310,\"wasteRecycled\":240,\"cod\":1.2,\"ammoniaNitrogen\":0.1,\"so2\":0.3,\"nox\":0.8,\"vocs\":0.2,\"particulates\":0.1,\"cleanerProductionAudit\":true,\"meetsStandards\":true}")))
    @APIResponse(
            responseCode = "201",
            description = "Filed; `Location` is the declaration's page.",
            headers = {@Header(ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value = "{\"declarationId\":1201,\"version\":1,\"status\":\"SUBMITTED\"}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response file(@PathParam("code") String code, DeclarationBody body) {
        if (body == null || body.organisationId() == null) {
            throw DomainException.invalid("organisationId", "platform.validation.required");
        }
        if (body.year() == null) {
            throw DomainException.invalid("year", "platform.validation.required");
        }
        Declaration filed = declarations.file(code, body.organisationId(), body.year(), body.figures());
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI page = URI.create(config.publicAddress().url("/zone/declaration.xhtml?id=" + filed.getId()));
        return Response.created(page)
                .entity(Map.of(
                        "declarationId", filed.getId(),
                        "version", filed.getNumber(),
                        "status", filed.getStatus().name()))
                .build();
    }
}
