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
 * refuses one, since an exceptional project is exactly what a reserve wants to find. Zones are zone records (their
 * ids); {@code zoneCodes} keeps the codes of zones GreenHub has no record of, as calls declared them before zones were
 * records (migration V851 linked every code that named a zone).
 */
public record CallRules(
        Set<GreenCategory> categories,
        Set<Long> zoneIds,
        Set<String> zoneCodes,
        Set<EvidenceKind> requiredEvidence,
        Map<Benefits.Figure, BigDecimal> ceilingsPer10kYuan)
        implements Serializable {

    /** Rules whose zones are all zone records (or none: every zone). */
    public CallRules(
            Set<GreenCategory> categories,
            Set<Long> zoneIds,
            Set<EvidenceKind> requiredEvidence,
            Map<Benefits.Figure, BigDecimal> ceilingsPer10kYuan) {
        this(categories, zoneIds, Set.of(), requiredEvidence, ceilingsPer10kYuan);
    }

    public CallRules {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        zoneIds = zoneIds == null ? Set.of() : Set.copyOf(zoneIds);
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
    public static final CallRules OPEN = new CallRules(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());

    public boolean takes(GreenCategory category) {
        return categories.isEmpty() || categories.contains(category);
    }

    /** Whether the call takes every zone (it names none). */
    public boolean takesEveryZone() {
        return zoneIds.isEmpty() && zoneCodes.isEmpty();
    }

    /**
     * Whether a project in this zone is taken: its zone record is one the call names, or (for a zone GreenHub has no
     * record of) its code is one of the codes the call kept, in any case.
     */
    public boolean takesZone(Long zoneId, String zoneCode) {
        if (takesEveryZone()) {
            return true;
        }
        if (zoneId != null && zoneIds.contains(zoneId)) {
            return true;
        }
        return zoneCode != null && zoneCodes.stream().anyMatch(c -> c.equalsIgnoreCase(zoneCode.strip()));
    }
}
