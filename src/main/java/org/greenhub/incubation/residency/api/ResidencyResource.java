package org.greenhub.incubation.residency.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
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
import org.greenhub.incubation.residency.application.ReportEvidenceService;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.ReportMetrics;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.platform.api.FileResponses;
import org.greenhub.platform.config.GreenHubConfig;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;

/**
 * Start-ups file a periodic report by its period ({@code POST /api/incubation/residencies/{id}/reports}); the
 * residency's readers download evidence files ({@code GET /api/incubation/residency-evidence/{id}}). Refusals are
 * problem documents: 422 for bad dates or figures (with the field), 409 for a period already reported, 404 for a
 * residency that is not the caller's.
 */
@Path("/incubation")
@Tag(name = ApiDocs.TAG_INCUBATION)
@SecurityRequirement(name = ApiDocs.BASIC)
@SecurityRequirement(name = ApiDocs.ACCESS_TOKEN)
public class ResidencyResource {

    @Inject
    ResidencyService residencies;

    @Inject
    ReportEvidenceService evidence;

    @Inject
    GreenHubConfig config;

    /** The body of a filed report: the period and its figures (green figures optional). */
    @Schema(
            description =
                    "A periodic report: the period (both dates required) and its figures; green figures optional.")
    public record ReportBody(
            LocalDate periodStart,
            LocalDate periodEnd,
            BigDecimal revenue,
            Integer employees,
            Integer rndStaff,
            BigDecimal rndSpend,
            Integer patentsFiled,
            Integer patentsGranted,
            BigDecimal investmentRaised,
            BigDecimal energyUseMwh,
            BigDecimal emissionsAvoidedTco2e,
            BigDecimal waterReusedM3,
            BigDecimal wasteRecycledTonnes,
            Boolean highTechRecognised,
            Boolean acquiredOrListed,
            String note) {
        ReportMetrics metrics() {
            ReportMetrics m = new ReportMetrics();
            m.setRevenue(revenue);
            m.setEmployees(employees);
            m.setRndStaff(rndStaff);
            m.setRndSpend(rndSpend);
            m.setPatentsFiled(patentsFiled);
            m.setPatentsGranted(patentsGranted);
            m.setInvestmentRaised(investmentRaised);
            m.setEnergyUseMwh(energyUseMwh);
            m.setEmissionsAvoidedTco2e(emissionsAvoidedTco2e);
            m.setWaterReusedM3(waterReusedM3);
            m.setWasteRecycledTonnes(wasteRecycledTonnes);
            m.setHighTechRecognised(Boolean.TRUE.equals(highTechRecognised));
            m.setAcquiredOrListed(Boolean.TRUE.equals(acquiredOrListed));
            return m;
        }
    }

    @POST
    @Path("/residencies/{id}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "File a periodic report",
            description =
                    "A resident start-up's people file the periodic report of a period: its dates and figures (green figures optional). 422 names the field of a bad date or figure; 409 when the period was reported already; 404 for a residency that is not the caller's.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The residency's id.", example = "31")
    @RequestBody(
            description =
                    "The period and its figures: amounts in yuan, energy in MWh, emissions avoided in t CO2e, water in m³, waste in tonnes.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ReportBody.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-06-30\",\"revenue\":1250000,\"employees\":14,\"rndStaff\":6,\"rndSpend\":320000,\"patentsFiled\":2,\"patentsGranted\":0,\"investmentRaised\":0,\"energyUseMwh\":85.5,\"emissionsAvoidedTco2e\":120,\"waterReusedM3\":0,\"wasteRecycledTonnes\":3.2,\"highTechRecognised\":false,\"acquiredOrListed\":false,\"note\":\"First pilot line running.\"}")))
    @APIResponse(
            responseCode = "201",
            description = "Filed; `Location` is the report's page.",
            headers = {@Header(ref = ApiDocs.LOCATION)},
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(name = "example", value = "{\"reportId\":501}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response file(@PathParam("id") long residencyId, ReportBody body) {
        if (body == null) {
            throw DomainException.invalid("periodStart", "residency.report.periodMissing");
        }
        long reportId = residencies.fileReportForPeriod(
                residencyId, body.periodStart(), body.periodEnd(), body.metrics(), body.note());
        // At the configured base URL: RESTEasy would resolve a relative location against the request's Host.
        URI report = URI.create(config.publicAddress().url("/incubation/residency/report.xhtml?id=" + reportId));
        return Response.created(report).entity(Map.of("reportId", reportId)).build();
    }

    @GET
    @Path("/residency-evidence/{id}")
    @Operation(
            summary = "Download a residency report's evidence file",
            description =
                    "An evidence file attached to a residency report, for the resident's people and the incubator's managers. Anyone else gets 404.")
    @Parameter(name = "id", in = ParameterIn.PATH, description = "The evidence file's id.", example = "77")
    @APIResponse(responseCode = "200", ref = ApiDocs.FILE)
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDocs.FORBIDDEN)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "503", ref = ApiDocs.UNAVAILABLE)
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = evidence.download(id);
        return FileResponses.privateDownload(download);
    }
}
