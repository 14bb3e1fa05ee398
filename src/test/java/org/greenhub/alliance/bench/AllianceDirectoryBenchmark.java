package org.greenhub.alliance.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The alliance reads that must stay fast as an alliance grows, on PostgreSQL with the real migrations: an alliance of
 * 20,000 members with 10 years of dues (200,000 ledger lines). The queries have the shape Hibernate generates for
 * {@code MembershipQueries} (directory page and count, name search, member list sorted by validity, ledger page,
 * workspace figures). A benchmark, not a test: it prints median times and the plan of the directory page.
 * <p>
 * {@code ./mvnw -Pbench package} runs it (with the other benchmarks).
 */
public final class AllianceDirectoryBenchmark {

    private static final int MEMBERS = 20_000;
    private static final int YEARS = 10;
    private static final int RUNS = 15;

    private AllianceDirectoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("filesystem:src/main/resources/db/migration")
                    .load()
                    .migrate();
            try (Connection db = dataSource.getConnection()) {
                long start = System.nanoTime();
                long alliance = seed(db);
                System.out.printf(
                        "Seeded %,d members and %,d dues payments in %.1f s%n",
                        MEMBERS, MEMBERS * YEARS, (System.nanoTime() - start) / 1e9);
                time(
                        db,
                        "directory, first page",
                        "select m.id, m.sort_name, o.registered_name, o.kind, c.name, m.valid_from, "
                                + "case when m.show_email then m.contact_email end from alliance_membership m join organisation o on o.id = m.organisation_id "
                                + "join alliance_member_category c on c.id = m.category_id where m.alliance_id = ? and m.status in ('ACTIVE','GRACE','EXIT_NOTIFIED') "
                                + "order by m.sort_name, m.id offset 0 limit 20",
                        alliance);
                time(
                        db,
                        "directory, last page",
                        "select m.id, m.sort_name, o.registered_name from alliance_membership m join organisation o on o.id = m.organisation_id "
                                + "where m.alliance_id = ? and m.status in ('ACTIVE','GRACE','EXIT_NOTIFIED') order by m.sort_name, m.id offset "
                                + (MEMBERS - 20) + " limit 20",
                        alliance);
                time(
                        db,
                        "directory, count",
                        "select count(*) from alliance_membership m join organisation o on o.id = m.organisation_id "
                                + "where m.alliance_id = ? and m.status in ('ACTIVE','GRACE','EXIT_NOTIFIED')",
                        alliance);
                time(
                        db,
                        "directory, name search",
                        "select m.id, m.sort_name from alliance_membership m where m.alliance_id = ? "
                                + "and m.status in ('ACTIVE','GRACE','EXIT_NOTIFIED') and m.search_key like '%member 1999%' escape '\\' order by m.sort_name, m.id limit 20",
                        alliance);
                time(
                        db,
                        "member list by validity",
                        "select m.id, m.sort_name, c.name, m.status, m.membership_number, m.valid_to from alliance_membership m "
                                + "join alliance_member_category c on c.id = m.category_id where m.alliance_id = ? order by m.valid_to desc, m.id offset 1000 limit 50",
                        alliance);
                time(
                        db,
                        "dues ledger, page 100",
                        "select p.id, p.paid_on, m.sort_name, p.amount, p.reference from alliance_dues_payment p "
                                + "join alliance_membership m on m.id = p.membership_id where p.alliance_id = ? order by p.paid_on desc, p.id desc offset 5000 limit 50",
                        alliance);
                time(
                        db,
                        "workspace figures",
                        "select m.status, count(*), sum(case when m.status = 'ACTIVE' and m.valid_to <= current_date + 60 then 1 else 0 end), "
                                + "sum(case when m.deemed_left_proposed_at is not null then 1 else 0 end) from alliance_membership m where m.alliance_id = ? group by m.status",
                        alliance);
                explain(
                        db,
                        "select m.id, m.sort_name from alliance_membership m where m.alliance_id = " + alliance
                                + " and m.status in ('ACTIVE','GRACE','EXIT_NOTIFIED') order by m.sort_name, m.id limit 20");
            }
        }
    }

    private static long seed(Connection db) throws Exception {
        try (Statement s = db.createStatement()) {
            s.execute(
                    "insert into alliance (code, name_en, search_key, council_seats, created_at) values ('BENCH', 'Bench alliance', 'bench alliance', 15, now())");
            s.execute(
                    "insert into alliance_member_category (alliance_id, position, name, annual_dues) select id, 0, 'Ordinary member unit', 10000 from alliance");
            s.execute(
                    "insert into organisation (kind, legal_name, search_key, created_at) select 'ENTERPRISE', 'Member ' || g, 'member ' || g, now() "
                            + "from generate_series(1, " + MEMBERS + ") g");
            s.execute(
                    "insert into alliance_membership (alliance_id, organisation_id, category_id, status, sort_name, search_key, membership_number, "
                            + "valid_from, valid_to, applied_at) select a.id, o.id, c.id, case when o.id % 20 = 0 then 'LAPSED' else 'ACTIVE' end, o.legal_name, "
                            + "o.search_key, 'BENCH-' || o.id, current_date - 3650, current_date + (o.id % 365)::int, now() from organisation o, alliance a, alliance_member_category c");
            s.execute(
                    "insert into alliance_dues_payment (membership_id, alliance_id, amount, paid_on, reference, recorded_at) select m.id, m.alliance_id, 10000, "
                            + "current_date - (y * 365), 'BANK-' || m.id || '-' || y, now() from alliance_membership m cross join generate_series(0, "
                            + (YEARS - 1) + ") y");
            s.execute("analyze");
            try (ResultSet rows = s.executeQuery("select id from alliance")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void time(Connection db, String what, String sql, long alliance) throws Exception {
        long[] nanos = new long[RUNS];
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, alliance);
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        rows.getObject(1);
                    }
                }
                nanos[run] = System.nanoTime() - start;
            }
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(
                "%-28s median %6.2f ms, slowest %6.2f ms%n", what, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private static void explain(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery("explain analyze " + sql)) {
            System.out.println("Plan of the directory page:");
            while (rows.next()) {
                System.out.println("  " + rows.getString(1));
            }
        }
    }
}
