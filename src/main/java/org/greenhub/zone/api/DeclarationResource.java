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
public class DeclarationResource {

    @Inject
    Declarations declarations;

    @Inject
    GreenHubConfig config;

    /** The body: whose declaration for which year, and the figures in the units of {@link DeclarationFigures}. */
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
