package org.greenhub.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.greenhub.account.domain.UserAccount;
import org.greenhub.organisation.domain.Organisation;
import org.greenhub.platform.files.FileInspector;
import org.greenhub.platform.files.domain.StoredFile;
import org.greenhub.zone.domain.Declaration;
import org.greenhub.zone.domain.DeclarationFigures;
import org.greenhub.zone.domain.EnteredValue;
import org.greenhub.zone.domain.Indicator;
import org.greenhub.zone.domain.Zone;

/**
 * The zone dashboard's demo (issue 12): three years of accepted declarations of the biotech start-up of Suzhou
 * Industrial Park and the battery maker's oldest year (the water company's years come with the green report's demo), so that the dashboard shows trends, sectors and emitters, and
 * one value the zone entered itself (PM2.5 days, with the monitoring station's report as evidence).
 */
@ApplicationScoped
public class DemoZoneDashboard {

    @PersistenceContext
    EntityManager em;

    void seed(
            Zone park,
            UserAccount reviewer,
            Organisation battery,
            UserAccount batteryFounder,
            Organisation bio,
            UserAccount bioFounder,
            Instant now) {
        int thisYear = LocalDate.ofInstant(now, ZoneOffset.UTC).getYear();
        // the battery maker declared the year before last (DemoData); its year before that is accepted here
        accepted(
                park,
                battery,
                thisYear - 3,
                thisYear,
                figures("7900", "28800", "5200", "4100", "700", "40"),
                batteryFounder,
                reviewer,
                now);
        for (int back = 3; back >= 1; back--) {
            int year = thisYear - back;
            int step = 3 - back;
            accepted(
                    park,
                    bio,
                    year,
                    thisYear,
                    figures(
                            String.valueOf(3100 + 300 * step),
                            String.valueOf(9800 + 700 * step),
                            String.valueOf(2100 + 300 * step),
                            String.valueOf(1900 - 60 * step),
                            String.valueOf(150 + 80 * step),
                            String.valueOf(60 - 20 * step)),
                    bioFounder,
                    reviewer,
                    now);
        }
        byte[] report = DemoFiles.pdf(
                "Suzhou Industrial Park air quality " + (thisYear - 1),
                List.of(
                        "Municipal environmental monitoring station, annual report.",
                        "Days with PM2.5 below 50 µg/m³: 291."));
        StoredFile file = new StoredFile(
                FileInspector.inspect("air-quality-" + (thisYear - 1) + ".pdf", report),
                report,
                sha256(report),
                reviewer.getId(),
                now);
        em.persist(file);
        Indicator days = em.createQuery("select i from Indicator i where i.code = 'PM25_GOOD_DAYS'", Indicator.class)
                .getSingleResult();
        em.persist(new EnteredValue(
                park.getId(),
                days,
                thisYear - 1,
                new BigDecimal("291"),
                "苏州市环境监测中心站年度报告",
                file.getId(),
                reviewer.getId(),
                now));
    }

    private void accepted(
            Zone park,
            Organisation organisation,
            int year,
            int thisYear,
            DeclarationFigures figures,
            UserAccount filer,
            UserAccount reviewer,
            Instant now) {
        Instant filed = now.minus(Duration.ofDays(365L * (thisYear - year) - 60));
        Declaration declaration =
                Declaration.file(park.getId(), organisation.getId(), year, thisYear, figures, filer.getId(), filed);
        declaration.accept(reviewer.getId(), filed.plus(Duration.ofDays(5)));
        em.persist(declaration);
    }

    private static DeclarationFigures figures(
            String valueAdded, String grossOutput, String greenOutput, String electricity, String green, String coal) {
        return new DeclarationFigures(
                new BigDecimal(valueAdded),
                new BigDecimal(grossOutput),
                new BigDecimal(greenOutput),
                new BigDecimal(electricity),
                new BigDecimal(green),
                new BigDecimal(coal),
                new BigDecimal("52000"),
                new BigDecimal("3.2"),
                new BigDecimal("1.1"),
                new BigDecimal("300"),
                null,
                null,
                null,
                new BigDecimal("21000"),
                new BigDecimal("38000"),
                new BigDecimal("120"),
                new BigDecimal("104"),
                new BigDecimal("0.9"),
                new BigDecimal("0.1"),
                new BigDecimal("0.02"),
                new BigDecimal("0.4"),
                new BigDecimal("0.6"),
                new BigDecimal("0.1"),
                true,
                true);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
