package org.greenhub.zone.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The sums of one year's accepted declarations of a zone that its share indicators are computed from (each
 * enterprise-year's newest accepted version once). A share counts only the enterprises that declared both of its
 * figures (or answered its question), so one enterprise that left a figure out neither lowers nor raises it; a share
 * with nothing to count is null.
 */
public record DeclarationShares(
        int year,
        BigDecimal grossOutput,
        BigDecimal greenTechOutput,
        long audited,
        long auditAnswered,
        long meetingStandards,
        long standardsAnswered,
        BigDecimal waterWithdrawn,
        BigDecimal waterReused,
        BigDecimal wasteGenerated,
        BigDecimal wasteRecycled) {

    /** Shares are shown to two decimals of a per cent. */
    private static final int DECIMALS = 2;

    private static final BigDecimal HUNDRED = new BigDecimal(100);

    /** Green-technology output over gross output, of the enterprises that declared both. */
    public BigDecimal greenTechOutputShare() {
        return percent(greenTechOutput, grossOutput);
    }

    /** Enterprises with a cleaner-production audit over those that answered the question. */
    public BigDecimal cleanerProductionAuditShare() {
        return percent(BigDecimal.valueOf(audited), BigDecimal.valueOf(auditAnswered));
    }

    /** Enterprises meeting the environmental standards over those that answered the question. */
    public BigDecimal meetingStandardsShare() {
        return percent(BigDecimal.valueOf(meetingStandards), BigDecimal.valueOf(standardsAnswered));
    }

    /**
     * Water used again over all water used (reused plus withdrawn), the statistical definition of the repeated
     * utilisation rate, of the enterprises that declared both.
     */
    public BigDecimal waterReuseRate() {
        if (waterReused == null || waterWithdrawn == null) {
            return null;
        }
        return percent(waterReused, waterReused.add(waterWithdrawn));
    }

    /** Solid waste recycled over waste generated, of the enterprises that declared both. */
    public BigDecimal solidWasteRecyclingRate() {
        return percent(wasteRecycled, wasteGenerated);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, DECIMALS, RoundingMode.HALF_EVEN);
    }
}
