package org.greenhub.evaluation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.greenhub.evaluation.application.Calculator;
import org.greenhub.evaluation.application.Calculator.CalculationRequest;
import org.greenhub.evaluation.application.Calculator.CalculationResponse;

/**
 * The public calculator: anyone can recompute a published result from its scores, with the same engine the
 * round results page uses. No sign-in. Bodies over 2 MiB are refused with 413 by the
 * {@link org.greenhub.platform.api.StrictJsonBodyFilter}; bad input is a 422 problem naming the offending item.
 */
@Path("/evaluation/calculate")
public class CalculatorResource {

    @Inject
    Calculator calculator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public CalculationResponse calculate(CalculationRequest request) {
        return calculator.calculate(request);
    }
}
