package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.greenhub.account.application.CurrentUser;
import org.greenhub.alliance.application.ZoneAllianceCounts;
import org.greenhub.competition.application.ZoneCompetitionCounts;
import org.greenhub.incubation.application.ZoneIncubationCounts;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.error.DomainException;
import org.greenhub.platform.files.FileStore;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationShares;
import org.greenhub.zone.domain.EnteredValue;
import org.greenhub.zone.domain.EnteredValueRepository;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.IndicatorDirection;
import org.greenhub.zone.domain.IndicatorRepository;
import org.greenhub.zone.domain.IndicatorSource;
import org.greenhub.zone.domain.IndicatorStatus;
import org.greenhub.zone.domain.IndicatorUnit;
import org.greenhub.zone.domain.ProgrammeImpact;
import org.greenhub.zone.domain.Zone;
import org.greenhub.zone.domain.ZoneRepository;
import org.greenhub.zone.domain.ZoneTarget;

/**
 * A zone's indicator values for a year, each against its target, with the years before it (the trend). Where a value
 * comes from is the indicator's {@link IndicatorSource}: energy and CO2 from the zone's carbon accounts
 * ({@link ZoneAccounts}, the one source of those figures) and shares from the accepted declarations; counts from the
 * programmes through the reads they publish (incubation, competitions, alliances: no zone query touches their
 * tables); and the values the zone enters itself with a note and an evidence file (audited).
 *
 * <p>Every call on a zone asks {@link ZoneAccess}: another zone's values, and its evidence, are "not found".
 */
@ApplicationScoped
public class ZoneIndicators {

    /** The trend shows the year and the four before it: the span of a five-year plan. */
    public static final int TREND_YEARS = 5;

    private static final BigDecimal PERCENT = new BigDecimal(100);

    @Inject
    ZoneAccess access;

    @Inject
    ZoneAccounts accounts;

    @Inject
    IndicatorRepository indicators;

    @Inject
    DeclarationRepository declarations;

    @Inject
    EnteredValueRepository enteredValues;

    @Inject
    ZoneIncubationCounts incubation;

    @Inject
    ZoneCompetitionCounts competitions;

    @Inject
    ZoneAllianceCounts alliances;

    /** The reserve implements it; without the reserve deployed its indicators have no value. */
    @Inject
    Instance<ZoneReserveFigures> reserve;

    @Inject
    ZoneRepository zones;

    @Inject
    FileStore files;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** One year of an indicator's trend; {@code value} null when there is none for the year. */
    public record YearValue(int year, BigDecimal value) implements Serializable {}

    /** What the zone entered for the year: the note and the evidence file (its id and name). */
    public record Entered(String note, long evidenceFileId, String evidenceFileName) implements Serializable {}

    /**
     * An indicator for a zone and year: its value, its target (the zone's own for the year, else the set's bound or
     * range; {@code zoneTarget} says which), the status, and the trend (the {@value #TREND_YEARS} years to the year).
     */
    public record IndicatorValue(
            long indicatorId,
            String code,
            LocalisedName setName,
            LocalisedName name,
            IndicatorUnit unit,
            IndicatorDirection direction,
            IndicatorSource source,
            BigDecimal value,
            BigDecimal targetLow,
            BigDecimal targetHigh,
            boolean zoneTarget,
            IndicatorStatus status,
            List<YearValue> trend,
            Entered entered)
            implements Serializable {

        /** A single target rather than a range. */
        public boolean singleTarget() {
            return targetLow != null && targetHigh != null && targetLow.compareTo(targetHigh) == 0
                    || targetLow == null ^ targetHigh == null;
        }
    }

    /** Every indicator of the sets for the zone and year, in set order; a zone the caller may not read is 404. */
    @Transactional
    public List<IndicatorValue> values(long zoneId, int year) {
        Zone zone = access.zone(zoneId);
        return valuesOf(zone.getId(), FactorTable.year(year));
    }

    /**
     * The same without a permission check, for use cases that asked already (the dashboard, the national comparison
     * of every zone for administrators).
     */
    @Transactional
    public List<IndicatorValue> valuesOf(long zoneId, int year) {
        return valuesOf(zoneId, year, accounts.figures(zoneId, year, year - TREND_YEARS + 1, false));
    }

    /**
     * The same, with the zone's accounts as of the year already computed by the caller (the dashboard shows them too:
     * for a large zone they are the page's dearest read, so it is made once).
     */
    @Transactional
    public List<IndicatorValue> valuesOf(long zoneId, int year, Optional<ZoneAccounts.Figures> zoneAccounts) {
        int first = year - TREND_YEARS + 1;
        List<EnteredValue> entered = enteredValues.values(zoneId, first, year);
        Reads reads = new Reads(
                zoneAccounts,
                declarations.shares(zoneId, first, year),
                indicators.targets(zoneId, year),
                entered,
                incubation.counts(zoneId, first, year),
                competitions.counts(zoneId, first, year),
                alliances.counts(zoneId, first, year),
                impact(zoneId, first, year),
                reserveFigures(zoneId, first, year));
        return values(year, indicators.indicators(), reads, fileNames(entered, year));
    }

    /**
     * Every indicator of the sets for each of the zones and year, as {@link #valuesOf(long, int)} answers it, in a
     * number of statements that does not grow with the zones (the national comparison reads every zone); no
     * permission check, for use cases that asked already.
     */
    @Transactional
    public Map<Long, List<IndicatorValue>> valuesOfZones(List<Zone> zoneList, int year) {
        int first = year - TREND_YEARS + 1;
        List<Long> ids = zoneList.stream().map(Zone::getId).toList();
        Map<Long, Optional<ZoneAccounts.Figures>> figures = accounts.figuresOfZones(zoneList, year, first);
        Map<Long, List<DeclarationShares>> shares = declarations.shares(ids, first, year);
        Map<Long, List<ZoneTarget>> targets = new HashMap<>();
        indicators
                .targets(ids, year)
                .forEach(t -> targets.computeIfAbsent(t.getZoneId(), id -> new ArrayList<>())
                        .add(t));
        Map<Long, List<EnteredValue>> entered = new HashMap<>();
        List<EnteredValue> allEntered = enteredValues.values(ids, first, year);
        allEntered.forEach(v ->
                entered.computeIfAbsent(v.getZoneId(), id -> new ArrayList<>()).add(v));
        Map<Long, String> fileNames = fileNames(allEntered, year);
        Map<Long, List<ZoneIncubationCounts.YearCounts>> incubationCounts = incubation.counts(ids, first, year);
        Map<Long, List<ZoneCompetitionCounts.YearCounts>> competitionCounts = competitions.counts(ids, first, year);
        Map<Long, List<ZoneAllianceCounts.YearCounts>> allianceCounts = alliances.counts(ids, first, year);
        Map<Long, List<ZoneCompetitionCounts.AwardedImpact>> awarded = competitions.awardedImpact(ids, first, year);
        Map<Long, List<ZoneIncubationCounts.ReportedImpact>> reported = incubation.reportedImpact(ids, first, year);
        Map<String, List<ZoneReserveFigures.YearFigures>> reserveByCode = reserve.isResolvable()
                ? reserve.get().figures(zoneList.stream().map(Zone::getCode).toList(), first, year)
                : Map.of();
        List<Indicator> all = indicators.indicators();
        Map<Long, List<IndicatorValue>> values = new LinkedHashMap<>();
        for (Zone zone : zoneList) {
            long id = zone.getId();
            Reads reads = new Reads(
                    figures.getOrDefault(id, Optional.empty()),
                    shares.getOrDefault(id, List.of()),
                    targets.getOrDefault(id, List.of()),
                    entered.getOrDefault(id, List.of()),
                    incubationCounts.getOrDefault(id, List.of()),
                    competitionCounts.getOrDefault(id, List.of()),
                    allianceCounts.getOrDefault(id, List.of()),
                    impact(awarded.getOrDefault(id, List.of()), reported.getOrDefault(id, List.of())),
                    reserveByCode.getOrDefault(zone.getCode(), List.of()));
            values.put(id, values(year, all, reads, fileNames));
        }
        return values;
    }

    /** What a zone's indicators are computed from, read for one zone or for every zone at once. */
    private record Reads(
            Optional<ZoneAccounts.Figures> accounts,
            List<DeclarationShares> shares,
            List<ZoneTarget> targets,
            List<EnteredValue> entered,
            List<ZoneIncubationCounts.YearCounts> incubation,
            List<ZoneCompetitionCounts.YearCounts> competitions,
            List<ZoneAllianceCounts.YearCounts> alliances,
            Map<Integer, ProgrammeImpact.YearImpact> impact,
            List<ZoneReserveFigures.YearFigures> reserve) {}

    /** The names of the evidence files of the values entered for the year, by file id; one statement. */
    private Map<Long, String> fileNames(List<EnteredValue> entered, int year) {
        Map<Long, String> fileNames = new HashMap<>();
        files.summaries(entered.stream()
                        .filter(v -> v.getYear() == year)
                        .map(EnteredValue::getEvidenceFileId)
                        .toList())
                .forEach(f -> fileNames.put(f.id(), f.fileName()));
        return fileNames;
    }

    private List<IndicatorValue> values(int year, List<Indicator> all, Reads reads, Map<Long, String> fileNames) {
        int first = year - TREND_YEARS + 1;
        Map<String, Map<Integer, BigDecimal>> series = series(first, reads);
        Map<Long, ZoneTarget> targets = new HashMap<>();
        reads.targets().forEach(t -> targets.put(t.getIndicator().getId(), t));
        Map<Long, EnteredValue> enteredThisYear = new HashMap<>();
        Map<Long, Map<Integer, BigDecimal>> entered = new HashMap<>();
        for (EnteredValue v : reads.entered()) {
            entered.computeIfAbsent(v.getIndicator().getId(), id -> new HashMap<>())
                    .put(v.getYear(), v.getValue());
            if (v.getYear() == year) {
                enteredThisYear.put(v.getIndicator().getId(), v);
            }
        }

        List<IndicatorValue> values = new ArrayList<>();
        for (Indicator indicator : all) {
            Map<Integer, BigDecimal> byYear = indicator.getSource() == IndicatorSource.ENTERED_BY_ZONE
                    ? entered.getOrDefault(indicator.getId(), Map.of())
                    : series.getOrDefault(indicator.getCode(), Map.of());
            List<YearValue> trend = new ArrayList<>();
            for (int y = first; y <= year; y++) {
                trend.add(new YearValue(y, byYear.get(y)));
            }
            BigDecimal value = byYear.get(year);
            ZoneTarget target = targets.get(indicator.getId());
            BigDecimal low;
            BigDecimal high;
            if (target != null) {
                low = target.getTargetValue() != null ? target.getTargetValue() : target.getRangeLow();
                high = target.getTargetValue() != null ? target.getTargetValue() : target.getRangeHigh();
            } else {
                low = indicator.getReferenceLow();
                high = indicator.getReferenceHigh();
            }
            EnteredValue own = enteredThisYear.get(indicator.getId());
            values.add(new IndicatorValue(
                    indicator.getId(),
                    indicator.getCode(),
                    indicator.getSet().getName(),
                    indicator.getName(),
                    indicator.getUnit(),
                    indicator.getDirection(),
                    indicator.getSource(),
                    value,
                    low,
                    high,
                    target != null,
                    IndicatorStatus.of(value, indicator.getDirection(), low, high),
                    List.copyOf(trend),
                    own == null
                            ? null
                            : new Entered(
                                    own.getNote(), own.getEvidenceFileId(), fileNames.get(own.getEvidenceFileId()))));
        }
        return values;
    }

    /**
     * The computed and counted series by indicator code and year: the accounts' intensities, the declarations'
     * shares, the programmes' counts. One read per source for the whole trend.
     */
    private static Map<String, Map<Integer, BigDecimal>> series(int first, Reads reads) {
        Map<String, Map<Integer, BigDecimal>> series = new HashMap<>();
        if (reads.accounts().isPresent()) {
            for (ZoneYearOutput z : reads.accounts().get().zoneYears()) {
                if (z.year() >= first) {
                    put(series, ZoneAccounts.ENERGY_INTENSITY, z.year(), z.energyIntensity());
                    put(
                            series,
                            ZoneAccounts.CO2_INTENSITY_CHANGE,
                            z.year(),
                            z.co2AverageAnnualChange() == null
                                    ? null
                                    : z.co2AverageAnnualChange()
                                            .multiply(PERCENT)
                                            .stripTrailingZeros());
                }
            }
        }
        for (DeclarationShares shares : reads.shares()) {
            share(series, shares, DeclarationShares::greenTechOutputShare, "GREEN_TECH_OUTPUT_SHARE");
            share(series, shares, DeclarationShares::greenTechOutputShare, "VN_GREEN_TECH_OUTPUT_SHARE");
            share(series, shares, DeclarationShares::cleanerProductionAuditShare, "CLEANER_PRODUCTION_AUDIT_SHARE");
            share(series, shares, DeclarationShares::cleanerProductionAuditShare, "VN_CLEANER_PRODUCTION_SHARE");
            share(series, shares, DeclarationShares::meetingStandardsShare, "ENVIRONMENTAL_STANDARDS_SHARE");
            share(series, shares, DeclarationShares::meetingStandardsShare, "VN_ENVIRONMENTAL_STANDARDS_SHARE");
            share(series, shares, DeclarationShares::waterReuseRate, "WATER_REUSE_RATE");
            share(series, shares, DeclarationShares::solidWasteRecyclingRate, "SOLID_WASTE_RECYCLING_RATE");
        }
        for (ZoneIncubationCounts.YearCounts c : reads.incubation()) {
            put(series, "GREEN_INCUBATORS", c.year(), BigDecimal.valueOf(c.greenIncubators()));
            put(series, "INCUBATOR_RESIDENTS", c.year(), BigDecimal.valueOf(c.residents()));
            put(series, "INCUBATOR_GRADUATES", c.year(), BigDecimal.valueOf(c.graduates()));
        }
        for (ZoneCompetitionCounts.YearCounts c : reads.competitions()) {
            put(series, "GREEN_COMPETITION_ENTRIES", c.year(), BigDecimal.valueOf(c.entries()));
            put(series, "GREEN_COMPETITION_AWARDS", c.year(), BigDecimal.valueOf(c.awards()));
        }
        for (ZoneAllianceCounts.YearCounts c : reads.alliances()) {
            put(series, "ALLIANCE_MEMBERS", c.year(), BigDecimal.valueOf(c.members()));
        }
        for (ProgrammeImpact.YearImpact i : reads.impact().values()) {
            put(series, "PROGRAMME_ENERGY_SAVED", i.year(), i.energySavedTce());
            put(series, "PROGRAMME_CO2_AVOIDED", i.year(), i.co2AvoidedT());
        }
        for (ZoneReserveFigures.YearFigures f : reads.reserve()) {
            put(series, "RESERVE_GREEN_FINANCING", f.year(), f.financingYuan());
            put(series, "RESERVE_LISTED_PROJECTS", f.year(), BigDecimal.valueOf(f.listedProjects()));
        }
        return series;
    }

    /**
     * The programmes' green impact of the zone's organisations by year (see {@link ProgrammeImpact}); no permission
     * check, for use cases that asked already.
     */
    public Map<Integer, ProgrammeImpact.YearImpact> impact(long zoneId, int first, int last) {
        return impact(competitions.awardedImpact(zoneId, first, last), incubation.reportedImpact(zoneId, first, last));
    }

    private static Map<Integer, ProgrammeImpact.YearImpact> impact(
            List<ZoneCompetitionCounts.AwardedImpact> awarded, List<ZoneIncubationCounts.ReportedImpact> reported) {
        return ProgrammeImpact.byYear(
                awarded.stream()
                        .map(a -> new ProgrammeImpact.Awarded(
                                a.year(), a.organisationId(), a.energySavedMwh(), a.co2AvoidedT()))
                        .toList(),
                reported.stream()
                        .map(r -> new ProgrammeImpact.Reported(r.year(), r.organisationId(), r.co2AvoidedT()))
                        .toList());
    }

    /** The reserve's figures of the zone by year; none when the reserve is not deployed (no permission check). */
    public List<ZoneReserveFigures.YearFigures> reserveFigures(long zoneId, int first, int last) {
        if (!reserve.isResolvable()) {
            return List.of();
        }
        String code = zones.find(zoneId).orElseThrow(DomainException::notFound).getCode();
        return reserve.get().figures(code, first, last);
    }

    private static void share(
            Map<String, Map<Integer, BigDecimal>> series,
            DeclarationShares shares,
            Function<DeclarationShares, BigDecimal> share,
            String code) {
        put(series, code, shares.year(), share.apply(shares));
    }

    private static void put(Map<String, Map<Integer, BigDecimal>> series, String code, int year, BigDecimal value) {
        if (value != null) {
            series.computeIfAbsent(code, c -> new HashMap<>()).put(year, value);
        }
    }

    /**
     * Enters (or corrects) the zone's own value of an indicator for a year, with a note and an evidence file (required
     * the first time; a correction without a file keeps the stored one). Audited with before and after; a refused
     * value stores no file (one transaction). Answers the value's id.
     */
    @Transactional
    public long enter(
            long zoneId, long indicatorId, int year, BigDecimal value, String note, String fileName, byte[] content) {
        Zone zone = access.zone(zoneId);
        Indicator indicator = indicators.find(indicatorId).orElseThrow(DomainException::notFound);
        int checkedYear = FactorTable.year(year);
        Long enteredBy = currentUser.require().getId();
        Long fileId = content == null || content.length == 0
                ? null
                : files.store(fileName, content).getId();
        EnteredValue existing =
                enteredValues.find(zone.getId(), indicatorId, checkedYear).orElse(null);
        if (existing == null) {
            EnteredValue entered = new EnteredValue(
                    zone.getId(), indicator, checkedYear, value, note, fileId, enteredBy, Instant.now(clock));
            enteredValues.add(entered);
            audit.record(
                    "ZONE_INDICATOR_VALUE_ENTERED",
                    "ZoneIndicatorValue",
                    entered.getId(),
                    null,
                    entered.snapshot(),
                    zone.getCode());
            return entered.getId();
        }
        Map<String, Object> before = existing.snapshot();
        existing.change(value, note, fileId, enteredBy);
        enteredValues.flush();
        audit.record(
                "ZONE_INDICATOR_VALUE_CHANGED",
                "ZoneIndicatorValue",
                existing.getId(),
                before,
                existing.snapshot(),
                zone.getCode());
        return existing.getId();
    }

    /** The evidence file of a value the zone entered; another zone's, or no such value, is "not found". */
    @Transactional
    public FileStore.Download evidence(long zoneId, long indicatorId, int year) {
        Zone zone = access.zone(zoneId);
        EnteredValue entered =
                enteredValues.find(zone.getId(), indicatorId, year).orElseThrow(DomainException::notFound);
        return files.open(entered.getEvidenceFileId());
    }
}
