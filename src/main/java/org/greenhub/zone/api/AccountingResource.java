package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.greenhub.platform.api.ApiDocs;
import org.greenhub.zone.application.AccountingCalculator;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.AccountingResponse;

/**
 * The public zone accounting calculator: anyone can recompute a zone's energy and CO2 figures from declarations and
 * factors, with the definitions the zone's pages use (docs/zone-accounting.md). No sign-in. Bodies over 2 MiB are
 * refused with 413 by the {@link org.greenhub.platform.api.StrictJsonBodyFilter}; bad input is a 422 problem naming
 * the offending item, in the caller's language.
 */
@Path("/zone/accounting/calculate")
@Tag(name = ApiDocs.TAG_ZONE)
public class AccountingResource {

    @Inject
    AccountingCalculator calculator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Calculate a zone's energy and CO2 accounts",
            description =
                    "The public zone accounting calculator: energy (tce) and CO2 (t) per enterprise-year, the zone-year sums and intensities, the change on a comparable basis and the target status, with the definitions the zone's pages use (docs/zone-accounting.md). No sign-in. The `request` of a published report's data pack can be posted as it is.")
    @RequestBody(
            description =
                    "The factor table by carrier, the base year, the targets and each enterprise's years (value added in 10,000 yuan, energy by carrier in its unit).",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AccountingRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"factors\":{\"electricity\":{\"tcePerUnit\":0.1229,\"co2PerUnit\":0.5703},\"naturalGas\":{\"tcePerUnit\":0.0012143,\"co2PerUnit\":0.002165}},\"baseYear\":2020,\"targets\":{\"energyIntensity\":0.134,\"co2AnnualChange\":-0.04},\"enterprises\":[{\"id\":\"E1\",\"years\":[{\"year\":2020,\"valueAdded\":137276.56,\"energy\":{\"electricity\":28382.391,\"naturalGas\":3467076.992}},{\"year\":2021,\"valueAdded\":134643.57,\"energy\":{\"electricity\":3508.719,\"naturalGas\":15238806.954}}]}]}")))
    @APIResponse(
            responseCode = "200",
            description =
                    "Each enterprise-year's figures and each zone-year's sums, intensities, changes and target statuses (null where they cannot be computed).",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AccountingResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"enterpriseYears\":[{\"id\":\"E1\",\"year\":2020,\"energyTce\":7698.2,\"co2T\":23693.1,\"energyIntensity\":0.0561,\"co2Intensity\":0.1726}],\"zoneYears\":[{\"year\":2020,\"energyTce\":7698.2,\"co2T\":23693.1,\"valueAdded\":137276.56,\"energyIntensity\":0.0561,\"co2Intensity\":0.1726,\"co2IntensityChange\":null,\"co2AverageAnnualChange\":null,\"energyIntensityStatus\":\"MET\",\"co2Status\":null}]}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public AccountingResponse calculate(AccountingRequest request) {
        return calculator.calculate(request);
    }
}
