package org.greenhub.zone.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.greenhub.alliance.application.ZoneAllianceCounts;
import org.greenhub.competition.application.ZoneCompetitionCounts;
import org.greenhub.incubation.application.ZoneIncubationCounts;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.organisation.domain.OrganisationRepository;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.AccountingResponse;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseInput;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseYearOutput;
import org.greenhub.zone.application.AccountingCalculator.YearInput;
import org.greenhub.zone.domain.DeclarationRepository;
import org.greenhub.zone.domain.DeclarationStatus;
import org.greenhub.zone.domain.ProgrammeImpact;
import org.greenhub.zone.domain.Zone;

/**
 * The figures of a zone's annual report, as they are frozen when it is sent for review: the data pack (the zone's
 * accounts as of the report's year, {@link ZoneAccounts}, exactly the calculator's request and answer) with its
 * SHA-256, and the report's own tables: the year's enterprises summed by sector (from the accounts' enterprise-years,
 * never recomputed) and the declaration counts. The pack also carries the programmes' results of the year for the
 * zone ({@link ProgrammeResults}), counted when the figures are frozen, so a published report does not move when the
 * programmes later change. Stored as JSON, read back the same way for every page and file.
 */
@ApplicationScoped
public class GreenReportFigures {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    ZoneAccounts accounts;

    @Inject
    DeclarationRepository declarations;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ZoneCompetitionCounts competitions;

    @Inject
    ZoneIncubationCounts incubation;

    @Inject
    ZoneAllianceCounts alliances;

    @Inject
    ZoneIndicators indicators;

    /** The factor table the figures cite. */
    @JsonbPropertyOrder({"year", "revision"})
    public record CitedTable(int year, int revision) {}

    /**
     * The programmes' results of the report's year for the zone, by the indicators' rules (docs/zone-accounting.md):
     * competition awards that became final, start-ups in residence and graduated at the zone's incubators, alliance
     * memberships, the reserve's listed and financed projects and the financing raised (yuan; all three null when the
     * reserve is not deployed), and the green impact reported in the programmes (null: no organisation gave it).
     */
    @JsonbPropertyOrder({
        "competitionAwards",
        "competitionEntries",
        "incubatorResidents",
        "incubatorGraduates",
        "allianceMembers",
        "reserveListedProjects",
        "reserveFinancedProjects",
        "reserveFinancingYuan",
        "energySavedTce",
        "co2AvoidedT"
    })
    public record ProgrammeResults(
            long competitionAwards,
            long competitionEntries,
            long incubatorResidents,
            long incubatorGraduates,
            long allianceMembers,
            Long reserveListedProjects,
            Long reserveFinancedProjects,
            BigDecimal reserveFinancingYuan,
            BigDecimal energySavedTce,
            BigDecimal co2AvoidedT) {}

    /**
     * The public data pack: post {@code request} to the calculator and it answers {@code response}; {@code programmes}
     * is what the programmes counted for the year when the figures were frozen (absent in packs frozen before it).
     */
    @JsonbPropertyOrder({"zone", "year", "factorTable", "request", "response", "programmes"})
    public record DataPack(
            String zone,
            int year,
            CitedTable factorTable,
            AccountingRequest request,
            AccountingResponse response,
            ProgrammeResults programmes) {}

    /** The enterprises of the report's year in one sector (the sector as the organisations wrote it; null: not given). */
    @JsonbPropertyOrder({"sector", "enterprises", "valueAdded", "energyTce", "co2T", "energyIntensity", "co2Intensity"})
    public record SectorLine(
            String sector,
            int enterprises,
            BigDecimal valueAdded,
            BigDecimal energyTce,
            BigDecimal co2T,
            BigDecimal energyIntensity,
            BigDecimal co2Intensity) {}

    /** The year's declarations: enterprises counted in the accounts, and latest versions in review or returned. */
    @JsonbPropertyOrder({"counted", "inReview", "returned"})
    public record DeclarationCounts(long counted, long inReview, long returned) {}

    @JsonbPropertyOrder({"sectors", "declarations"})
    public record ReportData(List<SectorLine> sectors, DeclarationCounts declarations) {}

    /** What a report stores when its figures are frozen. */
    public record Frozen(String dataPack, String sha256, String reportData) {}

    /** The figures as of now, or empty when the zone has no accepted declaration by that year (nothing to report). */
    public Optional<Frozen> freeze(Zone zone, int year) {
        return accounts.asOf(zone.getId(), year).map(a -> {
            DataPack pack = new DataPack(
                    zone.getCode(),
                    year,
                    new CitedTable(a.factorTableYear(), a.factorTableRevision()),
                    a.request(),
                    a.response(),
                    programmes(zone, year));
            String packJson = JSON.toJson(pack);
            ReportData data =
                    new ReportData(sectors(a.request(), a.response(), year), counts(zone, year, a.response()));
            return new Frozen(packJson, sha256(packJson), JSON.toJson(data));
        });
    }

    /** The programmes' results of the year, read through the programmes' published reads and the reserve's port. */
    ProgrammeResults programmes(Zone zone, int year) {
        ZoneCompetitionCounts.YearCounts competition =
                competitions.counts(zone.getId(), year, year).get(0);
        ZoneIncubationCounts.YearCounts incubated =
                incubation.counts(zone.getId(), year, year).get(0);
        ZoneAllianceCounts.YearCounts alliance =
                alliances.counts(zone.getId(), year, year).get(0);
        Optional<ZoneReserveFigures.YearFigures> reserve =
                indicators.reserveFigures(zone.getId(), year, year).stream().findFirst();
        ProgrammeImpact.YearImpact impact = indicators
                .impact(zone.getId(), year, year)
                .getOrDefault(year, new ProgrammeImpact.YearImpact(year, null, null));
        return new ProgrammeResults(
                competition.awards(),
                competition.entries(),
                incubated.residents(),
                incubated.graduates(),
                alliance.members(),
                reserve.map(ZoneReserveFigures.YearFigures::listedProjects).orElse(null),
                reserve.map(ZoneReserveFigures.YearFigures::financedProjects).orElse(null),
                reserve.map(ZoneReserveFigures.YearFigures::financingYuan).orElse(null),
                impact.energySavedTce(),
                impact.co2AvoidedT());
    }

    private DeclarationCounts counts(Zone zone, int year, AccountingResponse response) {
        Map<DeclarationStatus, Long> latest = declarations.latestStatusCounts(zone.getId(), year);
        long counted = response.enterpriseYears().stream()
                .filter(e -> e.year() == year)
                .count();
        return new DeclarationCounts(
                counted,
                latest.getOrDefault(DeclarationStatus.SUBMITTED, 0L),
                latest.getOrDefault(DeclarationStatus.RETURNED, 0L));
    }

    private List<SectorLine> sectors(AccountingRequest request, AccountingResponse response, int year) {
        Map<String, BigDecimal> valueAdded = new HashMap<>();
        for (EnterpriseInput enterprise : request.enterprises()) {
            for (YearInput y : enterprise.years()) {
                if (y.year() == year) {
                    valueAdded.put(enterprise.id(), y.valueAdded());
                }
            }
        }
        // by the sector's text; the "not given" group sorts last
        Map<String, List<EnterpriseYearOutput>> bySector =
                new TreeMap<>(java.util.Comparator.nullsLast(java.util.Comparator.<String>naturalOrder()));
        for (EnterpriseYearOutput e : response.enterpriseYears()) {
            if (e.year() == year) {
                String sector = organisations
                        .find(Long.parseLong(e.id()))
                        .map(Organisation::getSector)
                        .orElse(null);
                bySector.computeIfAbsent(sector, s -> new ArrayList<>()).add(e);
            }
        }
        List<SectorLine> lines = new ArrayList<>();
        bySector.forEach((sector, years) -> {
            BigDecimal va = BigDecimal.ZERO;
            BigDecimal energy = BigDecimal.ZERO;
            BigDecimal co2 = BigDecimal.ZERO;
            for (EnterpriseYearOutput e : years) {
                va = va.add(valueAdded.getOrDefault(e.id(), BigDecimal.ZERO));
                energy = energy.add(e.energyTce());
                co2 = co2.add(e.co2T());
            }
            lines.add(new SectorLine(sector, years.size(), va, energy, co2, ratio(energy, va), ratio(co2, va)));
        });
        return lines;
    }

    /** As the calculator divides: 34 digits, then 6 decimals, halfway towards zero. */
    private static BigDecimal ratio(BigDecimal amount, BigDecimal valueAdded) {
        if (valueAdded.signum() == 0) {
            return null;
        }
        return amount.divide(valueAdded, MathContext.DECIMAL128)
                .setScale(AccountingCalculator.DECIMALS, RoundingMode.HALF_DOWN);
    }

    public static DataPack pack(String json) {
        return JSON.fromJson(json, DataPack.class);
    }

    public static ReportData data(String json) {
        return JSON.fromJson(json, ReportData.class);
    }

    /** The SHA-256 of the pack's UTF-8 bytes, in lower-case hex, as {@code sha256sum} prints it. */
    public static String sha256(String json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
