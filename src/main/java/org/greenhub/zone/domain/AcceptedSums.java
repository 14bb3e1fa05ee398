package org.greenhub.zone.domain;

import java.math.BigDecimal;
import org.greenhub.zone.domain.accounting.CarbonAccounting;

/**
 * A zone-year's accepted declarations summed by the database (exact {@code numeric} sums): every enterprise, and those
 * also accepted the year before, for the year-on-year change on a comparable basis. {@code smallestValueAdded} is the
 * smallest value added summed (of this year and of the comparable set's year before): the calculator refuses one of 0
 * or less, so such a zone is left to it.
 */
public record AcceptedSums(long zoneId, CarbonAccounting.YearSums sums, BigDecimal smallestValueAdded) {}
