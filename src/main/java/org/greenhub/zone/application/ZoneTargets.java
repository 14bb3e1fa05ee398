package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorDirection;
import org.greenhub.zone.domain.IndicatorRepository;
import org.greenhub.zone.domain.IndicatorSource;
import org.greenhub.zone.domain.IndicatorUnit;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneTarget;

/**
 * The indicator definitions (read by zone administrators and administrators) and each zone's targets per year, set by
 * the zone's own administrators or by administrators. Another zone answers "not found" ({@link ZoneAccess}); every
 * target set or changed is audited with before and after.
 */
@ApplicationScoped
public class ZoneTargets {

    @Inject
    IndicatorRepository indicators;

    @Inject
    ZoneAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An indicator as the pages list it: its set's and its own names, unit, direction, source and the set's target. */
    public record IndicatorView(
            long id,
            String code,
            LocalisedName set,
            LocalisedName name,
            IndicatorUnit unit,
            IndicatorDirection direction,
            IndicatorSource source,
            BigDecimal referenceLow,
            BigDecimal referenceHigh)
            implements Serializable {}

    /** A zone's target for one indicator: one value, or a range (low, high). */
    public record TargetView(long indicatorId, BigDecimal value, BigDecimal low, BigDecimal high)
            implements Serializable {}

    /** {@link #indicators()} as the pages list them. */
    @Transactional
    public List<IndicatorView> indicatorViews() {
        return indicators().stream()
                .map(i -> new IndicatorView(
                        i.getId(),
                        i.getCode(),
                        i.getSet().getName(),
                        i.getName(),
                        i.getUnit(),
                        i.getDirection(),
                        i.getSource(),
                        i.getReferenceLow(),
                        i.getReferenceHigh()))
                .toList();
    }

    /** {@link #targets} as the pages show them; 404 alike. */
    @Transactional
    public List<TargetView> targetViews(long zoneId, int year) {
        return targets(zoneId, year).stream()
                .map(t ->
                        new TargetView(t.getIndicator().getId(), t.getTargetValue(), t.getRangeLow(), t.getRangeHigh()))
                .toList();
    }

    /** Every indicator of every set, in set order. */
    @Transactional
    public List<Indicator> indicators() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR) && !user.hasRole(Role.ZONE_ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        return indicators.indicators();
    }

    /** A zone's targets for a year; a zone the caller may not read is "not found". */
    @Transactional
    public List<ZoneTarget> targets(long zoneId, int year) {
        Zone zone = access.zone(zoneId);
        return indicators.targets(zone.getId(), FactorTable.year(year));
    }

    /** Sets (or changes) a zone's target for an indicator and a year. */
    @Transactional
    public ZoneTarget set(long zoneId, long indicatorId, int year, ZoneTarget.Typed typed) {
        Zone zone = access.zone(zoneId);
        Indicator indicator = indicators.find(indicatorId).orElseThrow(DomainException::notFound);
        ZoneTarget target = indicators.target(zone.getId(), indicatorId, year).orElse(null);
        if (target == null) {
            target = new ZoneTarget(zone.getId(), indicator, year, typed, Instant.now(clock));
            indicators.add(target);
            audit.record("ZONE_TARGET_SET", "ZoneTarget", target.getId(), null, target.snapshot(), zone.getCode());
        } else {
            Map<String, Object> before = target.snapshot();
            target.change(typed);
            indicators.flush();
            audit.record(
                    "ZONE_TARGET_CHANGED", "ZoneTarget", target.getId(), before, target.snapshot(), zone.getCode());
        }
        return target;
    }
}
