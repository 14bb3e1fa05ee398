package org.greenhub.evaluation.api;

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
import org.greenhub.evaluation.application.Calculator;
import org.greenhub.evaluation.application.Calculator.CalculationRequest;
import org.greenhub.evaluation.application.Calculator.CalculationResponse;
import org.greenhub.platform.api.ApiDocs;

/**
 * The public calculator: anyone can recompute a published result from its scores, with the same engine the
 * round results page uses. No sign-in. Bodies over 2 MiB are refused with 413 by the
 * {@link org.greenhub.platform.api.StrictJsonBodyFilter}; bad input is a 422 problem naming the offending item.
 */
@Path("/evaluation/calculate")
@Tag(name = ApiDocs.TAG_EVALUATION)
public class CalculatorResource {

    @Inject
    Calculator calculator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Calculate a ranking from scores",
            description =
                    "The public calculator: recomputes a result from its scores with the engine the round results page uses (weighted judge totals, the aggregation method, the ranking with tie-breaks, judge statistics, outliers and Kendall's W; docs/scoring.md). No sign-in. A transparency pack can be posted as it is.")
    @RequestBody(
            description =
                    "The criteria with their weights and scales, the method, the tie-break criteria and every judge's scores.",
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CalculationRequest.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"criteria\":[{\"code\":\"tech\",\"weight\":60,\"min\":0,\"max\":10},{\"code\":\"green\",\"weight\":40,\"min\":0,\"max\":100}],\"method\":{\"type\":\"MEAN\"},\"tieBreak\":[\"green\"],\"scores\":[{\"entry\":\"E1\",\"judge\":\"J1\",\"criterion\":\"tech\",\"value\":8},{\"entry\":\"E1\",\"judge\":\"J1\",\"criterion\":\"green\",\"value\":70},{\"entry\":\"E2\",\"judge\":\"J1\",\"criterion\":\"tech\",\"value\":6},{\"entry\":\"E2\",\"judge\":\"J1\",\"criterion\":\"green\",\"value\":50}]}")))
    @APIResponse(
            responseCode = "200",
            description =
                    "The ranking, each judge's statistics, the outliers and Kendall's W (null unless every judge scored every entry).",
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = CalculationResponse.class),
                            examples =
                                    @ExampleObject(
                                            name = "example",
                                            value =
                                                    "{\"method\":{\"type\":\"MEAN\",\"trim\":1,\"outlierGap\":25.0},\"results\":[{\"entry\":\"E1\",\"rank\":1,\"score\":76.0,\"judges\":1,\"criteria\":{\"tech\":8.0,\"green\":70.0},\"tied\":false},{\"entry\":\"E2\",\"rank\":2,\"score\":56.0,\"judges\":1,\"criteria\":{\"tech\":6.0,\"green\":50.0},\"tied\":false}],\"judges\":[{\"judge\":\"J1\",\"mean\":66.0,\"sd\":10.0,\"flags\":[]}],\"outliers\":[],\"kendallW\":null}")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = ApiDocs.PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "422", ref = ApiDocs.UNPROCESSABLE)
    public CalculationResponse calculate(CalculationRequest request) {
        return calculator.calculate(request);
    }
}
