package org.greenhub.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V710 on a database that already holds organisations and incubators naming their zone as free text (a
 * database at V700, in a PostgreSQL of its own): text that names a zone by its code or any of its four names, in any
 * case and with stray spaces, points at that zone; text that names no zone, or two zones, stays as typed.
 */
class ZoneLinksMigrationIT {

    private static final String AT = "timestamptz '2026-11-25 10:00:00+00'";

    @Test
    void freeTextThatNamesOneZoneIsLinkedAndOtherTextStays() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            DataSource database = postgres.getPostgresDatabase();
            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .target("700")
                    .load()
                    .migrate();
            long sip;
            long hanoi;
            long byEnglish;
            long byCode;
            long byChinese;
            long byVietnamese;
            long unknown;
            long ambiguous;
            long none;
            long incubatorByThai;
            long incubatorUnknown;
            try (Connection c = database.getConnection();
                    Statement s = c.createStatement()) {
                sip = zone(s, "SIP", "Suzhou Industrial Park", "苏州工业园区", "สวนอุตสาหกรรมซูโจว", null);
                hanoi = zone(s, "HHTP", "Hoa Lac Hi-Tech Park", null, null, "Khu Công nghệ cao Hòa Lạc");
                // two zones share the English name "Twin Park": text naming it is left for a person to resolve
                zone(s, "TWIN-A", "Twin Park", null, null, null);
                zone(s, "TWIN-B", "Twin Park", null, null, null);
                byEnglish = organisation(s, "  suzhou INDUSTRIAL park ");
                byCode = organisation(s, "sip");
                byChinese = organisation(s, "苏州工业园区");
                byVietnamese = organisation(s, "khu công nghệ cao hòa lạc");
                unknown = organisation(s, "Zhangjiang Science City");
                ambiguous = organisation(s, "Twin Park");
                none = organisation(s, null);
                incubatorByThai = incubator(s, byEnglish, "สวนอุตสาหกรรมซูโจว");
                incubatorUnknown = incubator(s, byEnglish, "Binhai New Area");
            }

            Flyway.configure()
                    .dataSource(database)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (Connection c = database.getConnection();
                    Statement s = c.createStatement()) {
                assertLinked(s, "organisation", byEnglish, sip);
                assertLinked(s, "organisation", byCode, sip);
                assertLinked(s, "organisation", byChinese, sip);
                assertLinked(s, "organisation", byVietnamese, hanoi);
                assertLinked(s, "incubator", incubatorByThai, sip);
                assertKept(s, "organisation", unknown, "Zhangjiang Science City");
                assertKept(s, "organisation", ambiguous, "Twin Park");
                assertKept(s, "organisation", none, null);
                assertKept(s, "incubator", incubatorUnknown, "Binhai New Area");
            }
        }
    }

    private static void assertLinked(Statement s, String table, long id, long zone) throws SQLException {
        try (ResultSet r = s.executeQuery("select zone_id, zone from " + table + " where id = " + id)) {
            r.next();
            assertEquals(zone, r.getLong(1), table + " " + id + " points at the zone its text named");
            assertNull(r.getString(2), "the zone record names it now, in every language; the text goes");
        }
    }

    private static void assertKept(Statement s, String table, long id, String text) throws SQLException {
        try (ResultSet r = s.executeQuery("select zone_id, zone from " + table + " where id = " + id)) {
            r.next();
            assertNull(r.getObject(1), table + " " + id + " names no single zone and points at none");
            assertEquals(text, r.getString(2), "its text stays as typed");
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text.replace("'", "''") + "'";
    }

    private static long zone(Statement s, String code, String en, String zh, String th, String vi) throws SQLException {
        return id(
                s,
                "insert into zone (code, name_en, name_zh, name_th, name_vi, level, created_at) values (" + quoted(code)
                        + ", " + quoted(en) + ", " + quoted(zh) + ", " + quoted(th) + ", " + quoted(vi)
                        + ", 'NATIONAL', " + AT + ") returning id");
    }

    private static long organisation(Statement s, String zone) throws SQLException {
        return id(
                s,
                "insert into organisation (kind, legal_name, search_key, zone, created_at) values ('ENTERPRISE', 'Firm', "
                        + "'firm', " + quoted(zone) + ", " + AT + ") returning id");
    }

    private static long incubator(Statement s, long operator, String zone) throws SQLException {
        return id(
                s,
                "insert into incubator (operator_organisation_id, kind, zone, created_at) values (" + operator
                        + ", 'GREEN_PROFESSIONAL_INCUBATOR', " + quoted(zone) + ", " + AT + ") returning id");
    }
}
