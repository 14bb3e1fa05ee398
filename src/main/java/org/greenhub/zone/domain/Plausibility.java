package org.greenhub.zone.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plausibility checks that flag a declaration for the reviewer's attention without refusing it: an energy
 * intensity far above the sector's median in the zone that year, or an intensity that moved by more than half since
 * the enterprise's accepted declaration of the year before. Each flag carries the figures it compared, so the reviewer
 * reads why. Pure: the caller gathers the intensities (computed by the carbon accounting).
 */
public final class Plausibility {

    /** An energy intensity more than this many times the sector's median is flagged. */
    public static final BigDecimal SECTOR_MULTIPLE = new BigDecimal("5");
    /** Fewer other enterprises than this make no median worth comparing with: no sector flag. */
    public static final int MIN_PEERS = 3;
    /** A change of intensity above this share (50 %) from the year before is flagged, up or down. */
    public static final BigDecimal CHANGE_LIMIT = new BigDecimal("0.5");

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private Plausibility() {}

    public enum Kind {
        /** Energy intensity more than {@link #SECTOR_MULTIPLE} times the sector's median. */
        SECTOR_MEDIAN,
        /** Energy intensity changed more than {@link #CHANGE_LIMIT} from the accepted year before. */
        ENERGY_CHANGE,
        /** CO2 intensity changed more than {@link #CHANGE_LIMIT} from the accepted year before. */
        CO2_CHANGE;

        public String messageKey() {
            return "zone.flag." + name();
        }
    }

    /**
     * One flag: the declaration's figure, the figure it was compared with (the median, or last year's intensity) and
     * its basis (how many other enterprises made the median, or last year).
     */
    public record Flag(Kind kind, BigDecimal value, BigDecimal reference, int basis) implements Serializable {

        /** The change from the reference as a share (0.62 for +62 %); for the median, the multiple of it. */
        public BigDecimal ratio() {
            return kind == Kind.SECTOR_MEDIAN
                    ? value.divide(reference, PRECISION)
                    : value.divide(reference, PRECISION).subtract(BigDecimal.ONE);
        }
    }

    /** The enterprise's accepted declaration of the year before, as intensities (per 10,000 yuan). */
    public record PreviousYear(int year, BigDecimal energyIntensity, BigDecimal co2Intensity) {}

    /**
     * The flags of a declaration with these intensities, given the energy intensities of the sector's other
     * enterprises in the zone that year and the enterprise's accepted year before (null: none).
     */
    public static List<Flag> flags(
            BigDecimal energyIntensity, BigDecimal co2Intensity, List<BigDecimal> sectorPeers, PreviousYear previous) {
        List<Flag> flags = new ArrayList<>();
        if (sectorPeers.size() >= MIN_PEERS) {
            BigDecimal median = median(sectorPeers).orElseThrow();
            // a median of 0 (peers using no energy) makes every use "more than 5×": nothing to compare with
            if (median.signum() > 0 && energyIntensity.compareTo(median.multiply(SECTOR_MULTIPLE)) > 0) {
                flags.add(new Flag(Kind.SECTOR_MEDIAN, energyIntensity, median, sectorPeers.size()));
            }
        }
        if (previous != null) {
            change(Kind.ENERGY_CHANGE, energyIntensity, previous.energyIntensity(), previous.year())
                    .ifPresent(flags::add);
            change(Kind.CO2_CHANGE, co2Intensity, previous.co2Intensity(), previous.year())
                    .ifPresent(flags::add);
        }
        return List.copyOf(flags);
    }

    private static Optional<Flag> change(Kind kind, BigDecimal now, BigDecimal before, int year) {
        // from 0 no change is a share of anything
        if (before == null || now == null || before.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal share =
                now.divide(before, PRECISION).subtract(BigDecimal.ONE).abs();
        return share.compareTo(CHANGE_LIMIT) > 0 ? Optional.of(new Flag(kind, now, before, year)) : Optional.empty();
    }

    /** The middle value, or the mean of the two middle ones for an even count; empty for no values. */
    public static Optional<BigDecimal> median(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return Optional.of(sorted.get(middle));
        }
        return Optional.of(sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), PRECISION));
    }
}
