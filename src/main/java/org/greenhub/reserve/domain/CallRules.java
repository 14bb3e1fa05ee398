package org.greenhub.reserve.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.greenhub.platform.error.DomainException;

/**
 * The rules a reserve call declares before it opens, so every owner can read why a declaration would be refused or
 * flagged: the categories and zones it takes (empty: all), the evidence it requires, and, per benefit figure, the
 * ceiling of a plausible estimate per 10,000 yuan invested. A ceiling flags an estimate for the reviewers; it never
 * refuses one, since an exceptional project is exactly what a reserve wants to find.
 */
public record CallRules(
        Set<GreenCategory> categories,
        Set<String> zoneCodes,
        Set<EvidenceKind> requiredEvidence,
        Map<Benefits.Figure, BigDecimal> ceilingsPer10kYuan)
        implements Serializable {

    public CallRules {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        zoneCodes = zoneCodes == null ? Set.of() : Set.copyOf(zoneCodes);
        requiredEvidence = requiredEvidence == null ? Set.of() : Set.copyOf(requiredEvidence);
        Map<Benefits.Figure, BigDecimal> ceilings = new EnumMap<>(Benefits.Figure.class);
        if (ceilingsPer10kYuan != null) {
            ceilingsPer10kYuan.forEach((figure, ceiling) -> {
                if (ceiling == null || ceiling.signum() <= 0) {
                    throw DomainException.invalid("ceiling." + figure.field(), "reserve.call.ceilingPositive");
                }
                // 1.500000 from a numeric column reads as 1.5 in a reviewer's flag
                ceilings.put(figure, ceiling.stripTrailingZeros());
            });
        }
        ceilingsPer10kYuan = Map.copyOf(ceilings);
    }

    /** A call that takes every category and zone, requires no evidence and flags nothing. */
    public static final CallRules OPEN = new CallRules(Set.of(), Set.of(), Set.of(), Map.of());

    public boolean takes(GreenCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }

    public boolean takesZone(String zoneCode) {
        return zoneCodes.isEmpty() || (zoneCode != null && zoneCodes.contains(zoneCode));
    }
}
