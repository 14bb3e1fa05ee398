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
import org.greenhub.incubation.residency.application.ReportEvidenceService;
import org.greenhub.incubation.residency.application.ResidencyService;
import org.greenhub.incubation.residency.domain.ReportMetrics;
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
public class ResidencyResource {

    @Inject
    ResidencyService residencies;

    @Inject
    ReportEvidenceService evidence;

    @Inject
    GreenHubConfig config;

    /** The body of a filed report: the period and its figures (green figures optional). */
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
    public Response download(@PathParam("id") long id) {
        FileStore.Download download = evidence.download(id);
        return FileResponses.privateDownload(download);
    }
}
