package org.greenhub.zone.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national comparison's pure rule: every zone's indicator values of a year turned into one weighted index
 * (0–100) and a grade. Each indicator is scored 0–100 against the zones compared (the best zone 100, the worst 0,
 * linearly between; lower-is-better indicators the other way round; every zone 100 when all have the same value); a
 * zone without a value for an indicator scores 0 for it, so that not reporting never helps. The index is the weighted
 * mean of the scores over the indicators with a weight above 0, to two decimals; the grade is its band
 * ({@link ZoneGrade}), moved down one grade when the zone had a major pollution accident that year.
 */
public final class ComparisonIndex {

    private static final BigDecimal HUNDRED = new BigDecimal(100);
    private static final int SCALE = 10;

    private ComparisonIndex() {}

    /** An indicator compared, its direction and weight. */
    public record Weighted(String code, IndicatorDirection direction, BigDecimal weight) {}

    /** One zone's values by indicator code (a missing or null value: none), and its accident of the year if any. */
    public record ZoneValues(long zoneId, Map<String, BigDecimal> values, String accident) {}

    /** A zone's result: the index, the grade its band gives, the grade after an accident, and the accident. */
    public record Result(long zoneId, BigDecimal index, ZoneGrade bandGrade, ZoneGrade grade, String accident) {

        public boolean downgraded() {
            return bandGrade != grade;
        }
    }

    public static List<Result> compare(Collection<Weighted> indicators, Collection<ZoneValues> zones) {
        BigDecimal totalWeight = indicators.stream()
                .map(Weighted::weight)
                .filter(w -> w.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<Long, BigDecimal> sums = new LinkedHashMap<>();
        zones.forEach(z -> sums.put(z.zoneId(), BigDecimal.ZERO));
        for (Weighted indicator : indicators) {
            if (indicator.weight().signum() <= 0) {
                continue;
            }
            BigDecimal min = null;
            BigDecimal max = null;
            for (ZoneValues zone : zones) {
                BigDecimal v = zone.values().get(indicator.code());
                if (v != null) {
                    min = min == null || v.compareTo(min) < 0 ? v : min;
                    max = max == null || v.compareTo(max) > 0 ? v : max;
                }
            }
            for (ZoneValues zone : zones) {
                BigDecimal score = score(zone.values().get(indicator.code()), min, max, indicator.direction());
                sums.merge(zone.zoneId(), score.multiply(indicator.weight()), BigDecimal::add);
            }
        }
        List<Result> results = new ArrayList<>();
        for (ZoneValues zone : zones) {
            BigDecimal index = totalWeight.signum() == 0
                    ? BigDecimal.ZERO
                    : sums.get(zone.zoneId()).divide(totalWeight, 2, RoundingMode.HALF_EVEN);
            ZoneGrade band = ZoneGrade.of(index);
            results.add(new Result(
                    zone.zoneId(), index, band, zone.accident() == null ? band : band.down(), zone.accident()));
        }
        return results;
    }

    /** 0–100 between the worst and the best zone; 0 without a value; 100 for all when every zone has the same. */
    static BigDecimal score(BigDecimal value, BigDecimal min, BigDecimal max, IndicatorDirection direction) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal spread = max.subtract(min);
        if (spread.signum() == 0) {
            return HUNDRED;
        }
        BigDecimal fromWorst =
                direction == IndicatorDirection.HIGHER_IS_BETTER ? value.subtract(min) : max.subtract(value);
        return fromWorst.multiply(HUNDRED).divide(spread, SCALE, RoundingMode.HALF_EVEN);
    }
}
