package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.greenhub.organisation.application.ZoneOrganisations;
import org.greenhub.platform.audit.AuditTrail;
import org.greenhub.platform.i18n.LocalisedName;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseYearOutput;
import org.greenhub.zone.application.AccountingCalculator.ZoneYearOutput;
import org.greenhub.zone.application.ZoneIndicators.IndicatorValue;
import org.greenhub.zone.domain.FactorTable;
import org.greenhub.zone.domain.Zone;

/**
 * A zone's dashboard for a year, for the zone's administrators and administrators (anyone else: "not found"): every
 * indicator against its target with its trend ({@link ZoneIndicators}), the zone's energy and CO2 by sector and its
 * largest emitters (from {@link ZoneAccounts}, the one source of those figures), and how many enterprises have not
 * declared the year or wait for review. The zone's base year is changed here (audited).
 */
@ApplicationScoped
public class ZoneDashboard {

    /** The largest emitters listed: the ten the national plan's annual review asks zones to name. */
    public static final int LARGEST_EMITTERS = 10;

    @Inject
    ZoneAccess access;

    @Inject
    ZoneIndicators indicators;

    @Inject
    ZoneAccounts accounts;

    @Inject
    ZoneDashboardQueries queries;

    @Inject
    ZoneOrganisations organisations;

    @Inject
    AuditTrail audit;

    /** The year's totals of the zone's accounts (null figures when it has none). */
    public record Totals(
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal valueAdded,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity,
            Integer factorTableYear,
            Integer factorTableRevision)
            implements Serializable {}

    /** Energy and CO2 of the enterprises of one sector (null: the organisation names none). */
    public record Sector(String sector, long enterprises, BigDecimal energyTce, BigDecimal co2T)
            implements Serializable {}

    /** One enterprise's energy and CO2 for the year. */
    public record Emitter(long organisationId, String name, String sector, BigDecimal energyTce, BigDecimal co2T)
            implements Serializable {}

    /** Everything the dashboard shows, numbers unformatted (the page writes them in the reader's locale). */
    public record Dashboard(
            long zoneId,
            String zoneCode,
            LocalisedName zoneName,
            int year,
            int baseYear,
            Totals totals,
            List<IndicatorValue> indicators,
            List<Sector> sectors,
            List<Emitter> largestEmitters,
            long enterprises,
            long missing,
            long inReview)
            implements Serializable {}

    @Transactional
    public Dashboard show(long zoneId, int year) {
        Zone zone = access.zone(zoneId);
        int shownYear = FactorTable.year(year);
        // computed once: the indicators and the totals below read the same accounts
        Optional<ZoneAccounts.Figures> zoneAccounts =
                accounts.figures(zone.getId(), shownYear, shownYear - ZoneIndicators.TREND_YEARS + 1, true);
        List<IndicatorValue> values = indicators.valuesOf(zone.getId(), shownYear, zoneAccounts);
        Totals totals = zoneAccounts
                .flatMap(a -> a.zoneYear(shownYear).map(z -> totals(z, a)))
                .orElse(new Totals(null, null, null, null, null, null, null));
        List<Sector> sectors = List.of();
        List<Emitter> largest = List.of();
        if (zoneAccounts.isPresent()) {
            // the year's enterprises are those the accounts answer; their names and sectors are organisation's
            Map<Long, ZoneOrganisations.Named> enterprises =
                    organisations.byIds(zoneAccounts.get().enterpriseYears().stream()
                            .filter(output -> output.year() == shownYear)
                            .map(output -> Long.parseLong(output.id()))
                            .toList());
            List<Emitter> emitters = new ArrayList<>();
            for (EnterpriseYearOutput output : zoneAccounts.get().enterpriseYears()) {
                if (output.year() != shownYear) {
                    continue;
                }
                long id = Long.parseLong(output.id());
                ZoneOrganisations.Named enterprise = enterprises.get(id);
                emitters.add(new Emitter(
                        id,
                        enterprise == null ? output.id() : enterprise.name(),
                        enterprise == null ? null : enterprise.sector(),
                        output.energyTce(),
                        output.co2T()));
            }
            sectors = sectors(emitters);
            largest = emitters.stream()
                    .sorted(Comparator.comparing(Emitter::co2T).reversed().thenComparing(Emitter::organisationId))
                    .limit(LARGEST_EMITTERS)
                    .toList();
        }
        ZoneDashboardQueries.DeclaringCounts counts = queries.declaring(zone.getId(), shownYear);
        return new Dashboard(
                zone.getId(),
                zone.getCode(),
                zone.getName(),
                shownYear,
                zone.getBaseYear(),
                totals,
                values,
                sectors,
                largest,
                counts.enterprises(),
                counts.missing(),
                counts.inReview());
    }

    private static Totals totals(ZoneYearOutput z, ZoneAccounts.Figures a) {
        return new Totals(
                z.energyTce(),
                z.co2T(),
                z.valueAdded(),
                z.energyIntensity(),
                z.co2Intensity(),
                a.factorTableYear(),
                a.factorTableRevision());
    }

    /** By sector, the largest CO2 first; enterprises without a sector together, last. */
    private static List<Sector> sectors(List<Emitter> emitters) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Emitter e : emitters) {
            String key = e.sector() == null ? "" : e.sector();
            BigDecimal[] sum = sums.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(e.energyTce());
            sum[1] = sum[1].add(e.co2T());
            counts.merge(key, 1L, Long::sum);
        }
        List<Sector> sectors = new ArrayList<>();
        sums.forEach(
                (key, sum) -> sectors.add(new Sector(key.isEmpty() ? null : key, counts.get(key), sum[0], sum[1])));
        sectors.sort(Comparator.comparing((Sector s) -> s.sector() == null)
                .thenComparing(Sector::co2T, Comparator.reverseOrder())
                .thenComparing(s -> s.sector() == null ? "" : s.sector()));
        return sectors;
    }

    /** Changes the year the zone's long-run CO2 change counts from; audited with before and after. */
    @Transactional
    public void changeBaseYear(long zoneId, Integer baseYear) {
        Zone zone = access.zone(zoneId);
        int before = zone.getBaseYear();
        zone.changeBaseYear(baseYear);
        if (before != zone.getBaseYear()) {
            audit.record(
                    "ZONE_BASE_YEAR_CHANGED",
                    "Zone",
                    zone.getId(),
                    Map.of("baseYear", before),
                    Map.of("baseYear", zone.getBaseYear()),
                    zone.getCode());
        }
    }
}
