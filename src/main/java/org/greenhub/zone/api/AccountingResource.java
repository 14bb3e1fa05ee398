package org.greenhub.zone.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
public class AccountingResource {

    @Inject
    AccountingCalculator calculator;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public AccountingResponse calculate(AccountingRequest request) {
        return calculator.calculate(request);
    }
}
