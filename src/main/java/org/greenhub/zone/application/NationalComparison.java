package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.account.domain.Role;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.application.ZoneIndicators.IndicatorValue;
import org.greenhub.zone.domain.ComparisonIndex;
import org.greenhub.zone.domain.ComparisonRepository;
import org.greenhub.zone.domain.ComparisonWeight;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.IndicatorUnit;
import org.greenhub.zone.domain.PollutionAccident;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneGrade;
import org.greenhub.zone.domain.ZoneRepository;

/**
 * The national comparison of every zone for a year, for administrators only (anyone else: 403): each zone's indicator
 * values ({@link ZoneIndicators}), the weighted index and grade ({@link ComparisonIndex}), and a major pollution
 * accident's downgrade with its reason. Administrators keep the weights and record accidents (both audited).
 */
@ApplicationScoped
public class NationalComparison {

    @Inject
    ZoneRepository zones;

    @Inject
    ZoneIndicators indicators;

    @Inject
    ComparisonRepository comparisons;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** An indicator's weight as the page shows it. */
    public record Weight(long indicatorId, String code, LocalisedName name, LocalisedName set, BigDecimal weight)
            implements Serializable {}

    /** One indicator value of a zone, for the zone's detail row. */
    public record Value(String code, LocalisedName name, IndicatorUnit unit, BigDecimal value)
            implements Serializable {}

    /** The accident that moved a zone down, as recorded. */
    public record Accident(LocalDate occurredOn, String description, String source) implements Serializable {}

    /** A zone's place in the comparison, best index first. */
    public record Row(
            long zoneId,
            String code,
            LocalisedName name,
            BigDecimal index,
            ZoneGrade bandGrade,
            ZoneGrade grade,
            List<Accident> accidents,
            List<Value> values)
            implements Serializable {

        public boolean downgraded() {
            return bandGrade != grade;
        }
    }

    public record Comparison(int year, List<Row> rows, List<Weight> weights) implements Serializable {}

    @Transactional
    public Comparison compare(int year) {
        requireAdministrator();
        int shown = FactorTable.year(year);
        List<ComparisonWeight> weights = comparisons.weights();
        Map<Long, List<Accident>> accidents = new HashMap<>();
        for (PollutionAccident a : comparisons.accidents(shown)) {
            accidents
                    .computeIfAbsent(a.getZoneId(), id -> new ArrayList<>())
                    .add(new Accident(a.getOccurredOn(), a.getDescription(), a.getSource()));
        }
        List<Zone> all = zones.all();
        Map<Long, List<IndicatorValue>> valuesByZone = new LinkedHashMap<>();
        List<ComparisonIndex.ZoneValues> inputs = new ArrayList<>();
        // every zone's values at once: a constant number of statements however many zones there are
        Map<Long, List<IndicatorValue>> allValues = indicators.valuesOfZones(all, shown);
        for (Zone zone : all) {
            List<IndicatorValue> values = allValues.get(zone.getId());
            valuesByZone.put(zone.getId(), values);
            Map<String, BigDecimal> byCode = new HashMap<>();
            values.forEach(v -> byCode.put(v.code(), v.value()));
            List<Accident> ofZone = accidents.get(zone.getId());
            inputs.add(new ComparisonIndex.ZoneValues(
                    zone.getId(), byCode, ofZone == null ? null : ofZone.get(0).description()));
        }
        List<ComparisonIndex.Weighted> weighted = weights.stream()
                .map(w -> new ComparisonIndex.Weighted(
                        w.getIndicator().getCode(), w.getIndicator().getDirection(), w.getWeight()))
                .toList();
        Map<Long, Zone> byId = new HashMap<>();
        all.forEach(z -> byId.put(z.getId(), z));
        List<Row> rows = new ArrayList<>();
        for (ComparisonIndex.Result result : ComparisonIndex.compare(weighted, inputs)) {
            Zone zone = byId.get(result.zoneId());
            rows.add(new Row(
                    zone.getId(),
                    zone.getCode(),
                    zone.getName(),
                    result.index(),
                    result.bandGrade(),
                    result.grade(),
                    accidents.getOrDefault(zone.getId(), List.of()),
                    valuesByZone.get(zone.getId()).stream()
                            .map(v -> new Value(v.code(), v.name(), v.unit(), v.value()))
                            .toList()));
        }
        rows.sort(Comparator.comparing(Row::index).reversed().thenComparing(Row::code));
        return new Comparison(
                shown,
                rows,
                weights.stream()
                        .map(w -> new Weight(
                                w.getIndicator().getId(),
                                w.getIndicator().getCode(),
                                w.getIndicator().getName(),
                                w.getIndicator().getSet().getName(),
                                w.getWeight()))
                        .toList());
    }

    /** Changes an indicator's weight (0 leaves it out of the index); audited with before and after. Answers its id. */
    @Transactional
    public long changeWeight(long indicatorId, BigDecimal weight) {
        requireAdministrator();
        ComparisonWeight stored = comparisons.weight(indicatorId).orElseThrow(DomainException::notFound);
        BigDecimal before = stored.getWeight();
        stored.change(weight);
        comparisons.flush();
        audit.record(
                "ZONE_COMPARISON_WEIGHT_CHANGED",
                "ZoneComparisonWeight",
                stored.getId(),
                Map.of("indicator", stored.getIndicator().getCode(), "weight", before.toPlainString()),
                Map.of("indicator", stored.getIndicator().getCode(), "weight", weight.toPlainString()),
                null);
        return stored.getId();
    }

    /**
     * Changes the weights that differ from the stored ones, all or none (one transaction): a refused weight names its
     * indicator ({@code weight:<indicator id>}) so that the page can show the reason beside it. Each change is audited
     * as {@link #changeWeight} does.
     */
    @Transactional
    public void changeWeights(Map<Long, BigDecimal> typed) {
        requireAdministrator();
        for (ComparisonWeight stored : comparisons.weights()) {
            long indicatorId = stored.getIndicator().getId();
            if (!typed.containsKey(indicatorId)) {
                continue;
            }
            BigDecimal weight = typed.get(indicatorId);
            if (weight != null && weight.compareTo(stored.getWeight()) == 0) {
                continue;
            }
            try {
                changeWeight(indicatorId, weight);
            } catch (DomainException refusal) {
                throw new DomainException(
                        refusal.kind(), refusal.messageKey(), "weight:" + indicatorId, refusal.args());
            }
        }
    }

    /** Records a major pollution accident of a zone; it moves the zone down one grade in its year. Audited. */
    @Transactional
    public long recordAccident(long zoneId, LocalDate occurredOn, String description, String source) {
        UserAccount administrator = requireAdministrator();
        Zone zone =
                zones.find(zoneId).orElseThrow(() -> DomainException.invalid("zone", "platform.validation.required"));
        PollutionAccident accident = new PollutionAccident(
                zone.getId(),
                occurredOn,
                description,
                source,
                administrator.getId(),
                LocalDate.now(clock),
                Instant.now(clock));
        comparisons.add(accident);
        audit.record(
                "ZONE_POLLUTION_ACCIDENT_RECORDED",
                "ZonePollutionAccident",
                accident.getId(),
                null,
                accident.snapshot(),
                zone.getCode());
        return accident.getId();
    }

    private UserAccount requireAdministrator() {
        UserAccount user = currentUser.require();
        if (!user.hasRole(Role.ADMINISTRATOR)) {
            throw DomainException.forbidden();
        }
        return user;
    }
}
