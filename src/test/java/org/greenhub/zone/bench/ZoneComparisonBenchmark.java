package org.greenhub.zone.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.greenhub.zone.application.AccountingCalculator;
import org.greenhub.zone.application.AccountingCalculator.AccountingRequest;
import org.greenhub.zone.application.AccountingCalculator.EnterpriseInput;
import org.greenhub.zone.application.AccountingCalculator.FactorInput;
import org.greenhub.zone.application.AccountingCalculator.TargetsInput;
import org.greenhub.zone.application.AccountingCalculator.YearInput;
import org.greenhub.zone.domain.accounting.CarbonAccounting;
import org.greenhub.zone.domain.accounting.Carrier;
import org.greenhub.zone.domain.accounting.EnterpriseYear;
import org.greenhub.zone.domain.accounting.Factor;

/**
 * The zone dashboard and the national comparison at the size issue 12 asks for, on PostgreSQL with the real
 * migrations: one zone of 10,000 enterprises with ten years of accepted declarations each (a tenth of them corrected
 * once, so the latest accepted version must be picked), and five smaller zones of 500 enterprises. It sends the
 * statements {@code ZoneAccounts}, {@code ZoneIndicators} and {@code ZoneDashboard} send for a zone and year (the
 * accepted declarations up to the year, the shares of the trend, the declared enterprises, the declaring counts) and
 * runs the real {@link AccountingCalculator} on what they answer, as {@code ZoneAccounts} does. The comparison is the
 * same reads for every zone. Not included: Hibernate turning rows into entities, and the programmes' counts (one small
 * statement each per zone, on tables this benchmark leaves empty). A benchmark, not a test: it prints median and 95th
 * percentile of {@value #RUNS} runs and the plan of the largest statement; the goal is each under 1 s.
 * <p>
 * {@code ./mvnw -Pbench package} runs it (with the other benchmarks).
 */
public final class ZoneComparisonBenchmark {

    private static final int LARGE_ZONE = 10_000;
    private static final int SMALL_ZONES = 5;
    private static final int SMALL_ZONE = 500;
    private static final int FIRST_YEAR = 2013;
    private static final int YEAR = 2022;
    private static final int RUNS = 11;

    private static final String ACCEPTED_UP_TO = "select d.organisation_id, d.year, d.value_added, d.electricity_mwh,"
            + " d.green_electricity_mwh, d.raw_coal_t, d.natural_gas_m3, d.diesel_t, d.gasoline_t, d.heat_gj"
            + " from zone_declaration d where d.zone_id = ? and d.year <= ? and d.status = 'ACCEPTED'"
            + " and not exists (select 1 from zone_declaration n where n.zone_id = d.zone_id"
            + " and n.organisation_id = d.organisation_id and n.year = d.year and n.status = 'ACCEPTED'"
            + " and n.number > d.number)"
            + " order by d.organisation_id, d.year";

    private static final String SHARES = "select d.year,"
            + " sum(d.gross_output) filter (where d.green_tech_output is not null),"
            + " sum(d.green_tech_output) filter (where d.gross_output is not null),"
            + " count(*) filter (where d.cleaner_production_audit), count(d.cleaner_production_audit),"
            + " count(*) filter (where d.meets_standards), count(d.meets_standards),"
            + " sum(d.water_withdrawn_m3) filter (where d.water_reused_m3 is not null),"
            + " sum(d.water_reused_m3) filter (where d.water_withdrawn_m3 is not null),"
            + " sum(d.waste_generated_t) filter (where d.waste_recycled_t is not null),"
            + " sum(d.waste_recycled_t) filter (where d.waste_generated_t is not null)"
            + " from zone_declaration d where d.zone_id = ? and d.year between ? and ? and d.status = 'ACCEPTED'"
            + " and not exists (select 1 from zone_declaration n where n.zone_id = d.zone_id"
            + " and n.organisation_id = d.organisation_id and n.year = d.year and n.status = 'ACCEPTED'"
            + " and n.number > d.number)"
            + " group by d.year order by d.year";

    private static final String DECLARED = "select o.id, o.legal_name, o.sector from organisation o"
            + " where o.id in (select d.organisation_id from zone_declaration d"
            + " where d.zone_id = ? and d.year = ? and d.status = 'ACCEPTED')";

    private static final String DECLARING = "select"
            + " (select count(*) from organisation o where o.zone_id = ?),"
            + " (select count(*) from organisation o where o.zone_id = ? and not exists"
            + " (select 1 from zone_declaration d where d.zone_id = ? and d.organisation_id = o.id and d.year = ?)),"
            + " (select count(*) from zone_declaration d where d.zone_id = ? and d.year = ?"
            + " and d.status = 'SUBMITTED' and d.number = (select max(n.number) from zone_declaration n"
            + " where n.zone_id = d.zone_id and n.organisation_id = d.organisation_id and n.year = d.year))";

    /**
     * Since session 9: what {@code JpaDeclarationRepository.acceptedSums} sends, the accepted declarations of the shown
     * years, the base year and each year before summed by zone and year (all enterprises, and those also accepted the
     * year before); the zones and years are spliced in as literals here.
     */
    private static final String SUMS = "with a as (select d.zone_id, d.organisation_id, d.year,"
            + " d.value_added va, d.electricity_mwh el, d.green_electricity_mwh gr, d.raw_coal_t co,"
            + " d.natural_gas_m3 ng, d.diesel_t di, d.gasoline_t ga, d.heat_gj he"
            + " from zone_declaration d"
            + " where d.zone_id in (%s) and d.year in (%s) and d.status = 'ACCEPTED'"
            + " and not exists (select 1 from zone_declaration n"
            + " where n.zone_id = d.zone_id and n.organisation_id = d.organisation_id"
            + " and n.year = d.year and n.status = 'ACCEPTED' and n.number > d.number))"
            + " select a.zone_id, a.year, least(min(a.va), min(p.va)),"
            + " count(*), sum(a.va), sum(a.el), sum(a.gr), sum(a.co), sum(a.ng), sum(a.di), sum(a.ga),"
            + " sum(a.he),"
            + " count(p.year), sum(a.va) filter (where p.year is not null),"
            + " sum(a.el) filter (where p.year is not null), sum(a.gr) filter (where p.year is not null),"
            + " sum(a.co) filter (where p.year is not null), sum(a.ng) filter (where p.year is not null),"
            + " sum(a.di) filter (where p.year is not null), sum(a.ga) filter (where p.year is not null),"
            + " sum(a.he) filter (where p.year is not null),"
            + " count(p.year), sum(p.va), sum(p.el), sum(p.gr), sum(p.co), sum(p.ng), sum(p.di),"
            + " sum(p.ga), sum(p.he)"
            + " from a left join a p on p.zone_id = a.zone_id and p.organisation_id = a.organisation_id"
            + " and p.year = a.year - 1"
            + " where a.year in (%s)"
            + " group by a.zone_id, a.year order by a.zone_id, a.year";

    /** Since session 9: the enterprises of the shown year only (the dashboard's sectors and largest emitters). */
    private static final String ACCEPTED_IN = "select d.organisation_id, d.year, d.value_added, d.electricity_mwh,"
            + " d.green_electricity_mwh, d.raw_coal_t, d.natural_gas_m3, d.diesel_t, d.gasoline_t, d.heat_gj"
            + " from zone_declaration d where d.zone_id = ? and d.year = ? and d.status = 'ACCEPTED'"
            + " and not exists (select 1 from zone_declaration n where n.zone_id = d.zone_id"
            + " and n.organisation_id = d.organisation_id and n.year = d.year and n.status = 'ACCEPTED'"
            + " and n.number > d.number)"
            + " order by d.organisation_id";

    /** Since session 9: the shares of the trend for every zone in one statement. */
    private static final String SHARES_OF_ZONES = SHARES.replace("d.zone_id = ?", "d.zone_id in (%s)")
            .replace("select d.year,", "select d.zone_id, d.year,")
            .replace("group by d.year order by d.year", "group by d.zone_id, d.year order by d.zone_id, d.year");

    private static final CarbonAccounting ACCOUNTING = new CarbonAccounting();

    private static final AccountingCalculator CALCULATOR = new AccountingCalculator();

    private ZoneComparisonBenchmark() {}

    public static void main(String[] args) throws Exception {
        // the engineer's own port (-Dgreenhub.test.db.port), so that it does not clash with test suites beside it
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(Integer.getInteger("greenhub.test.db.port", 15432))
                .start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection db = dataSource.getConnection()) {
                long start = System.nanoTime();
                List<Long> zones = seed(db);
                try (Statement s = db.createStatement();
                        ResultSet count = s.executeQuery("select count(*) from zone_declaration")) {
                    count.next();
                    System.out.printf(
                            "Seeded %,d declarations in %d zones in %.1f s%n",
                            count.getLong(1), zones.size(), (System.nanoTime() - start) / 1e9);
                }
                Map<String, FactorInput> factors = factors(db);
                long large = zones.get(0);
                time("accepted declarations, large zone", () -> accepted(db, large));
                time("accounts (read + calculator)", () -> accounts(db, large, factors));
                time("shares of the trend", () -> run(db, SHARES, large, YEAR - 4, YEAR));
                time("declared enterprises", () -> run(db, DECLARED, large, YEAR));
                time("declaring counts", () -> run(db, DECLARING, large, large, large, YEAR, large, YEAR));
                time("zone dashboard, large zone", () -> dashboard(db, large, factors));
                time("national comparison", () -> {
                    for (long zone : zones) {
                        accounts(db, zone, factors);
                        run(db, SHARES, zone, YEAR - 4, YEAR);
                    }
                });
                Map<Carrier, Factor> table = table(factors);
                time("figures of the shown years, large zone", () -> figures(db, List.of(large), table));
                time("enterprises of the year, large zone", () -> enterprisesOf(db, large, table));
                time("zone dashboard, large zone, now", () -> {
                    figures(db, List.of(large), table);
                    enterprisesOf(db, large, table);
                    run(db, SHARES, large, YEAR - 4, YEAR);
                    run(db, DECLARED, large, YEAR);
                    run(db, DECLARING, large, large, large, YEAR, large, YEAR);
                });
                time("national comparison, now", () -> {
                    figures(db, zones, table);
                    run(db, String.format(SHARES_OF_ZONES, ids(zones)), YEAR - 4, YEAR);
                });
                explain(db, ACCEPTED_UP_TO, large, YEAR);
            }
        }
    }

    /** What the dashboard reads for a zone: the accounts once (its indicators and its totals share them), and the rest. */
    private static void dashboard(Connection db, long zone, Map<String, FactorInput> factors) throws Exception {
        accounts(db, zone, factors);
        run(db, SHARES, zone, YEAR - 4, YEAR);
        run(db, DECLARED, zone, YEAR);
        run(db, DECLARING, zone, zone, zone, YEAR, zone, YEAR);
    }

    private static List<Long> seed(Connection db) throws Exception {
        List<Long> zones = new ArrayList<>();
        try (Statement s = db.createStatement()) {
            s.execute("insert into zone (code, name_en, level, base_year, created_at)"
                    + " select 'BZ' || g, 'Bench zone ' || g, 'NATIONAL', " + FIRST_YEAR + ", now()"
                    + " from generate_series(0, " + SMALL_ZONES + ") g");
            try (ResultSet ids = s.executeQuery("select id from zone where code like 'BZ%' order by code")) {
                while (ids.next()) {
                    zones.add(ids.getLong(1));
                }
            }
            int sizes = LARGE_ZONE + SMALL_ZONES * SMALL_ZONE;
            // the first LARGE_ZONE organisations in the large zone, then SMALL_ZONE in each small one
            s.execute("insert into organisation (kind, legal_name, search_key, sector, zone_id, created_at)"
                    + " select 'ENTERPRISE', 'Works ' || g, 'works ' || g,"
                    + " (array['新能源电池','纺织印染','化工','机械制造','电子信息'])[1 + g % 5],"
                    + " (select id from zone where code = 'BZ' || case when g <= " + LARGE_ZONE
                    + " then 0 else 1 + (g - "
                    + LARGE_ZONE + " - 1) / " + SMALL_ZONE + " end), now()"
                    + " from generate_series(1, " + sizes + ") g");
            s.execute("insert into zone_declaration (zone_id, organisation_id, year, number, status, value_added,"
                    + " gross_output, green_tech_output, electricity_mwh, green_electricity_mwh, raw_coal_t,"
                    + " natural_gas_m3, diesel_t, water_withdrawn_m3, water_reused_m3, waste_generated_t,"
                    + " waste_recycled_t, cleaner_production_audit, meets_standards, created_at)"
                    + " select o.zone_id, o.id, y, 1, 'ACCEPTED', 10000 + o.id % 9000 + y, 40000 + o.id % 30000,"
                    + " 5000 + o.id % 7000, 1000 + o.id % 5000 - (y - " + FIRST_YEAR + ") * 20, o.id % 300,"
                    + " o.id % 700, 20000 + o.id % 90000, o.id % 40, 10000 + o.id % 5000, 3000 + o.id % 2000,"
                    + " 300 + o.id % 200, 100 + o.id % 150, o.id % 3 = 0, o.id % 4 <> 0, now()"
                    + " from organisation o cross join generate_series(" + FIRST_YEAR + ", " + YEAR + ") y"
                    + " where o.zone_id is not null");
            // a tenth corrected after acceptance: the correction is the next version and the accepted one is kept
            s.execute("insert into zone_declaration (zone_id, organisation_id, year, number, status, value_added,"
                    + " gross_output, electricity_mwh, raw_coal_t, created_at)"
                    + " select zone_id, organisation_id, year, 2, 'ACCEPTED', value_added + 100, gross_output,"
                    + " electricity_mwh + 10, raw_coal_t, now() from zone_declaration where organisation_id % 10 = 0");
            s.execute("analyze");
        }
        return zones;
    }

    private static Map<String, FactorInput> factors(Connection db) throws Exception {
        Map<String, FactorInput> factors = new LinkedHashMap<>();
        String[][] keys = {
            {"ELECTRICITY", "electricity"}, {"RAW_COAL", "rawCoal"}, {"NATURAL_GAS", "naturalGas"},
            {"DIESEL", "diesel"}, {"GASOLINE", "gasoline"}, {"HEAT", "heat"}
        };
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("select f.carrier, f.tce_per_unit, f.co2_per_unit from zone_factor f"
                        + " join zone_factor_table t on t.id = f.table_id where t.year = " + YEAR)) {
            while (rows.next()) {
                for (String[] key : keys) {
                    if (key[0].equals(rows.getString(1))) {
                        factors.put(key[1], new FactorInput(rows.getBigDecimal(2), rows.getBigDecimal(3)));
                    }
                }
            }
        }
        return factors;
    }

    /** The zone's accepted declarations as the calculator's enterprises, as {@code ZoneAccounts} builds them. */
    private static List<EnterpriseInput> accepted(Connection db, long zone) throws Exception {
        String[] carriers = {"electricity", "greenElectricity", "rawCoal", "naturalGas", "diesel", "gasoline", "heat"};
        Map<Long, List<YearInput>> byOrganisation = new LinkedHashMap<>();
        try (PreparedStatement statement = db.prepareStatement(ACCEPTED_UP_TO)) {
            statement.setLong(1, zone);
            statement.setInt(2, YEAR);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<String, BigDecimal> energy = new LinkedHashMap<>();
                    for (int i = 0; i < carriers.length; i++) {
                        BigDecimal quantity = rows.getBigDecimal(4 + i);
                        if (quantity != null) {
                            energy.put(carriers[i], quantity);
                        }
                    }
                    byOrganisation
                            .computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                            .add(new YearInput(rows.getInt(2), rows.getBigDecimal(3), energy));
                }
            }
        }
        List<EnterpriseInput> enterprises = new ArrayList<>();
        byOrganisation.forEach((id, years) -> enterprises.add(new EnterpriseInput(String.valueOf(id), years)));
        return enterprises;
    }

    private static void accounts(Connection db, long zone, Map<String, FactorInput> factors) throws Exception {
        CALCULATOR.calculate(new AccountingRequest(
                factors,
                FIRST_YEAR,
                new TargetsInput(new BigDecimal("0.5"), new BigDecimal("-0.04")),
                accepted(db, zone)));
    }

    private static Map<Carrier, Factor> table(Map<String, FactorInput> factors) {
        Map<Carrier, Factor> table = new EnumMap<>(Carrier.class);
        factors.forEach(
                (key, f) -> table.put(Carrier.byKey(key).orElseThrow(), new Factor(f.tcePerUnit(), f.co2PerUnit())));
        return table;
    }

    private static String ids(List<?> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    /** As {@code ZoneAccounts.figures}: the five years of the trend and the base year from the database's sums. */
    private static void figures(Connection db, List<Long> zones, Map<Carrier, Factor> table) throws Exception {
        List<Integer> years = new ArrayList<>();
        years.add(FIRST_YEAR); // the base year
        for (int y = YEAR - 4; y <= YEAR; y++) {
            years.add(y);
        }
        List<Integer> read = new ArrayList<>(years);
        years.forEach(y -> read.add(y - 1));
        Map<Long, List<CarbonAccounting.YearSums>> byZone = new LinkedHashMap<>();
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(String.format(SUMS, ids(zones), ids(read), ids(years)))) {
            while (rows.next()) {
                byZone.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                        .add(new CarbonAccounting.YearSums(
                                rows.getInt(2), sums(rows, 4), sums(rows, 13), sums(rows, 22)));
            }
        }
        for (List<CarbonAccounting.YearSums> sums : byZone.values()) {
            for (CarbonAccounting.ZoneYearResult z : ACCOUNTING.zoneYears(
                    table,
                    FIRST_YEAR,
                    new CarbonAccounting.Targets(new BigDecimal("0.5"), new BigDecimal("-0.04")),
                    sums)) {
                AccountingCalculator.rounded(z.co2Intensity());
                AccountingCalculator.rounded(z.energyIntensity());
            }
        }
    }

    private static CarbonAccounting.Sums sums(ResultSet rows, int from) throws Exception {
        long count = rows.getLong(from);
        if (count == 0) {
            return CarbonAccounting.Sums.NONE;
        }
        Carrier[] carriers = Carrier.values();
        Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);
        for (int i = 0; i < carriers.length; i++) {
            BigDecimal quantity = rows.getBigDecimal(from + 2 + i);
            if (quantity != null) {
                energy.put(carriers[i], quantity);
            }
        }
        return new CarbonAccounting.Sums(count, rows.getBigDecimal(from + 1), energy);
    }

    /** As {@code ZoneAccounts.figures} with the enterprises: each of the year's, computed and rounded. */
    private static void enterprisesOf(Connection db, long zone, Map<Carrier, Factor> table) throws Exception {
        Carrier[] carriers = Carrier.values();
        try (PreparedStatement statement = db.prepareStatement(ACCEPTED_IN)) {
            statement.setLong(1, zone);
            statement.setInt(2, YEAR);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Map<Carrier, BigDecimal> energy = new EnumMap<>(Carrier.class);
                    for (int i = 0; i < carriers.length; i++) {
                        BigDecimal quantity = rows.getBigDecimal(4 + i);
                        if (quantity != null) {
                            energy.put(carriers[i], quantity);
                        }
                    }
                    CarbonAccounting.EnterpriseResult result = ACCOUNTING.enterpriseYear(
                            table,
                            new EnterpriseYear(String.valueOf(rows.getLong(1)), YEAR, rows.getBigDecimal(3), energy),
                            BigDecimal.ZERO);
                    AccountingCalculator.rounded(result.energyTce());
                    AccountingCalculator.rounded(result.co2T());
                    AccountingCalculator.rounded(result.energyIntensity());
                    AccountingCalculator.rounded(result.co2Intensity());
                }
            }
        }
    }

    private static void run(Connection db, String sql, Object... parameters) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    rows.getObject(1);
                }
            }
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void time(String what, Work work) throws Exception {
        work.run(); // warm-up: the JIT and PostgreSQL's caches, as on a running server
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            long begin = System.nanoTime();
            work.run();
            nanos[run] = System.nanoTime() - begin;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%-36s median %8.1f ms, p95 %8.1f ms%n",
                what, nanos[RUNS / 2] / 1e6, nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
    }

    private static void explain(Connection db, String sql, long zone, int year) throws Exception {
        try (PreparedStatement s = db.prepareStatement("explain (analyze, buffers) " + sql)) {
            s.setLong(1, zone);
            s.setInt(2, year);
            try (ResultSet rows = s.executeQuery()) {
                System.out.println("Plan of the accepted declarations, large zone:");
                while (rows.next()) {
                    System.out.println("  " + rows.getString(1));
                }
            }
        }
    }
}
